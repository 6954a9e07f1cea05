import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import type { DocField, DocOperation, DocPage } from "../../../src/model/types.js";
import { togglHtmlReader } from "../../../src/scrape/toggl-html/index.js";
import { lineContaining } from "./html-page.js";
import { methodOf } from "../method-of.js";

const HTML = "spec/sources/toggl-track-v9/html";
const BASE = "https://api.track.toggl.com/api/v9";

function load(name: string): { text: string; page: DocPage } {
  const file = `${HTML}/${name}`;
  const text = readFileSync(file, "utf8");
  return { text, page: togglHtmlReader.read(text, file) };
}

function operation(page: DocPage, anchor: string): DocOperation {
  const found = page.operations.find((o) => o.anchor === anchor);
  if (!found) throw new Error(`no operation #${anchor}`);
  return found;
}

function field(fields: readonly DocField[] | undefined, name: string): DocField {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe("togglHtmlReader.detect", () => {
  it("recognises the Docusaurus pages, reference and getting-started alike", () => {
    for (const name of ["api-clients.html", "api-workspaces.html", "overview.html", "authentication.html"]) {
      expect(togglHtmlReader.detect(readFileSync(`${HTML}/${name}`, "utf8"), name)).toBe(true);
    }
  });

  it("rejects the text captures, the clients-v1 page and HTML without the doc article", () => {
    expect(
      togglHtmlReader.detect(readFileSync("spec/sources/toggl-track-v9/text/clients.txt", "utf8"), "clients.txt"),
    ).toBe(false);
    expect(
      togglHtmlReader.detect(readFileSync("spec/sources/clients-v1/update-client.txt", "utf8"), "update-client.txt"),
    ).toBe(false);
    expect(
      togglHtmlReader.detect(
        '<!doctype html><html><body><div class="markdown"><h1>x</h1></div></body></html>',
        "x.html",
      ),
    ).toBe(false);
    // Prose that merely mentions the class name is not a page.
    expect(togglHtmlReader.detect("The theme-doc-markdown class marks the article.", "notes.txt")).toBe(false);
  });

  it("finds the class in any quoting of the class attribute, and only as a whole class name", () => {
    const withAttribute = (attribute: string) =>
      togglHtmlReader.detect(`<div>\n<p>theme-doc-markdown</p><div ${attribute}>x</div>`, "x.html");
    expect(withAttribute('class="theme-doc-markdown markdown"')).toBe(true);
    expect(withAttribute("class='col theme-doc-markdown'")).toBe(true);
    expect(withAttribute("class=theme-doc-markdown")).toBe(true);
    expect(withAttribute('class="theme-doc-markdownx"')).toBe(false);
    expect(withAttribute('title="theme-doc-markdown"')).toBe(false);
  });
});

describe("togglHtmlReader.read on api-clients.html", () => {
  const { text, page } = load("api-clients.html");

  it("reads the page title and the seven operations in page order", () => {
    expect(page.dialect).toBe("toggl-html");
    expect(page.title).toBe("Clients");
    expect(page.operations.map((o) => `${methodOf(o)!.toUpperCase()} ${o.title}`)).toEqual([
      "GET List clients",
      "POST Create client",
      "GET Load client from ID",
      "PUT Change client",
      "DELETE Delete client",
      "POST Archives client",
      "POST Restores client and related projects.",
    ]);
    expect(page.operations.every((o) => o.section === "Clients")).toBe(true);
  });

  it("keeps URLs exactly as documented and the anchors of the headings", () => {
    expect(operation(page, "get-list-clients").url).toBe(`${BASE}/workspaces/{workspace_id}/clients`);
    expect(operation(page, "post-archives-client").url).toBe(
      `${BASE}/workspaces/{workspace_id}/clients/{client_id}/archive`,
    );
    expect(page.operations.map((o) => o.anchor)).toContain("post-restores-client-and-related-projects");
  });

  it("reads path and query parameters with their types and required flags", () => {
    const list = operation(page, "get-list-clients");
    expect(list.parameters.map((p) => [p.name, p.in, p.type, p.required])).toEqual([
      ["workspace_id", "path", "integer", true],
      ["status", "query", "string", false],
      ["name", "query", "string", false],
    ]);
    expect(list.parameters[1]?.description).toContain("Use 'active' to only list active clients");
  });

  it("reads the body table, without a required column, as fields without required", () => {
    const create = operation(page, "post-create-client");
    expect(create.body?.fields.map((f) => [f.name, f.type])).toEqual([
      ["external_reference", "string"],
      ["name", "string"],
      ["notes", "string"],
    ]);
    expect(create.body?.fields.every((f) => f.required === undefined)).toBe(true);
  });

  it("keeps an items | Array of object response with its nested items table", () => {
    const ok = operation(page, "get-list-clients").responses[0];
    expect(ok?.status).toBe("200");
    expect(ok?.fields?.map((f) => [f.name, f.type])).toEqual([["items", "Array of object"]]);
    const items = field(ok?.fields, "items").children ?? [];
    expect(items).toHaveLength(13);
    expect(field(items, "archived")).toMatchObject({
      type: "boolean",
      description: "IsArchived is true if the client is archived",
    });
  });

  it("reads every status with its sentence or its message list", () => {
    const list = operation(page, "get-list-clients");
    expect(list.responses.map((r) => [r.status, r.description])).toEqual([
      ["200", ""],
      ["400", "Client status is invalid"],
      ["403", "Forbidden"],
      ["500", "Internal Server Error"],
    ]);
    const bad = operation(page, "post-create-client").responses.find((r) => r.status === "400");
    expect(bad?.messages).toEqual(["Client name maximum length is {max_client_length}", "Client name cannot be empty"]);
    const archived = operation(page, "post-archives-client").responses[0];
    expect(archived?.description).toBe("Projects that were archived with the client");
    expect(archived?.fields?.map((f) => [f.name, f.type])).toEqual([["items", "Array of integer"]]);
  });

  it("joins several description paragraphs", () => {
    const change = operation(page, "put-change-client");
    expect(change.description).toBe(
      "Update workspace client.\n\nNote: use /workspaces/{workspace_id}/clients/{client_id}/archive to archive the client and /workspaces/{workspace_id}/clients/{client_id}/restore to restore it.",
    );
  });

  it("keeps all method evidence and believes the heading over a wrong Go sample", () => {
    const del = operation(page, "delete-delete-client");
    expect(methodOf(del)).toBe("delete");
    expect(del.methodEvidence.map((e) => [e.from, e.method])).toEqual([
      ["heading", "delete"],
      ["curl", "delete"],
      ["go", "put"],
      ["ruby", "delete"],
      ["javascript", "delete"],
      ["python", "delete"],
      ["rust", "delete"],
    ]);
    // The wrong Go sample is evidence like the others, at its own line; the normaliser reports it.
    const go = del.methodEvidence.find((e) => e.from === "go");
    expect(go?.source.line).toBe(lineContaining(text, 'id="delete-delete-client"') + 3);
  });

  it("gives every element its real line in the file", () => {
    const create = operation(page, "post-create-client");
    const headingLine = lineContaining(text, 'id="post-create-client"');
    expect(create.source).toEqual({ file: `${HTML}/api-clients.html`, line: headingLine });
    expect(create.methodEvidence[0]?.source.line).toBe(headingLine);
    expect(create.parameters[0]?.source.line).toBe(
      lineContaining(text, '<td style="text-align:left">workspace_id</td>', headingLine),
    );
    expect(create.body?.source.line).toBe(lineContaining(text, 'id="body"'));
    expect(create.body?.fields[0]?.source.line).toBe(lineContaining(text, "<td>external_reference</td>", headingLine));
    const status400 = create.responses.find((r) => r.status === "400");
    expect(status400?.source.line).toBe(lineContaining(text, 'id="400-1"'));
    expect(text.split("\n")[(create.responses[0]?.source.line ?? 0) - 1]).toContain(">200<");
  });

  it("reports nothing: the wrong Go sample is evidence, which the normaliser weighs and reports", () => {
    expect(page.diagnostics.map((d) => d.code)).toEqual([]);
  });
});

describe("togglHtmlReader.read on api-workspaces.html", () => {
  const { text, page } = load("api-workspaces.html");

  it("reads the nineteen operations", () => {
    expect(page.title).toBe("Workspaces");
    expect(page.operations).toHaveLength(19);
    expect(page.operations.map((o) => methodOf(o))).toEqual([
      "post",
      "get",
      "patch",
      "get",
      "put",
      "post",
      "delete",
      "post",
      "get",
      "get",
      "get",
      "get",
      "post",
      "put",
      "delete",
      "get",
      "put",
      "put",
      "delete",
    ]);
  });

  it("attaches nested tables to their fields: statistics admins, alerts errors", () => {
    const stats = operation(page, "get-workspace-statistics").responses[0];
    expect(stats?.fields?.map((f) => f.name)).toEqual(["admins", "groups_count", "members_count"]);
    expect(field(stats?.fields, "admins")).toMatchObject({ type: "Array of object" });
    expect(field(stats?.fields, "admins").children?.map((f) => [f.name, f.type])).toEqual([
      ["name", "string"],
      ["user_id", "integer"],
    ]);
    const alerts = operation(page, "post-alerts").responses[0];
    expect(alerts?.fields).toHaveLength(22);
    expect(field(alerts?.fields, "errors").children?.map((f) => f.name)).toEqual(["code", "message"]);
    expect(field(alerts?.fields, "billable").children).toBeUndefined();
  });

  it("merges the two Query tables of the workspace users list and says so", () => {
    const users = operation(page, "get-list-of-users-who-belong-to-the-given-workspace");
    expect(users.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      "path:organization_id:true",
      "path:workspace_id:true",
      "query:page:false",
      "query:per_page:false",
      "query:custom_rates:false",
      "query:active:false",
      "query:name:true",
      "query:search:true",
    ]);
    const merged = page.diagnostics.filter((d) => d.code === "parameter-table-merged");
    expect(merged).toHaveLength(1);
    expect(merged[0]?.source.line).toBe(lineContaining(text, 'id="query-1"') + 1);
  });

  it("reads statuses beyond 200/4xx: 201 and 402", () => {
    const rates = operation(page, "post-rates-creation");
    expect(rates.responses.map((r) => r.status)).toEqual(["201", "400", "402", "403", "500"]);
    expect(rates.responses[0]?.description).toBe("Successfully created.");
    expect(rates.responses[2]?.description).toBe("Billable rates are available for Starter and higher plans.");
    const create = operation(page, "post-create-a-new-workspace");
    expect(create.responses.find((r) => r.status === "402")?.messages).toContain(
      "Must be a premium user to use default_hourly_rate",
    );
    expect(create.responses.find((r) => r.status === "404")?.messages).toEqual([
      "Organization not found/accessible",
      "Workspace not found/accessible",
      "organization owner not found",
    ]);
  });

  it("decodes entities and flattens <code> in cells", () => {
    const rates = operation(page, "get-rates-list");
    expect(rates.parameters.find((p) => p.name === "type")?.description).toBe(
      "Type of rate values to be returned: billable_rates or labor_costs. Default is billable_rates.",
    );
    expect(field(operation(page, "post-rates-creation").body?.fields, "level").description).toContain(
      "'workspace', 'workspace_user'",
    );
  });

  it("keeps the PATCH heading against a Go sample saying GET", () => {
    const patch = operation(page, "patch-changes-the-users-in-a-workspace");
    expect(methodOf(patch)).toBe("patch");
    expect(patch.methodEvidence.find((e) => e.from === "go")?.method).toBe("get");
    expect(patch.methodEvidence.find((e) => e.from === "curl")?.method).toBe("patch");
  });

  it("reads a response sentence followed by a table", () => {
    const reminders = operation(page, "get-trackreminders").responses[0];
    expect(reminders?.description).toBe("Returns a list of track reminders.");
    expect(field(reminders?.fields, "items").children?.map((f) => f.name)).toContain("reminder_id");
  });
});

describe("togglHtmlReader.read on getting-started pages", () => {
  it.each(["overview.html", "authentication.html"])("%s reads as a page with no operations", (name) => {
    const { page } = load(name);
    expect(page.operations).toEqual([]);
    expect(page.title).toBe(name === "overview.html" ? "Overview" : "Authentication");
    expect(page.diagnostics).toEqual([]);
  });
});

describe("togglHtmlReader.read on other input", () => {
  it("throws a DocsInputError with file:line for HTML without the doc article", () => {
    expect(() => togglHtmlReader.read("<html><body><p>hi</p></body></html>", "x.html")).toThrow(DocsInputError);
    expect(() => togglHtmlReader.read("<html><body><p>hi</p></body></html>", "x.html")).toThrow(/^x\.html:1: /);
  });

  it("keeps line numbers true for CRLF files", () => {
    const { text } = load("api-clients.html");
    const page = togglHtmlReader.read(text.replace(/\n/g, "\r\n"), "crlf.html");
    expect(page.operations[1]?.source.line).toBe(lineContaining(text, 'id="post-create-client"'));
  });
});
