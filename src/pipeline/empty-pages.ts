import { DocsInputError } from "../model/errors.js";
import type { Diagnostic, DocPage } from "../model/types.js";

/**
 * A page a reader recognised but in which it found no operation is, as an operation source, far
 * more often a page the reader misread (a site it does not really know) than a page with nothing
 * to say, so it is an error naming the page and the reader unless the caller accepts empty pages
 * (`--allow-empty`; getting-started pages listed as `context` are read for API-wide facts and are
 * never held to this). Every such page is named at once.
 */
export function checkPagesHaveOperations(pages: readonly DocPage[]): void {
  const problems: Diagnostic[] = pages
    .filter((page) => page.operations.length === 0 && !hasEmbeddedOperations(page))
    .map((page) => ({
      severity: "error",
      code: "no-operations",
      message:
        `the ${page.dialect} reader recognised this page but found no operation in it ` +
        "(pass --allow-empty to accept pages without operations, or list a getting-started page under `context`)",
      source: { file: page.file, line: 1 },
    }));
  if (problems.length > 0) throw new DocsInputError(problems);
}

function hasEmbeddedOperations(page: DocPage): boolean {
  const paths = page.embeddedSpec?.document["paths"];
  return typeof paths === "object" && paths !== null && Object.keys(paths).length > 0;
}
