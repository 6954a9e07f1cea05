/**
 * Reader for the clients-v1 docs style (`clients-v1`): a title line, then labelled sections
 * (`Method + Path`, `Description`, `Authentication`, `Required Permissions:`, tables with a
 * `Required` column, JSON examples, `Common Errors`). See `sections.ts` for the split and
 * `operation.ts` for what each section becomes.
 */
import { DocsInputError } from "../../model/errors.js";
import type { DocOperation, DocPage, DocsReader } from "../../model/types.js";
import { createDiagnosticSink, report } from "../common/diagnostics.js";
import { cleanText, numberedLines } from "../common/text.js";
import { isOperationHeading } from "../toggl-text/line-kinds.js";
import { looksLikeClientsV1 } from "./detect.js";
import { readOperation } from "./operation.js";
import { splitPage } from "./sections.js";

export const CLIENTS_V1_DIALECT = "clients-v1";

export function readClientsV1(text: string, file: string): DocPage {
  const sink = createDiagnosticSink(file);
  const lines = numberedLines(text)
    .map(({ text: raw, line }) => ({ text: cleanText(raw), line }))
    .filter((line) => line.text !== "");
  const { preamble, operations: chunks } = splitPage(lines);
  if (chunks.length === 0) {
    throw DocsInputError.at({ file, line: 1 }, 'no "Method + Path" block found: not a clients-v1 page', "no-operations");
  }
  // A Toggl-style `METHOD Title` heading is not an operation in this style; it is named, not lost.
  for (const line of lines) {
    if (isOperationHeading(line.text)) {
      report(sink, "warning", "foreign-operation-heading", `line "${line.text}" reads like an operation heading of the Toggl style; a clients-v1 page marks operations with "Method + Path", so it is not read`, line.line);
    }
  }
  for (const line of preamble) report(sink, "info", "page-preamble", `line "${line.text}" before the first operation is not its title; ignored`, line.line);
  const operations = chunks.map((chunk) => readOperation(chunk, sink)).filter((op): op is DocOperation => op !== undefined);
  // These pages have no section title of their own; the section is the (first) operation's.
  const title = operations[0]?.section ?? "";
  return { file, dialect: CLIENTS_V1_DIALECT, title, operations, diagnostics: sink.diagnostics };
}

export const clientsV1Reader: DocsReader = {
  dialect: CLIENTS_V1_DIALECT,
  detect: (text) => looksLikeClientsV1(text),
  read: readClientsV1,
};
