import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTogglHtml } from "../../../src/scrape/toggl-html/index.js";

const overview = "spec/sources/toggl-track-v9/html/overview.html";

describe("response headers defined on getting-started pages", () => {
  it("reads the quota headers of the overview page with their lines", () => {
    const text = readFileSync(overview, "utf8");
    const page = readTogglHtml(text, overview);
    expect(page.operations).toEqual([]);
    expect(page.responseHeaders?.map((h) => [h.name, h.description])).toEqual([
      ["X-Toggl-Quota-Remaining", "how many requests you have left in the current window."],
      ["X-Toggl-Quota-Resets-In", "how many seconds until the current window resets."],
    ]);
    const lines = text.split("\n");
    for (const h of page.responseHeaders!) expect(lines[h.source.line - 1]).toContain(h.name);
  });

  it("reads the bold pagination headers of the Reports overview page", () => {
    const file = "spec/sources/toggl-reports-v3/html/overview.html";
    const page = readTogglHtml(readFileSync(file, "utf8"), file);
    expect(page.responseHeaders?.map((h) => [h.name, h.description])).toEqual([
      ["X-Next-ID", "ID of the next time entry."],
      ["X-Next-Row-Number", "Row number of the next time entry."],
    ]);
  });

  it("ignores prose that only mentions a header, and code that is not a header name", () => {
    const html = `<html><body><div class="theme-doc-markdown markdown"><h1>Overview</h1><ul>
<li>Set <code>Content-Type</code>: application/json</li>
<li><code>curl</code>: a tool</li>
<li><code>X-Rate-Limit</code> is sent sometimes</li>
<li><code>X-Request-Id</code>: identifies the request.</li>
</ul></div></body></html>`;
    expect(readTogglHtml(html, "p.html").responseHeaders?.map((h) => h.name)).toEqual(["X-Request-Id"]);
  });
});
