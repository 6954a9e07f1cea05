import { describe, expect, it } from "vitest";
import type { Block, ListItem } from "../../../src/scrape/assemble/blocks.js";
import { inlineText, markdownBlocks } from "../../../src/scrape/common/markdown-blocks.js";

function tree(block: Block | undefined): ListItem[] {
  if (block?.kind !== "list") throw new Error(`expected a list, got ${block?.kind}`);
  return block.tree ?? [];
}

describe("markdownBlocks", () => {
  it("gives headings their level, text and the id of an anchor line right above them, each with its line", () => {
    const blocks = markdownBlocks(
      '# API\n\n<a id="scalar-operation-get-x"></a>\n\n### Get **x** ###\n\ntext\nmore text\n',
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "API", line: 1 },
      { kind: "heading", level: 3, text: "Get x", id: "scalar-operation-get-x", line: 5 },
      { kind: "paragraph", text: "text more text", line: 7 },
    ]);
  });

  it("keeps an anchor no heading follows as an element of its own (not silently dropped)", () => {
    expect(markdownBlocks('<a id="scalar-example-1"></a>\n\n**Example:**\n')).toEqual([
      { kind: "other", tag: "a", line: 1 },
      { kind: "paragraph", text: "Example:", line: 3 },
    ]);
  });

  it("reads fenced code with its language, up to the closing fence, and an unclosed fence to the end", () => {
    expect(markdownBlocks('```json\n{\n  "a": 1\n}\n```\nafter\n')).toEqual([
      { kind: "code", text: '{\n  "a": 1\n}', language: "json", line: 1 },
      { kind: "paragraph", text: "after", line: 6 },
    ]);
    expect(markdownBlocks("~~~\nnever closed\n")).toEqual([{ kind: "code", text: "never closed", line: 1 }]);
  });

  it("nests list items by indentation, an item's paragraphs become its text lines, its lists its children", () => {
    const md = [
      "- **`id` (required)**: `string`, format: `uuid`",
      "",
      "  The item's id.",
      "- **`vault`**: `object`",
      "  - **`id`**: `string`",
      "    - **`deep`**: `integer`",
      "- **`urls`**: `array`",
      "",
      "  **Items:**",
      "  - **`href`**: [Link](#scalar-schema-link)",
    ].join("\n");
    const blocks = markdownBlocks(md);
    expect(blocks).toHaveLength(1);
    const items = tree(blocks[0]);
    expect(items.map((i) => [i.text, i.line, i.lead])).toEqual([
      ["id (required): string, format: uuid\nThe item's id.", 1, "id (required)"],
      ["vault: object", 4, "vault"],
      ["urls: array\nItems:", 7, "urls"],
    ]);
    expect(items[1]!.children!.map((c) => [c.text, c.line])).toEqual([["id: string", 5]]);
    expect(items[1]!.children![0]!.children!.map((c) => [c.text, c.line])).toEqual([["deep: integer", 6]]);
    expect(items[2]!.children).toEqual([
      { text: "href: Link", line: 10, lead: "href", links: [{ text: "Link", target: "scalar-schema-link" }] },
    ]);
  });

  it("ends a list at a line back at a lower indentation that starts no item", () => {
    const blocks = markdownBlocks("- a\n- b\nparagraph after\n");
    expect(blocks.map((b) => b.kind)).toEqual(["list", "paragraph"]);
    expect(tree(blocks[0]).map((i) => i.text)).toEqual(["a", "b"]);
  });

  it("reads a GFM pipe table (header and separator) with cleaned cells", () => {
    const blocks = markdownBlocks("| Name | Type |\n|---|---|\n| `id` | **string** |\n");
    expect(blocks).toEqual([
      {
        kind: "table",
        table: { header: { cells: ["Name", "Type"], line: 1 }, rows: [{ cells: ["id", "string"], line: 3 }], line: 1 },
        line: 1,
      },
    ]);
  });

  it("keeps in-page links of a paragraph", () => {
    expect(markdownBlocks("array of [Vault](#scalar-schema-vault) and [elsewhere](https://x.test)\n")).toEqual([
      {
        kind: "paragraph",
        text: "array of Vault and elsewhere",
        links: [{ text: "Vault", target: "scalar-schema-vault" }],
        line: 1,
      },
    ]);
  });

  it("does not recurse without bound on deeply nested lists", () => {
    const depth = 200;
    const md = Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    let items = tree(markdownBlocks(md)[0]);
    let seen = 0;
    while (items.length) {
      seen++;
      items = items[0]!.children ?? [];
    }
    expect(seen).toBeLessThan(depth);
    expect(seen).toBeGreaterThan(10);
  });
});

describe("inlineText", () => {
  it.each([
    ["**`archived_at` (required)**: `string | null`", "archived_at (required): string | null"],
    ["a `code *not emphasis*` span", "a code *not emphasis* span"],
    ["[Config](#scalar-schema-config)", "Config"],
    ["![logo](x.png) text", "logo text"],
    ["<https://example.com>", "https://example.com"],
    ["e.g. \\`baskets\\`, \\*literal\\*", "e.g. `baskets`, *literal*"],
    ["Policy-Min-TLS-1-0-2019-07:&#x20;", "Policy-Min-TLS-1-0-2019-07:"],
    ["Tom &amp; Jerry &lt;3", "Tom & Jerry <3"],
    ["snake_case_name and _emphasis_", "snake_case_name and emphasis"],
    ["a <span>tag</span>", "a tag"],
  ])("%s → %s", (markdown, text) => {
    expect(inlineText(markdown)).toBe(text);
  });
});
