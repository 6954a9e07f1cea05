import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { toBlocks } from "../../../src/scrape/toggl-html/blocks.js";
import { parseHtml } from "../../../src/scrape/common/dom.js";
import { codeBlock, curl, FIELD_HEADER, heading, samples, table } from "./html-page.js";

function blocksOf(lines: string[]) {
  const root = parseHtml(`<div class="theme-doc-markdown">\n${lines.join("\n")}\n</div>`);
  return toBlocks(root.children[0] as Element, 1);
}

describe("toBlocks", () => {
  it("turns the article into typed blocks with their lines", () => {
    const blocks = blocksOf([
      "<header><h1>Clients</h1></header>",
      heading(2, "GET List clients", "get-list-clients"),
      codeBlock("https://x/clients"),
      "<p>List clients.</p>",
      samples({ cURL: curl("GET", "https://x/clients"), Go: "http.MethodGet" }),
      "<ul><li>a</li><li>b</li></ul>",
      table(FIELD_HEADER, [["id", "integer", "-"]]),
    ]);
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "Clients", line: 2 },
      { kind: "heading", level: 2, text: "GET List clients", id: "get-list-clients", line: 3 },
      { kind: "code", text: "https://x/clients", line: 4 },
      { kind: "paragraph", text: "List clients.", line: 5 },
      {
        kind: "samples",
        line: 6,
        samples: [
          { label: "cURL", text: curl("GET", "https://x/clients"), line: 6 },
          { label: "Go", text: "http.MethodGet", line: 6 },
        ],
      },
      { kind: "list", items: ["a", "b"], line: 7 },
      {
        kind: "table",
        line: 8,
        table: {
          header: { cells: ["Name", "Type", "Description"], line: 8 },
          rows: [{ cells: ["id", "integer", "-"], line: 8 }],
          line: 8,
        },
      },
    ]);
  });

  it("reads admonitions with their label, looks through wrappers and names unknown elements", () => {
    const blocks = blocksOf([
      '<div class="theme-admonition theme-admonition-note"><div class="admonitionHeading_a">note</div><div class="admonitionContent_b"><p>Be careful.</p></div></div>',
      '<div class="table-wrapper">',
      "<table><tr><th>name</th></tr><tr><td>a</td></tr></table>",
      "</div>",
      "<hr>",
      "<details><summary>x</summary></details>",
    ]);
    expect(blocks).toEqual([
      { kind: "admonition", label: "note", text: "Be careful.", line: 2 },
      {
        kind: "table",
        line: 4,
        table: { header: { cells: ["name"], line: 4 }, rows: [{ cells: ["a"], line: 4 }], line: 4 },
      },
      { kind: "other", tag: "details", line: 7 },
    ]);
  });

  it("reads a table without a header row as rows only", () => {
    const [block] = blocksOf(["<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"]);
    expect(block).toEqual({ kind: "table", line: 2, table: { rows: [{ cells: ["a", "b"], line: 2 }], line: 2 } });
  });
});
