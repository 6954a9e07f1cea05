/**
 * JSON examples (request and response bodies) spread over several lines. They are parsed after
 * joining; when that fails, the diagnostic names the line where the parser stopped, so that the
 * author can find the bad token in the page.
 */
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import type { TextLine } from "../common/pipe-table.js";

/** The 1-based line that holds character `offset` of the lines joined with "\n". */
function lineAtOffset(lines: readonly TextLine[], offset: number): number {
  let consumed = 0;
  for (const line of lines) {
    consumed += line.text.length + 1;
    if (offset < consumed) return line.line;
  }
  return lines[lines.length - 1]?.line ?? 1;
}

/** The parsed example, or undefined (reported) when the lines are not valid JSON. */
export function parseJsonExample(lines: readonly TextLine[], what: string, sink: DiagnosticSink): unknown {
  if (lines.length === 0) return undefined;
  const text = lines.map((line) => line.text).join("\n");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position ? lineAtOffset(lines, Number(position)) : lines[0]!.line;
    report(sink, "error", "bad-json-example", `${what} is not valid JSON (${message}); example dropped`, line);
    return undefined;
  }
}
