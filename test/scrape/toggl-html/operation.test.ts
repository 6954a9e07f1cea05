import { describe, expect, it } from "vitest";
import type { DocField, DocOperation, DocPage } from "../../../src/model/types.js";
import { readTogglHtml } from "../../../src/scrape/toggl-html/index.js";
import {
  codeBlock,
  curl,
  FIELD_HEADER,
  heading,
  lineContaining,
  page,
  PARAMETER_HEADER,
  samples,
  table,
} from "./html-page.js";
import { methodOf } from "../method-of.js";

/**
 * Variants of the operation layout that the real pages of the site show (or may show) beyond
 * the two captured ones, each on a small inline page.
 */

const URL = "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/projects";

function read(html: string): DocPage {
  return readTogglHtml(html, "inline.html");
}

function only(p: DocPage): DocOperation {
  expect(p.operations).toHaveLength(1);
  return p.operations[0] as DocOperation;
}

function child(fields: readonly DocField[] | undefined, name: string): DocField {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const pathTable = table(PARAMETER_HEADER, [["workspace_id", "integer", "true", "Numeric ID of the workspace"]]);

describe("readOperation through the reader", () => {
  it("nests tables three deep, including a repeated heading level, and keeps their lines", () => {
    const html = page("Projects", [
      heading(2, "POST Create projects"),
      codeBlock(URL),
      "<p>Creates projects.</p>",
      heading(3, "Parameters"),
      heading(4, "Body"),
      table(FIELD_HEADER, [
        ["projects", "Array of object", "-"],
        ["dry_run", "boolean", "-"],
      ]),
      heading(5, "projects"),
      table(FIELD_HEADER, [
        ["name", "string", "-"],
        ["tasks", "Array of object", "-"],
      ]),
      heading(6, "tasks"),
      table(FIELD_HEADER, [
        ["title", "string", "-"],
        ["assignee", "object", "-"],
      ]),
      heading(6, "assignee"),
      table(FIELD_HEADER, [
        ["id", "integer", "-"],
        ["email", "string", "-"],
      ]),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>Successful operation.</p>",
    ]);
    const op = only(read(html));
    const projects = child(op.body?.fields, "projects");
    const tasks = child(projects.children, "tasks");
    const assignee = child(tasks.children, "assignee");
    expect(assignee.children?.map((f) => [f.name, f.type])).toEqual([
      ["id", "integer"],
      ["email", "string"],
    ]);
    expect(child(op.body?.fields, "dry_run").children).toBeUndefined();
    expect(assignee.children?.[0]?.source.line).toBe(lineContaining(html, "<td>email</td>"));
    expect(read(html).diagnostics).toEqual([]);
  });

  it("attaches a nested table to the nearest table that has the field", () => {
    const html = page("Projects", [
      heading(2, "GET List projects"),
      codeBlock(URL),
      heading(3, "Response"),
      heading(4, "200"),
      table(FIELD_HEADER, [
        ["owner", "object", "-"],
        ["items", "Array of object", "-"],
      ]),
      heading(5, "items"),
      table(FIELD_HEADER, [
        ["id", "integer", "-"],
        ["owner", "object", "-"],
      ]),
      heading(5, "owner"),
      table(FIELD_HEADER, [["user_id", "integer", "-"]]),
      heading(5, "owner"),
      table(FIELD_HEADER, [["org_id", "integer", "-"]]),
    ]);
    const fields = only(read(html)).responses[0]?.fields;
    expect(child(child(fields, "items").children, "owner").children?.map((f) => f.name)).toEqual(["user_id"]);
    expect(child(fields, "owner").children?.map((f) => f.name)).toEqual(["org_id"]);
  });

  it("reports a nested table that matches no field", () => {
    const html = page("Projects", [
      heading(2, "GET List projects"),
      codeBlock(URL),
      heading(3, "Response"),
      heading(4, "200"),
      table(FIELD_HEADER, [["id", "integer", "-"]]),
      heading(5, "ghost"),
      table(FIELD_HEADER, [["x", "string", "-"]]),
    ]);
    const p = read(html);
    expect(p.diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["nested-table-orphan", lineContaining(html, 'id="ghost"')],
    ]);
  });

  it("merges two Query tables with a diagnostic and keeps a repeated parameter for the normaliser to weigh", () => {
    const html = page("Projects", [
      heading(2, "GET List projects"),
      codeBlock(URL),
      heading(3, "Parameters"),
      heading(4, "Path"),
      pathTable,
      heading(4, "Query"),
      table(PARAMETER_HEADER, [
        ["page", "integer", "false", "Page"],
        ["active", "boolean", "false", "Only active"],
      ]),
      heading(4, "Query", "query-1"),
      table(PARAMETER_HEADER, [
        ["name", "string", "true", "Name"],
        ["page", "integer", "false", "Page again"],
      ]),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const p = read(html);
    expect(only(p).parameters.map((x) => `${x.in}:${x.name}:${x.required}`)).toEqual([
      "path:workspace_id:true",
      "query:page:false",
      "query:active:false",
      "query:name:true",
      "query:page:false",
    ]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["parameter-table-merged"]);
    expect(p.diagnostics[0]?.source.line).toBe(lineContaining(html, 'id="query-1"') + 1);
  });

  it("reads an operation without a Parameters section or any table", () => {
    const html = page("Me", [
      heading(2, "GET Me"),
      codeBlock("https://api.track.toggl.com/api/v9/me"),
      "<p>Returns details for the current user.</p>",
      samples({ cURL: curl("GET", "https://api.track.toggl.com/api/v9/me") }),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>Successful operation.</p>",
      heading(4, "404 Not Found", "404"),
    ]);
    const op = only(read(html));
    expect(op.parameters).toEqual([]);
    expect(op.body).toBeUndefined();
    expect(op.responses.map((r) => [r.status, r.description, r.fields])).toEqual([
      ["200", "Successful operation.", undefined],
      ["404", "Not Found", undefined],
    ]);
  });

  it("keeps admonitions and lists in the description and skips unknown elements with a note", () => {
    const html = page("Projects", [
      heading(2, "GET List projects (deprecated)", "get-list-projects"),
      codeBlock(URL),
      "<p>Lists projects.</p>",
      '<div class="theme-admonition theme-admonition-warning admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 1 1"></svg></span>warning</div><div class="admonitionContent_BuS1"><p>Use <code>/v10</code> instead.</p></div></div>',
      "<ul><li>one</li><li>two</li></ul>",
      "<details><summary>More</summary><p>hidden</p></details>",
      heading(3, "Response"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const p = read(html);
    const op = only(p);
    expect(op.title).toBe("List projects (deprecated)");
    expect(op.anchor).toBe("get-list-projects");
    expect(op.description).toBe("Lists projects.\n\nwarning: Use /v10 instead.\n\n- one\n- two");
    expect(p.diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["unknown-element", lineContaining(html, "<details>")],
    ]);
  });

  it("reads a malformed table with diagnostics and keeps its rows", () => {
    const html = page("Projects", [
      heading(2, "POST Create project"),
      codeBlock(URL),
      heading(3, "Parameters"),
      heading(4, "Path"),
      table(undefined, [["workspace_id", "integer", "true", "Numeric ID"]]),
      heading(4, "Body"),
      table(FIELD_HEADER, [
        ["name", "string"],
        ["active", "boolean", "-", "extra"],
        ["", "string", "nameless"],
      ]),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const p = read(html);
    const op = only(p);
    expect(op.parameters.map((x) => [x.name, x.type, x.required, x.description])).toEqual([
      ["workspace_id", "integer", true, "Numeric ID"],
    ]);
    expect(op.body?.fields.map((f) => [f.name, f.type, f.description])).toEqual([
      ["name", "string", ""],
      // The one table reader's repairs: extra cells rejoin the last one, a nameless row is kept.
      ["active", "boolean", "- | extra"],
      [`unnamed_field_line_${lineContaining(html, "<td>active</td>")}`, "string", "nameless"],
    ]);
    const bodyTableLine = lineContaining(html, "<td>active</td>");
    expect(p.diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["table-header-missing", lineContaining(html, "<td>workspace_id</td>")],
      ["row-missing-cells", bodyTableLine],
      ["row-extra-cells", bodyTableLine],
      ["row-name-missing", bodyTableLine],
    ]);
  });

  it("finds columns by header name, whatever their order, and keeps extra columns in the description", () => {
    const html = page("Projects", [
      heading(2, "GET List projects"),
      codeBlock(URL),
      heading(3, "Parameters"),
      heading(4, "Query"),
      table(
        ["Description", "Type", "Name", "Default", "Required"],
        [["Sort order", "string", "<code>sort</code>", "asc", "false"]],
      ),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const p = read(html);
    expect(only(p).parameters).toMatchObject([
      { name: "sort", in: "query", type: "string", required: false, description: "Sort order. Default: asc" },
    ]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["table-extra-column"]);
  });

  it("reads an Array of object body, status message lists and a JSON example", () => {
    const html = page("Tags", [
      heading(2, "PATCH Bulk update tags"),
      codeBlock(URL),
      heading(3, "Parameters"),
      heading(4, "Body"),
      table(FIELD_HEADER, [["items", "Array of object", "-"]]),
      heading(5, "items"),
      table(FIELD_HEADER, [["op", "string", "add or remove"]]),
      heading(3, "Response"),
      heading(4, "200"),
      codeBlock('{"success": [1, 2]}'),
      heading(4, "400"),
      "<p>Possible error messages:</p>",
      "<ul><li>Invalid op</li><li>Missing path</li></ul>",
    ]);
    const op = only(read(html));
    expect(child(op.body?.fields, "items").children?.map((f) => f.name)).toEqual(["op"]);
    expect(op.responses[0]?.example).toEqual({ success: [1, 2] });
    expect(op.responses[1]).toMatchObject({ status: "400", description: "", messages: ["Invalid op", "Missing path"] });
  });

  it("takes the URL from the cURL sample when the URL block is missing", () => {
    const html = page("Projects", [
      heading(2, "DELETE Delete project"),
      "<p>Deletes a project.</p>",
      samples({ cURL: curl("DELETE", `${URL}/{project_id}`), Go: "http.NewRequest(http.MethodDelete, url)" }),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const p = read(html);
    expect(only(p).url).toBe(`${URL}/{project_id}`);
    expect(only(p).methodEvidence.map((e) => `${e.from}:${e.method}`)).toEqual([
      "heading:delete",
      "curl:delete",
      "go:delete",
    ]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["url-from-sample"]);
  });

  it("skips an operation without any URL, naming its heading line in an error diagnostic, and keeps the others", () => {
    const html = page("Projects", [
      heading(2, "GET Nothing"),
      "<p>No URL.</p>",
      heading(2, "GET List projects"),
      `<pre><code>${URL}</code></pre>`,
    ]);
    const p = read(html);
    expect(p.operations.map((o) => o.title)).toEqual(["List projects"]);
    const skipped = p.diagnostics.find((d) => d.message.startsWith("operation skipped"));
    expect(skipped?.severity).toBe("error");
    expect(skipped?.source.line).toBe(lineContaining(html, "GET Nothing"));
    expect(skipped?.message).toMatch(/GET Nothing/);
  });

  it("ends an operation at the next heading of its level and ignores the prose after it", () => {
    const html = page("Reports", [
      heading(2, "Models"),
      table(FIELD_HEADER, [["id", "integer", "-"]]),
      heading(3, "GET Summary"),
      codeBlock("https://api.track.toggl.com/reports/api/v3/summary"),
      heading(4, "Response"),
      heading(5, "200"),
      "<p>OK</p>",
      heading(2, "Notes"),
      "<p>Some prose.</p>",
      table(FIELD_HEADER, [["x", "string", "-"]]),
      heading(3, "POST Export"),
      codeBlock("https://api.track.toggl.com/reports/api/v3/export"),
    ]);
    const p = read(html);
    expect(p.operations.map((o) => [methodOf(o), o.title, o.responses.length])).toEqual([
      ["get", "Summary", 1],
      ["post", "Export", 0],
    ]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["no-responses"]);
  });

  it("reads a method stated in the URL block as evidence", () => {
    const html = page("Me", [
      heading(2, "GET Me"),
      codeBlock("GET https://api.track.toggl.com/api/v9/me"),
      heading(4, "200"),
      "<p>OK</p>",
    ]);
    const op = only(read(html));
    expect(op.url).toBe("https://api.track.toggl.com/api/v9/me");
    expect(op.methodEvidence.map((e) => e.from)).toEqual(["heading", "method-block"]);
  });
});
