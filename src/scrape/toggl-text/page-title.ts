/**
 * The page title: the first line before the first operation that reads as a title ("Clients",
 * "Time entries"). Captures of a single operation have none, and then there is no title (the
 * normaliser places such operations by their path; the reader does not invent a section).
 */
import type { Diagnostic } from "../../model/types.js";
import type { TextLine } from "../common/pipe-table.js";

function looksLikeTitle(text: string): boolean {
  return /^[A-Z][\w ,&'()/-]{0,60}$/.test(text) && !/[.:;]$/.test(text) && text.split(/\s+/).length <= 6;
}

export function readPageTitle(
  preamble: readonly TextLine[],
  file: string,
  diagnostics: Diagnostic[],
): TextLine | undefined {
  const titleLine = preamble.find((line) => looksLikeTitle(line.text));
  const rest = preamble.filter((line) => line !== titleLine);
  if (rest.length > 0) {
    const lines = rest.map((line) => line.line).join(", ");
    diagnostics.push({
      severity: "info",
      code: "page-preamble",
      message: `${rest.length} line(s) before the first operation are not the page title (lines ${lines}); ignored`,
      source: { file, line: rest[0]!.line },
    });
  }
  return titleLine;
}
