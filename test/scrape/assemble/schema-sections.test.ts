import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import type { Block, RawRow } from "../../../src/scrape/assemble/blocks.js";
import { COMMON_ROLES } from "../../../src/scrape/assemble/heading-words.js";
import { assemblePage } from "../../../src/scrape/assemble/page.js";
import type { DialectRoles } from "../../../src/scrape/assemble/roles.js";
import { expandLinkedRows, findSchemaSections } from "../../../src/scrape/assemble/schema-sections.js";

let line = 0;
const next = () => ++line;
const heading = (level: number, text: string, extra: Partial<Extract<Block, { kind: "heading" }>> = {}): Block => ({
  kind: "heading",
  level,
  text,
  line: next(),
  ...extra,
});
const code = (text: string): Block => ({ kind: "code", text, line: next() });
const paragraph = (text: string): Block => ({ kind: "paragraph", text, line: next() });
const row = (cells: string[], extra: Partial<RawRow> = {}): RawRow => ({ cells, line: next(), ...extra });
const table = (header: string[], rows: RawRow[]): Block => ({
  kind: "table",
  table: { header: { cells: header, line: next() }, rows, line },
  line,
});
const FIELDS = ["Name", "Type", "Required", "Description"];

/** `## Title` operations, `# Schemas` ends them, `Status Code 200` labels a response table. */
const ROLES: DialectRoles = {
  heading: (text, level) =>
    level === 1
      ? text === "Schemas"
        ? { role: "end" }
        : { role: "other" }
      : level === 2
        ? { role: "operation", title: text }
        : COMMON_ROLES.heading(text, level),
  label: (text) =>
    /^Status Code (\d+)$/.exec(text) ? { role: "status", status: /\d+/.exec(text)![0], rest: "" } : undefined,
};

/** A schema section page: Pet (with a recursive parent and an enum), Tag, and a scalar Stamp. */
function schemas(): Block[] {
  return [
    heading(1, "Schemas"),
    heading(2, "Pet", { id: "tocS_Pet", anchors: ["schemapet"] }),
    table(FIELDS, [
      row(["name", "string", "true", ""]),
      row(["status", "string", "false", ""]),
      row(["tags", "[Tag]", "false", ""], { links: [undefined, "schematag"] }),
      row(["parent", "Pet", "false", ""], { links: [undefined, "schemapet"] }),
      row(["born", "Stamp", "false", ""], { links: [undefined, "schemastamp"] }),
    ]),
    heading(4, "Enumerated Values"),
    table(["Property", "Value"], [row(["status", "sold"]), row(["status", "free"])]),
    heading(2, "Tag", { id: "tocS_Tag", anchors: ["schematag"] }),
    table(FIELDS, [row(["label", "string", "false", ""])]),
    heading(2, "Stamp", { id: "tocS_Stamp", anchors: ["schemastamp"] }),
    table(FIELDS, [row(["", "string(date-time)", "false", ""], { whole: true })]),
  ];
}

describe("schema sections", () => {
  it("finds the sections links point at, by heading id or anchor", () => {
    const sections = findSchemaSections(schemas());
    expect([...sections.keys()].sort()).toEqual(["schemapet", "schemastamp", "schematag"]);
    expect(sections.get("schemapet")?.rows.map((r) => r.cells[0])).toEqual([
      "name",
      "status",
      "tags",
      "parent",
      "born",
    ]);
  });

  it("nests a linked schema's rows under the linking row, stops at recursion, takes a scalar schema's type", () => {
    const blocks = schemas();
    const sections = findSchemaSections(blocks);
    const expanded = expandLinkedRows(
      {
        header: { cells: ["Name", "In", "Type", "Required", "Description"], line: 1 },
        rows: [row(["body", "body", "Pet", "true", ""], { links: [undefined, undefined, "schemapet"] })],
        line: 1,
      },
      sections,
    );
    expect(expanded.rows.map((r) => `${"»".repeat(r.depth ?? 0)}${r.cells.slice(0, 3).join("|")}`)).toEqual([
      "body|body|Pet",
      "»name|body|string",
      "»status|body|string",
      "»tags|body|[Tag]",
      "»»label|body|string",
      // Pet inside Pet: the page's recursion, not expanded again (the score's walk stops there too).
      "»parent|body|Pet",
      "»born|body|string(date-time)",
    ]);
  });

  it("drops an array row's one child that names the items, and lifts the items' rows", () => {
    const sections = findSchemaSections(schemas());
    const expanded = expandLinkedRows(
      {
        header: { cells: FIELDS, line: 1 },
        rows: [
          row(["tags", "[Tag]", "false", ""], { links: [undefined, "schematag"] }),
          row(["Tag", "Tag", "false", ""], { depth: 1, links: [undefined, "schematag"] }),
          row(["label", "string", "false", ""], { depth: 2 }),
        ],
        line: 1,
      },
      sections,
    );
    expect(expanded.rows.map((r) => `${"»".repeat(r.depth ?? 0)}${r.cells[0]}`)).toEqual(["tags", "»label"]);
  });

  it("reads the parts of a combined schema (allOf … and …) as one table", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [
      heading(2, "Get a dog"),
      code("GET /dog"),
      heading(3, "Responses"),
      table(["Status", "Meaning", "Description", "Schema"], [row(["200", "OK", "A dog", "Inline"])]),
      heading(3, "Response Schema"),
      paragraph("Status Code 200"),
      paragraph("allOf"),
      table(FIELDS, [
        row(["", "object", "false", ""], { whole: true }),
        row(["name", "string", "true", ""], { depth: 1 }),
      ]),
      paragraph("and"),
      table(FIELDS, [
        row(["", "object", "false", ""], { whole: true }),
        row(["barks", "boolean", "false", ""], { depth: 1 }),
      ]),
    ];
    const [op] = assemblePage(blocks, ROLES, "p.md", diagnostics).operations;
    expect(op?.responses[0]?.fields?.map((f) => f.name)).toEqual(["name", "barks"]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("reads a status table whose schema cell links to a section, and a labelled response table, with values tables", () => {
    const diagnostics: Diagnostic[] = [];
    const blocks = [
      heading(2, "Get a pet"),
      code("GET /pets/{id}"),
      heading(3, "Responses"),
      table(
        ["Status", "Meaning", "Description", "Schema"],
        [
          row(["200", "OK", "The pet", "Pet"], { links: [undefined, undefined, undefined, "schemapet"] }),
          row(["404", "Not Found", "No such pet", "None"]),
        ],
      ),
      table(["Status", "Header", "Type", "Format", "Description"], [row(["200", "X-Rate", "integer", "", ""])]),
      heading(2, "List kinds"),
      code("GET /kinds"),
      heading(3, "Responses"),
      table(["Status", "Meaning", "Description", "Schema"], [row(["200", "OK", "Kinds", "Inline"])]),
      heading(3, "Response Schema"),
      paragraph("Status Code 200"),
      table(FIELDS, [row(["kind", "string", "true", ""], { depth: 1 })]),
      heading(4, "Enumerated Values"),
      table(["Property", "Value"], [row(["kind", "cat"]), row(["kind", "dog"])]),
      ...schemas(),
    ];
    const page = assemblePage(blocks, ROLES, "p.md", diagnostics);
    expect(page.operations.map((o) => o.title)).toEqual(["Get a pet", "List kinds"]);
    const [get, list] = page.operations;
    expect(get?.responses.map((r) => [r.status, r.description, r.fields?.map((f) => f.name)])).toEqual([
      ["200", "The pet", ["name", "status", "tags", "parent", "born"]],
      ["404", "No such pet", undefined],
    ]);
    expect(get?.responses[0]?.fields?.find((f) => f.name === "status")?.enum).toEqual(["sold", "free"]);
    expect(get?.responses[0]?.fields?.find((f) => f.name === "born")?.type).toBe("string(date-time)");
    expect(list?.responses[0]?.fields?.map((f) => [f.name, f.required, f.enum])).toEqual([
      ["kind", true, ["cat", "dog"]],
    ]);
    // The response-headers table is not a status table: not read, and said so.
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(["table-unplaced"]);
  });
});
