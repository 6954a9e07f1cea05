import { describe, expect, it } from "vitest";
import type { Diagnostic, DocField } from "../../../src/model/types.js";
import {
  attachNestedTable,
  fieldFromRow,
  newTableGroup,
  parameterFromRow,
} from "../../../src/scrape/assemble/fields.js";

const f = (name: string, type = "object"): DocField => ({
  name,
  type,
  description: "",
  source: { file: "f", line: 1 },
});

describe("parameterFromRow", () => {
  it("reads the required cell and reports a missing column, path parameters being required", () => {
    const diagnostics: Diagnostic[] = [];
    expect(
      parameterFromRow(
        { name: "page", type: "integer", required: "false", description: "Page", line: 3 },
        "query",
        "f",
        diagnostics,
      ),
    ).toEqual({
      name: "page",
      in: "query",
      type: "integer",
      required: false,
      description: "Page",
      source: { file: "f", line: 3 },
    });
    expect(
      parameterFromRow({ name: "id", type: "integer", description: "", line: 4 }, "path", "f", diagnostics).required,
    ).toBe(true);
    expect(
      parameterFromRow(
        { name: "q", type: "string", required: "maybe", description: "", line: 5 },
        "query",
        "f",
        diagnostics,
      ).required,
    ).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["required-column-missing", 4],
      ["required-value-unknown", 5],
    ]);
  });
});

describe("fieldFromRow", () => {
  it("sets required only when the table has the column", () => {
    const diagnostics: Diagnostic[] = [];
    expect(fieldFromRow({ name: "a", type: "string", description: "", line: 1 }, "f", diagnostics)).not.toHaveProperty(
      "required",
    );
    expect(
      fieldFromRow({ name: "a", type: "string", required: "true", description: "", line: 1 }, "f", diagnostics)
        .required,
    ).toBe(true);
    expect(diagnostics).toEqual([]);
  });
});

describe("attachNestedTable", () => {
  it("attaches to the nearest table with the field and lets the new table take further nesting", () => {
    const root = [f("items", "Array of object"), f("owner")];
    const group = newTableGroup(root, 4);
    const diagnostics: Diagnostic[] = [];
    const items = [f("owner"), f("id", "integer")];
    expect(attachNestedTable(group, { name: "items", level: 5, line: 7 }, items, "f", diagnostics)).toBe(true);
    const nestedOwner = [f("user_id", "integer")];
    attachNestedTable(group, { name: "owner", level: 5, line: 9 }, nestedOwner, "f", diagnostics);
    expect(root[0]?.children?.[0]?.children).toBe(nestedOwner);
    // The next "owner" goes to the one still without children: the root's.
    attachNestedTable(group, { name: "owner", level: 5, line: 11 }, [f("org_id", "integer")], "f", diagnostics);
    expect(root[1]?.children?.map((c) => c.name)).toEqual(["org_id"]);
    expect(diagnostics).toEqual([]);
  });

  it("skips tables introduced by a deeper heading than the title", () => {
    const root = [f("a"), f("b")];
    const group = newTableGroup(root, 4);
    attachNestedTable(group, { name: "a", level: 5, line: 1 }, [f("c")], "f", []);
    attachNestedTable(group, { name: "c", level: 6, line: 2 }, [f("b")], "f", []);
    attachNestedTable(group, { name: "b", level: 5, line: 3 }, [f("x")], "f", []);
    expect(root[1]?.children?.map((c) => c.name)).toEqual(["x"]);
  });

  it("extends a field that already has children and reports orphans", () => {
    const root = [f("a")];
    const group = newTableGroup(root, 4);
    const diagnostics: Diagnostic[] = [];
    attachNestedTable(group, { name: "a", level: 5, line: 1 }, [f("x")], "f", diagnostics);
    attachNestedTable(group, { name: "a", level: 5, line: 2 }, [f("y")], "f", diagnostics);
    expect(attachNestedTable(group, { name: "zzz", level: 5, line: 3 }, [f("z")], "f", diagnostics)).toBe(false);
    expect(root[0]?.children?.map((c) => c.name)).toEqual(["x", "y"]);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["nested-table-repeated", 2],
      ["nested-table-orphan", 3],
    ]);
  });
});
