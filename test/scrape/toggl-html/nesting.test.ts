import { describe, expect, it } from "vitest";
import { boundNesting } from "../../../src/scrape/toggl-html/nesting.js";

describe("boundNesting", () => {
  it("leaves a page within the bound exactly as it is", () => {
    const page = "<div><ul><li>a<li>b</ul><p>x<p>y<br><img src=x><script>if (a<b) {}</script></div>";
    expect(boundNesting(page, 3)).toEqual({ text: page });
  });

  it("blanks start and end tags beyond the bound, keeping text, headings, offsets and line numbers", () => {
    const page = "<div>\n<div><div>text</div></div>\n<h2>GET x</h2></div>";
    const bounded = boundNesting(page, 1);
    expect(bounded.text).toHaveLength(page.length);
    expect(bounded.text.split("\n").length).toBe(3);
    expect(bounded.text).toBe("<div>\n          text            \n<h2>GET x</h2></div>");
    expect(bounded.exceededAt).toEqual({ line: 2, blanked: 4 });
  });

  it("bounds 200,000 nested elements in one linear scan", () => {
    const page = `${"<div>".repeat(200_000)}x${"</div>".repeat(200_000)}`;
    const bounded = boundNesting(page, 10_000);
    expect(bounded.exceededAt?.blanked).toBe(380_000);
  });
});
