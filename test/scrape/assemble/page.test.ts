import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import type { Block, RawRow } from "../../../src/scrape/assemble/blocks.js";
import { COMMON_ROLES } from "../../../src/scrape/assemble/heading-words.js";
import { assemblePage, docPageOf } from "../../../src/scrape/assemble/page.js";
import type { DialectRoles } from "../../../src/scrape/assemble/roles.js";

/** Blocks as any lexer would give them; the assembler alone turns them into operations. */
let line = 0;
const next = () => ++line;
const heading = (level: number, text: string): Block => ({ kind: "heading", level, text, line: next() });
const code = (text: string): Block => ({ kind: "code", text, line: next() });
const row = (cells: string[], depth = 0): RawRow => ({ cells, line: next(), ...(depth ? { depth } : {}) });
const table = (header: string[], rows: RawRow[]): Block => ({
  kind: "table",
  table: { header: { cells: header, line: next() }, rows, line },
  line,
});

/** A site whose operation headings carry no method (`## Create a pet`), like widdershins. */
const TITLE_ONLY: DialectRoles = {
  heading: (text, level) => (level === 2 ? { role: "operation", title: text } : COMMON_ROLES.heading(text, level)),
};

describe("assemblePage", () => {
  it("reads a parameters table with an In column: locations per row, the body row's nested rows as body fields", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [
      heading(1, "Pets"),
      heading(2, "Create a pet"),
      code("POST /stores/{storeId}/pets"),
      heading(3, "Parameters"),
      table(
        ["Name", "In", "Type", "Required", "Description"],
        [
          row(["storeId", "path", "integer", "true", "Store"]),
          row(["dryRun", "query", "boolean", "false", "Validate only"]),
          row(["body", "body", "object", "true", "The pet"]),
          row(["name", "body", "string", "true", "Its name"], 1),
          row(["tags", "body", "[object]", "false", "Tags"], 1),
          row(["label", "body", "string", "false", "A tag"], 2),
          row(["X-Trace", "header", "string", "false", "Trace id"]),
        ],
      ),
      heading(3, "Responses"),
      heading(4, "201"),
    ];
    const page = assemblePage(blocks, TITLE_ONLY, "p.md", diagnostics);
    expect(page.title).toBe("Pets");
    const [op] = page.operations;
    expect(op?.methodEvidence.map((e) => [e.from, e.method])).toEqual([["method-block", "post"]]);
    expect(op?.url).toBe("/stores/{storeId}/pets");
    expect(op?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["storeId", "path", true],
      ["dryRun", "query", false],
      ["X-Trace", "header", false],
    ]);
    expect(op?.body?.description).toBe("The pet");
    expect(op?.body?.fields.map((f) => [f.name, f.required, f.children?.map((c) => c.name)])).toEqual([
      ["name", true, undefined],
      ["tags", false, ["label"]],
    ]);
    expect(op?.responses.map((r) => r.status)).toEqual(["201"]);
  });

  it("attaches a row nested two levels below the row above to that row, and says so", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [
      heading(2, "GET List pets"),
      code("https://api.example.com/pets"),
      heading(3, "Response"),
      heading(4, "200"),
      table(["Name", "Type", "Description"], [row(["items", "array", ""]), row(["id", "integer", ""], 2)]),
    ];
    const [op] = assemblePage(blocks, COMMON_ROLES, "p.md", diagnostics).operations;
    expect(op?.responses[0]?.fields?.map((f) => [f.name, f.children?.map((c) => c.name)])).toEqual([["items", ["id"]]]);
    expect(diagnostics.map((d) => d.code)).toEqual(["row-depth-skipped"]);
  });

  it("skips an operation that states no method anywhere, naming it, and keeps the others", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [heading(2, "Mystery"), code("/mystery"), heading(2, "Delete a pet"), code("DELETE /pets/{id}")];
    const page = assemblePage(blocks, TITLE_ONLY, "p.md", diagnostics);
    expect(page.operations.map((o) => o.title)).toEqual(["Delete a pet"]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toContainEqual(["method-unknown", "error"]);
  });
});

describe("docPageOf", () => {
  it("carries the page-wide facts the assembler found, so no reader drops them", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [heading(1, "Guide"), code("curl https://api.example.com/me -u <email>:<password>")];
    const page = docPageOf(assemblePage(blocks, COMMON_ROLES, "g.md", diagnostics), "g.md", "any", diagnostics, {
      title: "From front matter",
    });
    expect(page).toMatchObject({ file: "g.md", dialect: "any", title: "From front matter", operations: [] });
    expect(page.authEvidence?.map((e) => e.text)).toEqual(["-u <email>:<password>"]);
  });
});
