import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import { pickReader, readPageText } from "../../../src/scrape/index.js";

const DIR = path.resolve(import.meta.dirname, "../../fixtures/generators");
const read = (file: string) => readFileSync(path.join(DIR, file), "utf8");

describe("widdershins pages are recognised by content", () => {
  it.each([
    ["widdershins/connect.md", "widdershins-markdown"],
    ["widdershins/geneea.com.omit-header.md", "widdershins-markdown"],
    ["widdershins-html/events.html", "widdershins-html"],
    ["shins/events.slate.html", "widdershins-html"],
  ])("%s → %s", (file, dialect) => {
    expect(pickReader(read(file), file).dialect).toBe(dialect);
  });

  it("recognises the Markdown by its shape when the generator comment was stripped", () => {
    const text = read("widdershins/connect.md").replace(/<!-- Generator: Widdershins v4\.0\.1 -->/, "");
    expect(pickReader(text, "page.md").dialect).toBe("widdershins-markdown");
  });

  it("refuses the copied text of a Slate page with a clear error at its status table, not one bogus GET /", () => {
    const file = "shins/events.slate.txt";
    let error: unknown;
    try {
      readPageText(read(file), file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocsInputError);
    const [diagnostic] = (error as DocsInputError).diagnostics;
    expect(diagnostic?.code).toBe("slate-text-capture");
    expect(diagnostic?.source.line).toBe(71);
    expect(diagnostic?.message).toMatch(/copied text of a Slate page.*save the page as HTML/);
  });

  it("says a widdershins page without one readable operation is an error", () => {
    const text = '<!-- Generator: Widdershins v4.0.1 -->\n\n<h1 id="x">X</h1>\n\nJust prose.\n';
    expect(() => readPageText(text, "empty.md")).toThrow(
      /empty\.md:1: a widdershins page \(widdershins-markdown\) with no readable operation/,
    );
  });
});
