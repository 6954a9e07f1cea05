import * as cheerio from "cheerio";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { codeText, findFirst, inlineText, lineOf, parseHtml } from "../../../src/scrape/common/dom.js";
import { codeBlock, heading } from "../toggl-html/html-page.js";

/** The first <tag> element of the parsed html, the top level included. */
function first(html: string, tag: string): Element {
  for (const node of parseHtml(html).children) {
    if (node.type !== "tag") continue;
    const el = node.name === tag ? node : findFirst(node, (e) => e.name === tag);
    if (el) return el;
  }
  throw new Error(`no ${tag}`);
}

describe("inlineText", () => {
  it("drops the hash-link anchor and its zero-width space", () => {
    expect(inlineText(first(heading(2, "GET List clients"), "h2"))).toBe("GET List clients");
  });

  it("decodes entities, flattens <code> and collapses spaces and line breaks", () => {
    const el = first(
      "<table><tr><td>Use &#x27;active&#x27;\u00a0or <code>archived</code>,<br>\n  else   &lt;all&gt;</td></tr></table>",
      "td",
    );
    expect(inlineText(el)).toBe("Use 'active' or archived, else <all>");
  });

  it("separates block children so their words do not run together", () => {
    expect(inlineText(first("<li><p>one</p><p>two</p></li>", "li"))).toBe("one two");
  });
});

describe("codeText", () => {
  it("joins Prism token lines with line breaks", () => {
    const el = first(codeBlock("curl -X PUT https://x/y \\\n  -d '{\"a\":1}'"), "code");
    expect(codeText(el)).toBe("curl -X PUT https://x/y \\\n  -d '{\"a\":1}'");
  });

  it("reads plain <code> text, turning <br> into line breaks", () => {
    expect(codeText(first("<pre><code>a<br>b\nc</code></pre>", "code"))).toBe("a\nb\nc");
  });

  it("drops the line break that directly follows <pre>, as HTML does", () => {
    expect(codeText(first('<pre>\n{\n  "a": 1\n}</pre>', "pre"))).toBe('{\n  "a": 1\n}');
    expect(codeText(first("<pre>\n\nx</pre>", "pre"))).toBe("\nx");
  });
});

describe("lineOf", () => {
  it("gives the 1-based line the element starts on, or the fallback for a tree parseHtml did not parse", () => {
    expect(lineOf(first("<div>\n\n<p>x</p></div>", "p"), 99)).toBe(3);
    expect(lineOf(first("<p>x</p>", "p"), 99)).toBe(1);
    expect(lineOf(first("\n<div>\n</div>\n<p\nclass=a>x</p>\n", "p"), 99)).toBe(4);
    const $ = cheerio.load("<p>x</p>");
    expect(lineOf($("p").get(0) as Element, 99)).toBe(99);
  });
});
