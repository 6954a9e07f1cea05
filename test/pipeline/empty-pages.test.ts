import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import type { DocPage } from "../../src/model/types.js";
import { checkPagesHaveOperations } from "../../src/pipeline/empty-pages.js";
import { operation, page } from "../normalise/model-builders.js";

describe("checkPagesHaveOperations", () => {
  it("names every page a reader recognised but read no operation from, with its reader", () => {
    const pages: DocPage[] = [
      page([], { file: "a.html", dialect: "redoc" }),
      page([operation("get", "/x", "Get x")], { file: "b.html" }),
      page([], { file: "c.md", dialect: "widdershins" }),
    ];
    let error: unknown;
    try {
      checkPagesHaveOperations(pages);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocsInputError);
    expect((error as DocsInputError).diagnostics.map((d) => [d.source.file, d.source.line, d.code])).toEqual([
      ["a.html", 1, "no-operations"],
      ["c.md", 1, "no-operations"],
    ]);
    expect((error as DocsInputError).message).toMatch(
      /^a\.html:1: the redoc reader recognised this page but found no operation/,
    );
  });

  it("accepts a page whose operations come from the spec it embeds", () => {
    const embedded = page([], {
      embeddedSpec: { document: { paths: { "/x": {} } }, generator: "redoc", source: { file: "a.html", line: 3 } },
    });
    expect(() => checkPagesHaveOperations([embedded])).not.toThrow();
    const empty = page([], {
      embeddedSpec: { document: { paths: {} }, generator: "redoc", source: { file: "a.html", line: 3 } },
    });
    expect(() => checkPagesHaveOperations([empty])).toThrow(DocsInputError);
  });
});
