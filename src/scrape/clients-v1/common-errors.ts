/**
 * The `Common Errors` list: bullets `- 403 Forbidden: Insufficient permissions (requires`…
 * A bullet may wrap onto the next line, and a capture may run the next bullet onto that same
 * line (`clients.update) - 404 Not Found: …`), so the lines are joined and split again at every
 * `- NNN Reason:` start, keeping track of which line each bullet began on.
 */
import type { DocResponse } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import type { TextLine } from "../common/pipe-table.js";

const BULLET_START = /(?:^|\s)[-*•]\s+(\d{3}|[1-5]XX)\b\s*([^:]*?)\s*:\s*/g;

export function readCommonErrors(lines: readonly TextLine[], sink: DiagnosticSink): DocResponse[] {
  let joined = "";
  const lineStarts: { offset: number; line: number }[] = [];
  for (const line of lines) {
    if (joined !== "") joined += " ";
    lineStarts.push({ offset: joined.length, line: line.line });
    joined += line.text;
  }
  const lineAt = (offset: number) => [...lineStarts].reverse().find((start) => start.offset <= offset)?.line ?? lines[0]?.line ?? 1;

  const starts = [...joined.matchAll(BULLET_START)];
  const unparsed = joined.slice(0, starts[0]?.index ?? joined.length).trim();
  if (unparsed !== "") {
    report(sink, "warning", "error-bullet-unreadable", `"${unparsed}" under Common Errors is not a "- NNN Reason: message" bullet; ignored`, lines[0]?.line ?? 1);
  }
  const responses: DocResponse[] = [];
  starts.forEach((match, i) => {
    const end = starts[i + 1]?.index ?? joined.length;
    const message = joined.slice(match.index + match[0].length, end).trim();
    const status = match[1]!;
    const reason = match[2] ?? "";
    const source = { file: sink.file, line: lineAt(match.index + (match[0].startsWith(" ") ? 1 : 0)) };
    const twin = responses.find((r) => r.status === status);
    if (twin) {
      twin.messages = [...(twin.messages ?? []), message];
      return;
    }
    responses.push({ status, description: reason, messages: message === "" ? [] : [message], source });
  });
  return responses;
}
