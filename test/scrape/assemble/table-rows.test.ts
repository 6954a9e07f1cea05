import { describe, expect, it } from "vitest";
import type { RawTable } from "../../../src/scrape/assemble/blocks.js";
import { parseRequired, readTable } from "../../../src/scrape/assemble/table-rows.js";

function raw(header: string[] | undefined, rows: string[][], line = 10): RawTable {
  return { ...(header ? { header: { cells: header, line } } : {}), rows: rows.map((cells) => ({ cells, line })), line };
}

describe("readTable", () => {
  it("maps parameter tables by header name, case-insensitively", () => {
    const read = readTable(
      raw(["name", "type", "required", "description"], [["workspace_id", "integer", "true", "ID"]]),
      "f.html",
    );
    expect(read).toEqual({
      rows: [{ name: "workspace_id", type: "integer", required: "true", description: "ID", line: 10 }],
      hasIn: false,
      diagnostics: [],
    });
    const fields = readTable(raw(["Name", "Type", "Description"], [["id", "integer", "-"]]), "f.html");
    expect(fields.rows).toEqual([{ name: "id", type: "integer", description: "-", line: 10 }]);
  });

  it("follows the header when columns are reordered", () => {
    const read = readTable(
      raw(["Type", "Description", "Field", "Required"], [["string", "Sort", "sort", "false"]]),
      "f.html",
    );
    expect(read.rows[0]).toEqual({ name: "sort", type: "string", required: "false", description: "Sort", line: 10 });
  });

  it("keeps extra columns in the description and reports them once", () => {
    const read = readTable(
      raw(
        ["Name", "Type", "Description", "Default", "Since"],
        [
          ["a", "string", "A", "x", "-"],
          ["b", "string", "", "y", "v9"],
        ],
      ),
      "f.html",
    );
    expect(read.rows.map((r) => r.description)).toEqual(["A. Default: x", "Default: y. Since: v9"]);
    expect(read.diagnostics.map((d) => d.code)).toEqual(["table-extra-column"]);
  });

  it("reads a table without a header by position, with a warning", () => {
    const read = readTable(raw(undefined, [["a", "string", "true", "A"]]), "f.html");
    expect(read.rows[0]).toMatchObject({ name: "a", type: "string", required: "true", description: "A" });
    expect(read.diagnostics[0]).toMatchObject({
      severity: "warning",
      code: "table-header-missing",
      source: { file: "f.html", line: 10 },
    });
  });

  it("falls back to position when the header has no name column", () => {
    const read = readTable(raw(["Key?", "Kind", "Text"], [["a", "string", "A"]]), "f.html");
    expect(read.rows[0]).toMatchObject({ name: "a", type: "string", description: "A" });
    expect(read.diagnostics.map((d) => d.code)).toEqual(["table-name-column-missing"]);
  });

  it("keeps rows with missing or extra cells and nameless rows, reporting each; skips a row with nothing to read", () => {
    const read = readTable(
      raw(["Name", "Type", "Description"], [["a"], ["b", "string", "B", "junk"], ["", "string", "C"], ["", "x"]]),
      "f.html",
    );
    expect(read.rows.map((r) => [r.name, r.type, r.description])).toEqual([
      ["a", "", ""],
      ["b", "string", "B | junk"],
      ["unnamed_field_line_10", "string", "C"],
    ]);
    expect(read.diagnostics.map((d) => d.code)).toEqual([
      "row-missing-cells",
      "row-extra-cells",
      "row-name-missing",
      "row-malformed",
    ]);
  });

  it("reports a table without a type column", () => {
    const read = readTable(raw(["Name", "Description"], [["a", "A"]]), "f.html");
    expect(read.rows[0]).toMatchObject({ name: "a", type: "", description: "A" });
    expect(read.diagnostics.map((d) => d.code)).toEqual(["table-type-column-missing"]);
  });
});

describe("parseRequired", () => {
  it("reads the usual spellings and leaves the rest undecided", () => {
    expect(["true", "True", "yes", "required"].map(parseRequired)).toEqual([true, true, true, true]);
    expect(["false", "no", "optional", "-", ""].map(parseRequired)).toEqual([false, false, false, false, false]);
    expect(parseRequired("sometimes")).toBeUndefined();
  });
});
