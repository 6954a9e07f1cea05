import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { boundFieldDepth } from "../common/field-depth.js";
import { normaliseLineEnds } from "../common/text.js";
import { openapiToMdBlocks } from "./blocks.js";
import { OPENAPI_TO_MD_ROLES } from "./roles.js";

/**
 * Markdown written by openapi-to-md: one page for the whole API, schemas as TypeScript-like type
 * blocks. It carries no spec (the generator's own references section is read as part of the page).
 */

export const OPENAPI_TO_MD_DIALECT = "openapi-to-md";

/** Its fixed skeleton: the version line, then the path table's header. */
function detect(text: string): boolean {
  const head = text.slice(0, 256 * 1024);
  return (
    /^> Version \S/m.test(head) &&
    /^## Path Table\s*$/m.test(head) &&
    /^\| Method \| Path \| Description \|\s*$/m.test(head)
  );
}

export function readOpenapiToMd(text: string, file: string): DocPage {
  const source = normaliseLineEnds(text);
  const diagnostics: Diagnostic[] = [];
  const blocks = openapiToMdBlocks(source, file, diagnostics);
  const assembled = assemblePage(blocks, OPENAPI_TO_MD_ROLES, file, diagnostics);
  if (assembled.operations.length === 0 && /^### \[[A-Za-z]+\]\//m.test(source)) {
    throw DocsInputError.at(
      { file, line: 1 },
      "an openapi-to-md page whose operations could not be read (see the diagnostics)",
      "no-operations",
    );
  }
  return boundFieldDepth(docPageOf(assembled, file, OPENAPI_TO_MD_DIALECT, diagnostics));
}

export const openapiToMdReader: DocsReader = {
  dialect: OPENAPI_TO_MD_DIALECT,
  detect: (text) => detect(text),
  read: readOpenapiToMd,
};
