/**
 * Reader for plain-text captures of the Toggl Track API docs (`toggl-text`): the page title,
 * then one operation per `METHOD Title` heading (or per bare URL line, for captures of a single
 * operation without its heading). See `blocks.ts` for the split and `operation.ts` for one
 * operation; tables in any of the three capture layouts are read by `common/pipe-table.ts`.
 */
import { DocsInputError } from "../../model/errors.js";
import type { DocOperation, DocPage, DocsReader } from "../../model/types.js";
import { METHOD_AND_PATH } from "../clients-v1/detect.js";
import { sectionLabel } from "../clients-v1/labels.js";
import { createDiagnosticSink, report, type DiagnosticSink } from "../common/diagnostics.js";
import type { TextLine } from "../common/pipe-table.js";
import { createAnchorAllocator } from "./anchor.js";
import { splitOperationBlocks } from "./blocks.js";
import { looksLikeTogglText } from "./detect.js";
import { readOperation } from "./operation.js";
import { readPageLines } from "./page-lines.js";
import { readPageTitle } from "./page-title.js";

export const TOGGL_TEXT_DIALECT = "toggl-text";

/** A clients-v1 `Method + Path` block is not an operation in this style; it is named, not lost. */
function reportForeignMethodPaths(lines: readonly TextLine[], sink: DiagnosticSink): void {
  lines.forEach((line, i) => {
    if (sectionLabel(line.text)?.kind !== "method-path") return;
    const target = [line.text.replace(/^[^:]*:?/, "").trim(), lines[i + 1]?.text ?? ""].find((t) => METHOD_AND_PATH.test(t)) ?? "";
    report(sink, "warning", "foreign-method-path", `"${line.text}"${target ? ` (${target})` : ""} is a clients-v1 operation block; this page is read as a Toggl text capture, so it is not read`, line.line);
  });
}

export function readTogglText(text: string, file: string): DocPage {
  const sink = createDiagnosticSink(file);
  const lines = readPageLines(text, sink);
  reportForeignMethodPaths(lines, sink);
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
