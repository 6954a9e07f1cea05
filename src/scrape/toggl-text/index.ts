/**
 * Reader for plain-text captures of the Toggl Track API docs (`toggl-text`): a lexer and a roles
 * table over the one assembler. `page-lines.ts` drops the site chrome and the table of contents,
 * `blocks.ts` turns the lines into neutral blocks, `roles.ts` says what its headings mean, and
 * `../assemble/` builds the operations, as for every dialect.
 */
import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import type { Block } from "../assemble/blocks.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { METHOD_AND_PATH } from "../clients-v1/detect.js";
import { sectionLabel } from "../clients-v1/labels.js";
import type { TextLine } from "../common/pipe-table.js";
import { lexTogglText } from "./blocks.js";
import { looksLikeTogglText } from "./detect.js";
import { readPageLines } from "./page-lines.js";
import { readPageTitle } from "./page-title.js";
import { TOGGL_TEXT_ROLES } from "./roles.js";

export const TOGGL_TEXT_DIALECT = "toggl-text";

/** A clients-v1 `Method + Path` block is not an operation in this style; it is named, not lost. */
function reportForeignMethodPaths(lines: readonly TextLine[], file: string, diagnostics: Diagnostic[]): void {
  lines.forEach((line, i) => {
    if (sectionLabel(line.text)?.kind !== "method-path") return;
    const target =
      [line.text.replace(/^[^:]*:?/, "").trim(), lines[i + 1]?.text ?? ""].find((t) => METHOD_AND_PATH.test(t)) ?? "";
    diagnostics.push({
      severity: "warning",
      code: "foreign-method-path",
      message: `"${line.text}"${target ? ` (${target})` : ""} is a clients-v1 operation block; this page is read as a Toggl text capture, so it is not read`,
      source: { file, line: line.line },
    });
  });
}

export function readTogglText(text: string, file: string): DocPage {
  const diagnostics: Diagnostic[] = [];
  const lines = readPageLines(text, file, diagnostics);
  reportForeignMethodPaths(lines, file, diagnostics);
  const { blocks, preamble } = lexTogglText(lines);
  if (!blocks.some((block) => block.kind === "heading" && block.level === 2)) {
    throw DocsInputError.at(
      { file, line: 1 },
      "no operation found: expected `METHOD Title` headings or an endpoint URL line",
      "no-operations",
    );
  }
  const titleLine = readPageTitle(preamble, file, diagnostics);
  const titled: Block[] = titleLine
    ? [{ kind: "heading", level: 1, text: titleLine.text, line: titleLine.line }, ...blocks]
    : blocks;
  return docPageOf(assemblePage(titled, TOGGL_TEXT_ROLES, file, diagnostics), file, TOGGL_TEXT_DIALECT, diagnostics);
}

export const togglTextReader: DocsReader = {
  dialect: TOGGL_TEXT_DIALECT,
  detect: (text) => looksLikeTogglText(text),
  read: readTogglText,
};
