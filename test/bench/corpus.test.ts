import { describe, expect, it } from "vitest";
import { corpusPages } from "../../bench/corpus.js";
import { readPageText } from "../../src/scrape/index.js";

describe("bench corpus writer", () => {
  it("splits N operations over pages of at most 20", () => {
    const pages = corpusPages(45);
    expect(pages.map((p) => p.operations)).toEqual([20, 20, 5]);
    expect(new Set(pages.map((p) => p.name)).size).toBe(3);
  });

  it("writes the Docusaurus markup of the real pages", () => {
    const [page] = corpusPages(7);
    const html = page!.html;
    expect(html).toContain('class="theme-doc-markdown markdown"');
    expect(
      html.match(/<h2 class="anchor anchorWithStickyNavbar_LWe7" id="[^"]+">(GET|POST|PUT|DELETE) /g),
    ).toHaveLength(7);
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/<h4 [^>]*id="path-1">Path/);
    expect(html).toMatch(/<h5 [^>]*>items/);
  });

  it("is deterministic", () => {
    expect(corpusPages(30).map((p) => p.html)).toEqual(corpusPages(30).map((p) => p.html));
  });

  it("gives the readers exactly N distinct operations", () => {
    const pages = corpusPages(45);
    const ops = pages.flatMap((p) => readPageText(p.html, `bench/${p.name}`).operations);
    expect(ops).toHaveLength(45);
    const keys = new Set(ops.map((o) => `${o.methodEvidence[0]?.method} ${o.url}`));
    expect(keys.size).toBe(45);
  });
});
