import { describe, expect, it } from "vitest";
import { readTypeBlock } from "../../../src/scrape/assemble/type-blocks.js";

const cells = (block: ReturnType<typeof readTypeBlock>) => block.rows.map((r) => [...r.cells, r.depth ?? 0, r.line]);

describe("readTypeBlock (TypeScript-like schema blocks → field rows)", () => {
  it("reads members with required from `?`, nesting by braces, `}[]` arrays, comments and defaults (openapi-to-md, mineskin.md)", () => {
    const block = readTypeBlock(
      [
        "{",
        "  account?: integer",
        "  data: {",
        "    texture: {",
        "      signature?: string",
        "    }",
        "    uuid?: string",
        "  }",
        "  // Skin variant - automatically determined",
        "  variant?: enum[classic, slim]",
        "  model?: enum[steve, slim] //default: steve",
        "  items: {",
        "    id: integer",
        "  }[]",
        "}",
      ].join("\n"),
      10,
    );
    expect(cells(block)).toEqual([
      ["account", "integer", "optional", "", 0, 11],
      ["data", "object", "required", "", 0, 12],
      ["texture", "object", "required", "", 1, 13],
      ["signature", "string", "optional", "", 2, 14],
      ["uuid", "string", "optional", "", 1, 16],
      ["variant", "enum[classic, slim]", "optional", "Skin variant - automatically determined", 0, 19],
      ["model", "enum[steve, slim]", "optional", "Default: `steve`", 0, 20],
      ["items", "object[]", "required", "", 0, 21],
      ["id", "integer", "required", "", 1, 22],
    ]);
    expect(block).toMatchObject({ refs: [], rootIsArray: false, unread: [] });
  });

  it("a block of one parameter line (no braces) is one top-level row", () => {
    expect(cells(readTypeBlock("WM_SVC.NAME: string //default: Walmart Marketplace", 5))).toEqual([
      ["WM_SVC.NAME", "string", "required", "Default: `Walmart Marketplace`", 0, 5],
    ]);
  });

  it("an outermost `{ … }[]` says the rows are the items of an array", () => {
    expect(readTypeBlock("{\n  id: integer\n}[]", 1)).toMatchObject({
      rootIsArray: true,
      rows: [{ cells: ["id", "integer", "required", ""] }],
    });
  });

  it("a block made only of references returns them for the page to follow", () => {
    expect(
      readTypeBlock("// Common cursor properties\nundefined?:  & #/components/schemas/CursorCollection", 1).refs,
    ).toEqual(["#/components/schemas/CursorCollection"]);
    expect(readTypeBlock("undefined?: #/components/schemas/Cursor | #/components/schemas/ResetCursor", 1).refs).toEqual(
      ["#/components/schemas/Cursor", "#/components/schemas/ResetCursor"],
    );
  });

  it("a bare type is a scalar value, not a member; a line that is neither is returned as unread", () => {
    expect(readTypeBlock("string", 1)).toMatchObject({ rootType: "string", rows: [], unread: [] });
    expect(readTypeBlock("{\n  id: integer\n  ??? what\n}", 1).unread).toEqual([{ text: "??? what", line: 3 }]);
  });
});
