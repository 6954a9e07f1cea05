import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { boundFieldDepth } from "../common/field-depth.js";
import { markdownBlocks } from "../common/markdown-blocks.js";
import { collectModels } from "./models.js";
import { OPERATION_ANCHOR, scalarMarkdownRoles } from "./roles.js";

/**
 * Markdown written by Scalar's `@scalar/openapi-to-markdown` (what Scalar serves as `llms.txt`):
 * the Markdown lexer's blocks, the page's Schemas section as models, and Scalar's roles, read by
 * the one assembler. A page where no operation could be read comes back empty, with the
 * assembler's diagnostics saying why; the pipeline refuses it unless `--allow-empty`.
 */

export const SCALAR_MARKDOWN_DIALECT = "scalar-markdown";

/** An operation anchor and the method line Scalar writes under every operation heading (a no-break space after the label). */
function detect(text: string): boolean {
  return text.includes(`<a id="${OPERATION_ANCHOR}`) && /^- \*\*Method:\*\*[ \u00A0]`[A-Z]+`$/m.test(text);
}

export function readScalarMarkdown(text: string, file: string): DocPage {
  const blocks = markdownBlocks(text);
  const diagnostics: Diagnostic[] = [];
  const models = collectModels(blocks, file);
  const assembled = assemblePage(blocks, scalarMarkdownRoles(models), file, diagnostics);
  return boundFieldDepth(docPageOf(assembled, file, SCALAR_MARKDOWN_DIALECT, diagnostics));
}

export const scalarMarkdownReader: DocsReader = {
  dialect: SCALAR_MARKDOWN_DIALECT,
  detect: (text) => detect(text),
  read: readScalarMarkdown,
};
