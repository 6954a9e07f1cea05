/**
 * The real Clients page (7 operations) with one damage each, as the fuzz run found them: before
 * the fix, each lost operations without a word (a stray </div> left 1 of 7, an unclosed list or
 * table or <pre> or a <details> wrapper swallowed the rest) or crashed (deep nesting).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTogglHtml } from "../../../src/scrape/toggl-html/index.js";

const FILE = "spec/sources/toggl-track-v9/html/api-clients.html";
const PAGE = readFileSync(FILE, "utf8");
/** Inserts markup right before the second operation heading (List clients is the first). */
const beforeSecondOperation = (markup: string) => {
  const first = PAGE.search(/<h2[^>]*>GET/);
  const second = first + 1 + PAGE.slice(first + 1).search(/<h2[^>]*>(GET|POST|PUT|DELETE)/);
  return PAGE.slice(0, second) + markup + PAGE.slice(second);
};
const warnings = (page: ReturnType<typeof readTogglHtml>) => page.diagnostics.filter((d) => d.severity !== "info");

describe("the Toggl HTML reader on a damaged real page", () => {
  it("reads all 7 operations of the undamaged page", () => {
    expect(readTogglHtml(PAGE, FILE).operations).toHaveLength(7);
  });

  it.each([
    ["a stray </div> that closes the article early", "</div>", "article-closed-early"],
    ["an unclosed list", "<ul><li>open", "container-holds-headings"],
    ["an unclosed table", "<table><tr><td>open", "container-holds-headings"],
    ["an unclosed <pre>", "<pre>open", "container-holds-headings"],
    ["a <details> wrapper", "<details><summary>more</summary>", "container-holds-headings"],
  ])("%s: every operation is still read, and a warning says what was repaired", (_name, markup, code) => {
    const page = readTogglHtml(beforeSecondOperation(markup), FILE);
    expect(page.operations.map((op) => op.title)).toEqual(readTogglHtml(PAGE, FILE).operations.map((op) => op.title));
    expect(warnings(page).map((d) => d.code)).toContain(code);
  });

  it("an end tag without its `>` that swallows a heading: the heading is named in a warning with its line", () => {
    const damaged = beforeSecondOperation("</div");
    const page = readTogglHtml(damaged, FILE);
    const line = damaged.slice(0, damaged.indexOf("</div<h2")).split("\n").length;
    expect(page.operations).toHaveLength(6);
    const lost = warnings(page).find((d) => d.code === "operation-not-read");
    expect(lost?.source).toEqual({ file: FILE, line });
    expect(lost?.message).toContain("POST Create client");
  });

  it("markup nested 20,000 deep: no stack overflow; past the bound, every operation is named in a warning", () => {
    const page = readTogglHtml(beforeSecondOperation("<div>".repeat(20_000)), FILE);
    expect(warnings(page).map((d) => d.code)).toContain("nesting-too-deep");
    const named = warnings(page)
      .map((d) => d.message)
      .join("\n");
    for (const title of ["Create client", "Load client from ID", "Change client", "Delete client"]) {
      expect(page.operations.some((op) => op.title === title) || named.includes(title)).toBe(true);
    }
  });

  it("markup nested 5,000 deep (within the bound) reads every operation", () => {
    const page = readTogglHtml(beforeSecondOperation("<span>".repeat(5_000)), FILE);
    expect(page.operations).toHaveLength(7);
  });
});
