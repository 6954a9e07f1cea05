import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/scrape/assemble/blocks.js";
import { lexTogglText } from "../../../src/scrape/toggl-text/blocks.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

/** A block as "kind level text" (or "kind text"), enough to see the page's shape. */
function shape(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `h${block.level} ${block.text}${block.id ? ` #${block.id}` : ""}`;
    case "paragraph":
    case "code":
      return `${block.kind} ${block.text}`;
    case "list":
      return `list ${block.items.join(" / ")}`;
    case "samples":
      return `samples ${block.samples.map((s) => `${s.label}@${s.line}`).join(" ")}`;
    case "table":
      return `table ${block.table.header?.cells.join("|")} ×${block.table.rows.length}`;
    default:
      return block.kind;
  }
}

describe("lexTogglText", () => {
  it("gives each line kind its block and heading level", () => {
    const { blocks, preamble } = lexTogglText(
      lines(
        "Tags",
        "GET List tags",
        "https://api.example.com/tags",
        "List tags.",
        "Note: archived tags too.",
        "- cURL",
        "- Go",
        "curl https://api.example.com/tags \\",
        "-u <email>:<password>",
        "req, err := http.NewRequest(http.MethodGet,",
        '"https://api.example.com/tags")',
        "Parameters",
        "Query",
        "name | type | required | description |",
        "---|---|---|---|",
        "page | integer | false | Page |",
        "Response",
        "200",
        "Name | Type | Description |",
        "---|---|---|",
        "items | Array of object | - |",
        "items",
        "| Name | Type | Description |",
        "| id | integer | Tag ID |",
        "400",
        "Possible error messages:",
        "- Bad page",
        "- Bad name",
        "GET List tags",
      ),
    );
    expect(preamble.map((l) => l.text)).toEqual(["Tags"]);
    expect(blocks.map(shape)).toEqual([
      "h2 GET List tags #get-list-tags",
      "code https://api.example.com/tags",
      "paragraph List tags.\nNote: archived tags too.",
      "samples cURL@8 Go@10",
      "h3 Parameters",
      "h4 Query",
      "table name|type|required|description ×1",
      "h3 Response",
      "h4 200",
      "table Name|Type|Description ×1",
      "h5 items",
      "table Name|Type|Description ×1",
      "h4 400",
      "paragraph Possible error messages:",
      "list Bad page / Bad name",
      "h2 GET List tags #get-list-tags-1",
    ]);
  });
  it("starts a heading-less operation at a bare URL line before any operation or after the samples, not inside them", () => {
    const { blocks } = lexTogglText(
      lines(
        "https://api.example.com/a",
        "Update a.",
        "- cURL",
        "curl -X PUT https://api.example.com/a",
        "https://api.example.com/inside-samples",
        "Response",
        "200",
        "https://api.example.com/b",
        "Delete b.",
      ),
    );
    expect(blocks.map(shape)).toEqual([
      "h2 ",
      "code https://api.example.com/a",
      "paragraph Update a.",
      "samples cURL@4",
      "h3 Response",
      "h4 200",
      "h2 ",
      "code https://api.example.com/b",
      "paragraph Delete b.",
    ]);
    const samples = blocks.find((b) => b.kind === "samples");
    expect(samples?.kind === "samples" && samples.samples[0]?.text).toBe(
      "curl -X PUT https://api.example.com/a\nhttps://api.example.com/inside-samples",
    );
  });
  it("keeps Path/Query/Body and field-name lines that head no table as paragraphs, and a status line in the description as prose", () => {
    const { blocks } = lexTogglText(
      lines(
        "POST Create tag",
        "https://api.example.com/tags",
        "200",
        "Parameters",
        "Body",
        "items",
        "Response",
        "201",
        "Created.",
      ),
    );
    expect(blocks.map(shape)).toEqual([
      "h2 POST Create tag #post-create-tag",
      "code https://api.example.com/tags",
      "paragraph 200",
      "h3 Parameters",
      "paragraph Body",
      "paragraph items",
      "h3 Response",
      "h4 201",
      "paragraph Created.",
    ]);
  });
});
