import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import { readPageText } from "../../src/scrape/index.js";

/**
 * Damaged generated pages (cut short, lines lost, lines repeated) give a page or a DocsInputError
 * naming the file, never another exception.
 */
const PAGES = [
  "test/fixtures/generators/docusaurus-openapi-docs/nexmo-application/create-application.api.mdx",
  "test/fixtures/generators/docusaurus-openapi-docs/walmart-item/v-2-do-post-multi-part.api.mdx",
  "test/fixtures/generators/docusaurus-openapi-docs/nexmo-application/create-application.html",
  "test/fixtures/generators/openapi-to-md/mineskin.md",
  "test/fixtures/generators/openapi-to-md/walmart-item.md",
];

function readOrBadInput(text: string, file: string): void {
  try {
    readPageText(text, file);
  } catch (error) {
    if (!(error instanceof DocsInputError)) throw error;
    expect(error.diagnostics.every((d) => d.source.file === file)).toBe(true);
  }
}

describe.each(PAGES)("damaged %s", (file) => {
  const lines = readFileSync(file, "utf8").split("\n");
  it("reads or refuses with a located error", () => {
    fc.assert(
      fc.property(fc.nat(lines.length), fc.nat(lines.length), fc.constantFrom("cut", "drop", "repeat"), (a, b, how) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const damaged =
          how === "cut"
            ? lines.slice(0, from)
            : how === "drop"
              ? [...lines.slice(0, from), ...lines.slice(to)]
              : [...lines.slice(0, to), ...lines.slice(from)];
        readOrBadInput(damaged.join("\n"), path.basename(file));
      }),
      { numRuns: 60 },
    );
  });
});
