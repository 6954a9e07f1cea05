/**
 * Reader for the clients-v1 docs style (`clients-v1`): a title line, then labelled sections
 * (`Method + Path`, `Description`, `Authentication`, `Required Permissions:`, tables with a
 * `Required` column, JSON examples, `Common Errors`). A lexer (`blocks.ts`) and a roles table
 * (`roles.ts`) over the one assembler (`../assemble/`).
 */
import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { cleanText, numberedLines } from "../common/text.js";
import { isOperationHeading } from "../toggl-text/line-kinds.js";
import { lexClientsV1 } from "./blocks.js";
import { looksLikeClientsV1 } from "./detect.js";
import { CLIENTS_V1_ROLES } from "./roles.js";

export const CLIENTS_V1_DIALECT = "clients-v1";

export function readClientsV1(text: string, file: string): DocPage {
  const diagnostics: Diagnostic[] = [];
  const lines = numberedLines(text)
    .map(({ text: raw, line }) => ({ text: cleanText(raw), line }))
    .filter((line) => line.text !== "");
  const { blocks, preamble } = lexClientsV1(lines, file, diagnostics);
  if (!blocks.some((block) => block.kind === "heading" && block.level === 2)) {
    throw DocsInputError.at(
      { file, line: 1 },
      'no "Method + Path" block found: not a clients-v1 page',
      "no-operations",
    );
  }
  // A Toggl-style `METHOD Title` heading is not an operation in this style; it is named, not lost.
  for (const line of lines) {
    if (isOperationHeading(line.text)) {
      diagnostics.push({
        severity: "warning",
        code: "foreign-operation-heading",
        message: `line "${line.text}" reads like an operation heading of the Toggl style; a clients-v1 page marks operations with "Method + Path", so it is not read`,
        source: { file, line: line.line },
      });
    }
  }
  for (const line of preamble) {
    diagnostics.push({
      severity: "info",
      code: "page-preamble",
      message: `line "${line.text}" is outside any operation's labels; ignored`,
      source: { file, line: line.line },
    });
  }
  return docPageOf(assemblePage(blocks, CLIENTS_V1_ROLES, file, diagnostics), file, CLIENTS_V1_DIALECT, diagnostics);
}

export const clientsV1Reader: DocsReader = {
  dialect: CLIENTS_V1_DIALECT,
  detect: (text) => looksLikeClientsV1(text),
  read: readClientsV1,
};
