import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import type { Block } from "../assemble/blocks.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { isSlateTextCapture, isWiddershinsHtml, isWiddershinsMarkdown } from "./detect.js";
import { lexWiddershinsHtml } from "./html-blocks.js";
import { lexWiddershinsMarkdown } from "./markdown-blocks.js";
import { WIDDERSHINS_ROLES } from "./roles.js";

/**
 * Pages written by widdershins (OpenAPI → Slate Markdown): the Markdown itself, and that Markdown
 * rendered to HTML (a plain markdown-it page, or Shins' Slate page). Two lexers, one roles table,
 * the common assembler.
 */

function pageOf(file: string, dialect: string, lexedTitle: string | undefined, blocks: Block[]): DocPage {
  const diagnostics: Diagnostic[] = [];
  const assembled = assemblePage(blocks, WIDDERSHINS_ROLES, file, diagnostics);
  if (assembled.operations.length === 0) {
    const skipped = diagnostics.filter((d) => d.code === "operation-skipped").length;
    throw DocsInputError.at(
      { file, line: 1 },
      `a widdershins page (${dialect}) with no readable operation${skipped > 0 ? ` (${skipped} skipped: ${diagnostics.find((d) => d.code === "operation-skipped")!.message})` : ""}`,
      "no-operations",
    );
  }
  return docPageOf(assembled, file, dialect, diagnostics, { title: assembled.title || lexedTitle || "" });
}

export const widdershinsMarkdownReader: DocsReader = {
  dialect: "widdershins-markdown",
  detect: (text) => isWiddershinsMarkdown(text),
  read(text, file) {
    const { title, blocks } = lexWiddershinsMarkdown(text);
    return pageOf(file, "widdershins-markdown", title, blocks);
  },
};

export const widdershinsHtmlReader: DocsReader = {
  dialect: "widdershins-html",
  detect: (text) => isWiddershinsHtml(text),
  read(text, file) {
    const { title, blocks } = lexWiddershinsHtml(text);
    return pageOf(file, "widdershins-html", title, blocks);
  },
};

/**
 * The visible text of a Slate page is refused: it has lost the page's structure (which lines are
 * headings, which cell links to which schema) and would be read wrong, so the user is told what
 * to give instead.
 */
export const slateTextCaptureReader: DocsReader = {
  dialect: "slate-text-capture",
  detect: (text) => isSlateTextCapture(text),
  read(text, file) {
    const lines = text.split("\n");
    const at = Math.max(1, lines.findIndex((l) => /^\s*Status\tMeaning\tDescription\tSchema\s*$/.test(l)) + 1);
    throw DocsInputError.at(
      { file, line: at },
      "this is the copied text of a Slate page (widdershins/Shins): its headings, tables and links to the schemas are lost in a text " +
        'copy, so it cannot be read faithfully; save the page as HTML ("Save page as…", or the page source) or give the Markdown it was built from',
      "slate-text-capture",
    );
  },
};
