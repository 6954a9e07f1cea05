/**
 * The page title: the first line before the first operation that reads as a title ("Clients",
 * "Time entries"). Captures of a single operation have none, and then the title is "" (the
 * normaliser places such operations by their path; the reader does not invent a section).
 */
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import type { TextLine } from "../common/pipe-table.js";

function looksLikeTitle(text: string): boolean {
  return /^[A-Z][\w ,&'()/-]{0,60}$/.test(text) && !/[.:;]$/.test(text) && text.split(/\s+/).length <= 6;
}

export function readPageTitle(preamble: readonly TextLine[], sink: DiagnosticSink): string {
  const titleLine = preamble.find((line) => looksLikeTitle(line.text));
  const rest = preamble.filter((line) => line !== titleLine);
  if (rest.length > 0) {
    const lines = rest.map((line) => line.line).join(", ");
    report(sink, "info", "page-preamble", `${rest.length} line(s) before the first operation are not the page title (lines ${lines}); ignored`, rest[0]!.line);
  }
  return titleLine?.text ?? "";
}
