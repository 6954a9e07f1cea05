/**
 * Reader for plain-text captures of the Toggl Track API docs (`toggl-text`): the page title,
 * then one operation per `METHOD Title` heading (or per bare URL line, for captures of a single
 * operation without its heading). See `blocks.ts` for the split and `operation.ts` for one
 * operation; tables in any of the three capture layouts are read by `common/pipe-table.ts`.
 */
import { DocsInputError } from "../../model/errors.js";
import type { DocOperation, DocPage, DocsReader } from "../../model/types.js";
import { createDiagnosticSink } from "../common/diagnostics.js";
import { createAnchorAllocator } from "./anchor.js";
import { splitOperationBlocks } from "./blocks.js";
import { looksLikeTogglText } from "./detect.js";
import { readOperation } from "./operation.js";
import { readPageLines } from "./page-lines.js";
import { readPageTitle } from "./page-title.js";

export const TOGGL_TEXT_DIALECT = "toggl-text";

export function readTogglText(text: string, file: string): DocPage {
  const sink = createDiagnosticSink(file);
  const lines = readPageLines(text, sink);
  const { preamble, operations: blocks } = splitOperationBlocks(lines);
  if (blocks.length === 0) {
    throw DocsInputError.at({ file, line: 1 }, "no operation found: expected `METHOD Title` headings or an endpoint URL line", "no-operations");
  }
  const title = readPageTitle(preamble, sink);
  const anchorFor = createAnchorAllocator();
  const operations: DocOperation[] = [];
  for (const block of blocks) {
    // Anchors are allocated for every heading, read or not, so later ones keep the page's numbering.
    const anchor = block.heading ? anchorFor(block.heading.text) : undefined;
    const operation = readOperation(block, title, sink);
    if (!operation) continue;
    if (anchor) operation.anchor = anchor;
    operations.push(operation);
  }
  return { file, dialect: TOGGL_TEXT_DIALECT, title, operations, diagnostics: sink.diagnostics };
}

export const togglTextReader: DocsReader = {
  dialect: TOGGL_TEXT_DIALECT,
  detect: (text) => looksLikeTogglText(text),
  read: readTogglText,
};
