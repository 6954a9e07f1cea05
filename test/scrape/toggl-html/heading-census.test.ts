import { describe, expect, it } from "vitest";
import { operationHeadingsInMarkup } from "../../../src/scrape/toggl-html/heading-census.js";

describe("operationHeadingsInMarkup", () => {
  it("finds METHOD Title headings with their lines, tags dropped and entities decoded, even when the markup around them is broken", () => {
    const page = [
      "<h1>Clients</h1>",
      '<h2 id="a">GET List clients<a class="hash-link" href="#a">\u200b</a></h2>',
      "<h3>Parameters</h3>",
      "</div<h2 class=x>POST Sends subscription&#x27;s payload &amp; more</h2>",
      "<h2>Get started</h2>",
    ].join("\n");
    expect(operationHeadingsInMarkup(page)).toEqual([
      { text: "GET List clients", line: 2 },
      { text: "POST Sends subscription's payload & more", line: 4 },
    ]);
  });
});
