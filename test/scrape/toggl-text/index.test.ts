import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import type { DocField, DocPage } from "../../../src/model/types.js";
import { readTogglText, togglTextReader } from "../../../src/scrape/toggl-text/index.js";
import { methodOf } from "../method-of.js";

const DIR = "spec/sources/toggl-track-v9/text";
const fixture = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");
const read = (name: string): DocPage => togglTextReader.read(fixture(name), `${DIR}/${name}`);
const codes = (page: DocPage) => page.diagnostics.map((d) => d.code);
const field = (fields: DocField[] | undefined, name: string) => fields?.find((f) => f.name === name);

function page(lines: string[]): string {
  return lines.join("\n");
}

describe("detect", () => {
  it("recognises every text capture", () => {
    for (const name of ["clients.txt", "workspaces.txt", "update-client.txt", "update-workspace.txt"]) {
      expect(togglTextReader.detect(fixture(name), name)).toBe(true);
    }
  });
  it("rejects HTML pages, clients-v1 pages and prose", () => {
    expect(
      togglTextReader.detect(readFileSync("spec/sources/toggl-track-v9/html/api-clients.html", "utf8"), "a.html"),
    ).toBe(false);
    expect(togglTextReader.detect(readFileSync("spec/sources/clients-v1/update-client.txt", "utf8"), "c.txt")).toBe(
      false,
    );
    expect(togglTextReader.detect("Hello.\nThis is a note about GET requests.\n", "n.txt")).toBe(false);
  });
});

describe("clients.txt", () => {
  const result = read("clients.txt");
  it("has the page title and 7 operations with their methods and URLs", () => {
    expect(result.title).toBe("Clients");
    expect(result.dialect).toBe("toggl-text");
    expect(result.operations.map((o) => `${methodOf(o)!.toUpperCase()} ${o.title}`)).toEqual([
      "GET List clients",
      "POST Create client",
      "GET Load client from ID",
      "PUT Change client",
      "DELETE Delete client",
      "POST Archives client",
      "POST Restores client and related projects.",
    ]);
    expect(result.operations[5]!.url).toBe(
      "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/clients/{client_id}/archive",
    );
    expect(new Set(result.operations.map((o) => o.section))).toEqual(new Set(["Clients"]));
  });
  it("reads path and query parameters with types and required flags", () => {
    const list = result.operations[0]!;
    expect(list.parameters.map((p) => [p.in, p.name, p.type, p.required])).toEqual([
      ["path", "workspace_id", "integer", true],
      ["query", "status", "string", false],
      ["query", "name", "string", false],
    ]);
    expect(list.parameters[1]!.source).toEqual({ file: `${DIR}/clients.txt`, line: 82 });
  });
  it("reads the items table as children of the items field", () => {
    const ok = result.operations[0]!.responses[0]!;
    expect(ok.status).toBe("200");
    expect(ok.fields).toHaveLength(1);
    expect(ok.fields![0]).toMatchObject({ name: "items", type: "Array of object" });
    expect(ok.fields![0]!.children!.map((f) => f.name)).toContain("integration_provider");
    expect(field(ok.fields![0]!.children, "archived")).toMatchObject({ type: "boolean", source: { line: 92 } });
  });
  it("reads every status block: sentences, message lists, tables", () => {
    const create = result.operations[1]!;
    expect(create.responses.map((r) => r.status)).toEqual(["200", "400", "403", "500"]);
    expect(create.responses[1]!.messages).toEqual([
      "Client name maximum length is {max_client_length}",
      "Client name cannot be empty",
    ]);
    expect(create.responses[2]!.description).toBe("Forbidden");
    expect(create.body!.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ["name", "string", undefined],
      ["notes", "string", undefined],
      ["wid", "integer", undefined],
    ]);
    const archive = result.operations[5]!.responses[0]!;
    expect(archive.description).toBe("Projects that were archived with the client");
    expect(archive.fields).toEqual([expect.objectContaining({ name: "items", type: "Array of integer" })]);
  });
  it("records all method evidence and reports the wrong Go sample on DELETE", () => {
    const del = result.operations[4]!;
    expect(methodOf(del)).toBe("delete");
    expect(del.methodEvidence.map((e) => `${e.from}:${e.method}`)).toEqual([
      "heading:delete",
      "curl:delete",
      "go:put",
      "ruby:delete",
      "javascript:delete",
      "python:delete",
      "rust:delete",
    ]);
    expect(del.methodEvidence[0]!.source.line).toBe(440);
    // The reader records the wrong Go sample as evidence; deciding and reporting is the normaliser's.
    expect(result.diagnostics.find((d) => d.code === "method-conflict")).toBeUndefined();
  });
  it("gives Docusaurus anchors and the description with its Note line", () => {
    expect(result.operations[0]!.anchor).toBe("get-list-clients");
    expect(result.operations[6]!.anchor).toBe("post-restores-client-and-related-projects");
    expect(result.operations[3]!.description).toBe(
      "Update workspace client.\nNote: use /workspaces/{workspace_id}/clients/{client_id}/archive to archive the client and /workspaces/{workspace_id}/clients/{client_id}/restore to restore it.",
    );
  });
});

describe("workspaces.txt", () => {
  const result = read("workspaces.txt");
  it("has 19 operations", () => {
    expect(result.title).toBe("Workspaces");
    expect(result.operations).toHaveLength(19);
    expect(result.operations.filter((o) => methodOf(o) === "delete")).toHaveLength(3);
  });
  it("merges the two Query tables and says so", () => {
    const users = result.operations[1]!;
    expect(users.parameters.filter((p) => p.in === "query").map((p) => `${p.name}:${p.required}`)).toEqual([
      "page:false",
      "per_page:false",
      "custom_rates:false",
      "active:false",
      "name:true",
      "search:true",
    ]);
    // The assembler's one code for it, at the second table's header row.
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "parameter-table-merged",
        severity: "warning",
        source: { file: `${DIR}/workspaces.txt`, line: 260 },
      }),
    );
  });
  it("recovers the lost name cell of the email row", () => {
    const items = result.operations[1]!.responses[0]!.fields![0]!.children!;
    expect(field(items, "email")).toMatchObject({
      type: "string",
      description: "Email of the user",
      source: { line: 277 },
    });
    expect(codes(result).filter((c) => c === "row-name-recovered")).toHaveLength(2);
  });
  it("attaches errors, admins and items tables; keeps the 201 status", () => {
    const alerts = result.operations[5]!.responses[0]!;
    expect(field(alerts.fields, "errors")!.children!.map((f) => f.name)).toEqual(["code", "message"]);
    expect(field(result.operations[9]!.responses[0]!.fields, "admins")!.children).toHaveLength(2);
    expect(result.operations[7]!.responses[0]).toMatchObject({ status: "201", description: "Successfully created." });
    expect(result.operations[0]!.responses.map((r) => r.status)).toEqual(["200", "400", "402", "403", "404"]);
    expect(result.operations[0]!.responses[2]!.messages).toHaveLength(6);
  });
  it("numbers the repeated anchor like Docusaurus", () => {
    expect(result.operations[16]!.anchor).toBe("put-update-workspace-user");
    expect(result.operations[17]!.anchor).toBe("put-update-workspace-user-1");
  });
});

describe("single-operation captures without a heading", () => {
  it("update-client.txt: method from the Rust sample, title from the description, no section", () => {
    const result = read("update-client.txt");
    expect(result.title).toBe("");
    expect(result.operations).toHaveLength(1);
    const op = result.operations[0]!;
    expect(op).toMatchObject({
      title: "Update workspace client",
      section: "",
      url: "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/clients/{client_id}",
    });
    expect(op.anchor).toBeUndefined();
    expect(op.methodEvidence).toEqual([
      { from: "rust", method: "put", source: { file: `${DIR}/update-client.txt`, line: 11 } },
    ]);
    expect(op.parameters.map((p) => p.name)).toEqual(["workspace_id", "client_id"]);
    expect(op.responses.find((r) => r.status === "404")!.description).toBe("Client doesn’t exist in the workspace.");
    expect(op.responses.find((r) => r.status === "400")!.messages).toHaveLength(2);
    expect(codes(result)).toContain("title-from-description");
  });
  it("update-workspace.txt: one cell per line, chrome skipped, nested tables three deep", () => {
    const result = read("update-workspace.txt");
    expect(result.title).toBe("");
    const op = result.operations[0]!;
    expect(op).toMatchObject({
      title: "Update a specific workspace",
      url: "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}",
    });
    expect(op.parameters).toEqual([
      expect.objectContaining({
        name: "workspace_id",
        type: "integer",
        required: true,
        description: "Numeric Workspace ID",
        source: { file: `${DIR}/update-workspace.txt`, line: 18 },
      }),
    ]);
    expect(op.body!.fields).toHaveLength(17);
    expect(field(op.body!.fields, "admins")).toMatchObject({
      type: "Array of integer",
      description: "List of admins, optional",
    });
    const fields = op.responses[0]!.fields!;
    const subscription = field(fields, "subscription")!;
    expect(field(subscription.children, "card_details")!.children!.map((f) => f.name)).toContain("card_number");
    expect(field(subscription.children, "contact_detail")!.children).toHaveLength(17);
    expect(field(fields, "te_constraints")!.children).toHaveLength(5);
    expect(field(fields, "csv_upload")!.children!.map((f) => f.name)).toEqual(["at", "log_id"]);
    expect(op.responses.map((r) => r.status)).toEqual(["200", "403", "500"]);
    expect(codes(result)).toContain("page-chrome");
  });
});

const HEAD = [
  "Tags",
  "GET List tags",
  "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/tags",
  "List tags.",
  "- cURL",
  "curl https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/tags",
  "Parameters",
];

describe("inline pages", () => {
  it("reads all three table layouts alike", () => {
    const layouts = {
      bare: [
        "Path",
        "name | type | required | description |",
        "---|---|---|---|",
        "workspace_id | integer | true | Numeric ID |",
      ],
      piped: [
        "Path",
        "| name | type | required | description |",
        "|---|---|---|---|",
        "| workspace_id | integer | true | Numeric ID |",
      ],
      cells: [
        "Path",
        "| name |",
        "type |",
        "required |",
        "description |",
        "| workspace_id |",
        "integer |",
        "true |",
        "Numeric ID |",
      ],
    };
    // The row starts on line 11 in the two one-row-per-line layouts, on line 13 in the cell-per-line one.
    const rowLines = { bare: 11, piped: 11, cells: 13 };
    for (const [layout, rows] of Object.entries(layouts)) {
      const result = readTogglText(page([...HEAD, ...rows, "Response", "200", "OK"]), "t.txt");
      expect(result.operations[0]!.parameters).toEqual([
        {
          name: "workspace_id",
          in: "path",
          type: "integer",
          required: true,
          description: "Numeric ID",
          source: { file: "t.txt", line: rowLines[layout as keyof typeof rowLines] },
        },
      ]);
    }
  });
  it("nests titled tables under the nearest table that has the field; an orphan table is reported, not attached", () => {
    const text = page([
      ...HEAD,
      "Response",
      "200",
      "| Name | Type | Description |",
      "|---|---|---|",
      "| a | object | - |",
      "| d | object | - |",
      "a",
      "| Name | Type | Description |",
      "| b | Array of object | - |",
      "b",
      "| Name | Type | Description |",
      "| c | object | - |",
      "c",
      "| Name | Type | Description |",
      "| leaf | string | deep |",
      "d",
      "| Name | Type | Description |",
      "| e | integer | back at the top |",
      "nowhere",
      "| Name | Type | Description |",
      "| x | string | - |",
    ]);
    const result = readTogglText(text, "n.txt");
    const fields = result.operations[0]!.responses[0]!.fields!;
    expect(fields[0]!.children![0]!.children![0]!.children![0]).toMatchObject({ name: "leaf", description: "deep" });
    expect(fields[1]!.children).toEqual([expect.objectContaining({ name: "e" })]);
    // One policy for every dialect: no field is invented for a table that names none.
    expect(field(fields, "nowhere")).toBeUndefined();
    expect(fields.map((f) => f.name)).toEqual(["a", "d"]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "nested-table-orphan",
        severity: "warning",
        source: { file: "n.txt", line: 26 },
      }),
    );
  });
  it("keeps a row with an unrecoverable lost name under a placeholder, with an error", () => {
    const text = page([
      ...HEAD,
      "Response",
      "200",
      "| Name | Type | Description |",
      "|---|---|---|",
      "| string | Something odd | |",
    ]);
    const result = readTogglText(text, "l.txt");
    expect(result.operations[0]!.responses[0]!.fields![0]).toMatchObject({
      name: "unnamed_field_line_12",
      type: "string",
      description: "Something odd",
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: "row-name-missing", severity: "error", source: { file: "l.txt", line: 12 } }),
    );
  });
  it("keeps unknown type words verbatim (the normaliser's type parser judges them); rejoins an unescaped pipe; handles an escaped one", () => {
    const text = page([
      ...HEAD,
      "Body",
      "Name | Type | Description |",
      "---|---|---|",
      "x | strnig | typo |",
      "y | string | a | b |",
      "z | string | a \\| b |",
      "Response",
      "200",
      "OK",
    ]);
    const result = readTogglText(text, "u.txt");
    const body = result.operations[0]!.body!.fields;
    expect(body.map((f) => [f.name, f.type, f.description])).toEqual([
      ["x", "strnig", "typo"],
      ["y", "string", "a | b"],
      ["z", "string", "a | b"],
    ]);
    expect(codes(result)).toContain("row-extra-cells");
    expect(codes(result)).not.toContain("unknown-type");
  });
  it("reads CRLF, non-breaking and zero-width spaces with true line numbers", () => {
    const text = page([
      ...HEAD,
      "Path",
      "name\u00a0| type | required | description |",
      "workspace_id\u200b | integer | true | Numeric\u00a0ID |",
      "",
      "Response",
      "200",
      "OK",
    ]).replace(/\n/g, "\r\n");
    const op = readTogglText(`\uFEFF${text}`, "c.txt").operations[0]!;
    expect(op.parameters[0]).toMatchObject({ name: "workspace_id", description: "Numeric ID", source: { line: 10 } });
    expect(op.responses[0]).toMatchObject({ status: "200", description: "OK", source: { line: 13 } });
  });
  it("yields what a truncated operation had, with a diagnostic", () => {
    const text = page([
      ...HEAD,
      "Path",
      "| name |",
      "type |",
      "required |",
      "description |",
      "| workspace_id |",
      "integer |",
    ]);
    const result = readTogglText(text, "t.txt");
    expect(result.operations[0]!.parameters[0]).toMatchObject({ name: "workspace_id", type: "integer" });
    expect(codes(result)).toEqual(expect.arrayContaining(["row-missing-cells", "no-responses"]));
  });
  it("reports short rows, rows that cannot be read, and junk lines, without throwing", () => {
    const text = page([
      ...HEAD,
      "Path",
      "name | type | required | description |",
      "oops |",
      "| | |",
      "@@@ junk @@@",
      "Response",
      "200",
      "OK",
    ]);
    const result = readTogglText(text, "j.txt");
    // A row that kept its name is read with empty cells; one with nothing is skipped.
    expect(result.operations[0]!.parameters.map((p) => p.name)).toEqual(["oops"]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: "row-missing-cells", severity: "warning", source: { file: "j.txt", line: 10 } }),
    );
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: "prose-ignored", source: { file: "j.txt", line: 12 } }),
    );
  });
  it("takes the URL from the cURL sample when the URL line is lost, and reports a heading with nothing under it", () => {
    const text = page([
      "Tags",
      "GET List tags",
      "List tags.",
      "- cURL",
      "curl https://api.track.toggl.com/api/v9/tags \\",
      "-u x:y",
      "Response",
      "200",
      "OK",
      "DELETE Ghost",
    ]);
    const result = readTogglText(text, "g.txt");
    expect(result.operations).toHaveLength(1);
    expect(result.operations[0]!.url).toBe("https://api.track.toggl.com/api/v9/tags");
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: "operation-empty", source: { file: "g.txt", line: 10 } }),
    );
  });
  it("throws DocsInputError on a page without operations", () => {
    expect(() => readTogglText("Just a title\nand prose\n", "p.txt")).toThrow(DocsInputError);
  });
});
