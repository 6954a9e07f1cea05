import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage } from "../assemble/page.js";
import { normaliseLineEnds } from "../common/text.js";
import { parseHtml } from "../toggl-html/dom.js";
import { redocBlocks } from "./blocks.js";
import { looksLikeRedoc } from "./detect.js";
import { redocEmbeddedSpec } from "./embedded.js";
import { REDOC_ROLES } from "./roles.js";

/**
 * Redoc pages (`redocly build-docs`, Redoc 2 and 3): the visible operations through the one
 * assembler, and the spec the page embeds (`DocPage.embeddedSpec`), from which the normaliser
 * takes the API exactly (src/normalise/embedded-spec.ts). Redoc 3's HTML shows no operation (the
 * browser draws them), which the page's diagnostics say.
 */
export const REDOC_DIALECT = "redoc";

export function readRedoc(text: string, file: string): DocPage {
  const source = normaliseLineEnds(text);
  const embeddedSpec = redocEmbeddedSpec(source, file);
  const { blocks, emptySections, operationSections } = redocBlocks(parseHtml(source));
  const diagnostics: Diagnostic[] = [];
  const { title, operations } = assemblePage(blocks, REDOC_ROLES, file, diagnostics);
  if (operationSections === 0 && emptySections > 0) {
    diagnostics.push({
      severity: "info",
      code: "operations-drawn-by-script",
      message: `the page's HTML holds ${emptySections} empty section(s) and no operation: Redoc 3 draws them in the browser from the spec it embeds`,
      source: embeddedSpec?.source ?? { file, line: 1 },
    });
  }
  const page: DocPage = { file, dialect: REDOC_DIALECT, title, operations, ...(embeddedSpec ? { embeddedSpec } : {}), diagnostics };
  // Slices of the page text keep the whole text alive; a copy lets it go (as toggl-html does).
  return structuredClone(page);
}

export const redocReader: DocsReader = {
  dialect: REDOC_DIALECT,
  detect: (text) => looksLikeRedoc(text),
  read: readRedoc,
};
