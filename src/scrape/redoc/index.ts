import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { normaliseLineEnds } from "../common/text.js";
import { parseHtml } from "../common/dom.js";
import { redocBlocks } from "./blocks.js";
import { looksLikeRedoc } from "./detect.js";
import { redocEmbeddedSpec } from "./embedded.js";
import { REDOC_ROLES } from "./roles.js";

/**
 * Redoc pages (`redocly build-docs`, Redoc 2 and 3): the visible operations through the one
 * assembler, and the spec the page embeds (`DocPage.embeddedSpec`), from which the normaliser
 * takes the API exactly (src/normalise/embedded-spec.ts). Redoc 3's HTML shows no operation (the
 * browser draws them): its page has none, and the normaliser says every operation came from the spec.
 */
export const REDOC_DIALECT = "redoc";

export function readRedoc(text: string, file: string): DocPage {
  const source = normaliseLineEnds(text);
  const embeddedSpec = redocEmbeddedSpec(source, file);
  const { blocks, mapValues } = redocBlocks(parseHtml(source));
  const diagnostics: Diagnostic[] = mapValues.map(({ line }) => ({
    severity: "info",
    code: "map-value-not-read",
    message:
      'a map\'s value schema ("property name*", additional properties) is not read as fields: the field above it stays an object with any keys',
    source: { file, line },
  }));
  const assembled = assemblePage(blocks, REDOC_ROLES, file, diagnostics);
  const page = docPageOf(assembled, file, REDOC_DIALECT, diagnostics, embeddedSpec ? { embeddedSpec } : {});
  // Slices of the page text keep the whole text alive; a copy lets it go (as toggl-html does).
  return structuredClone(page);
}

export const redocReader: DocsReader = {
  dialect: REDOC_DIALECT,
  detect: (text) => looksLikeRedoc(text),
  read: readRedoc,
};
