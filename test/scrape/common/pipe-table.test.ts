import { describe, expect, it } from "vitest";
import { readPipeTable, startsPipeTable } from "../../../src/scrape/common/pipe-table.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("readPipeTable", () => {
  it.each([
    ["bare rows", lines("name | type |", "---|---|", "id | integer |", "after"), 3],
    ["piped rows", lines("| name | type |", "|---|---|", "| id | integer |", "after"), 3],
    ["one cell per line", lines("| name |", "type |", "| id |", "integer |", "after"), 4],
  ])("reads %s into the assembler's RawTable, header first", (_layout, input, end) => {
    expect(startsPipeTable(input, 0)).toBe(true);
    const { table, end: after } = readPipeTable(input, 0);
    expect(table.header).toEqual({ cells: ["name", "type"], line: 1 });
    expect(table.rows.map((r) => r.cells)).toEqual([["id", "integer"]]);
    expect(table.line).toBe(1);
    expect(after).toBe(end);
  });
  it("keeps an escaped pipe in a cell and leaves short rows as they are", () => {
    const { table } = readPipeTable(lines("| name | description |", "| a | x \\| y |", "| b |"), 0);
    expect(table.rows.map((r) => r.cells)).toEqual([["a", "x | y"], ["b"]]);
  });
  it("does not start a table at prose or a separator", () => {
    expect(startsPipeTable(lines("just words"), 0)).toBe(false);
    expect(startsPipeTable(lines("---|---|"), 0)).toBe(false);
  });
});
