/**
 * The `Common Errors` list: bullets `- 403 Forbidden: Insufficient permissions (requires`…
 * A bullet may wrap onto the next line, and a capture may run the next bullet onto that same
 * line (`clients.update) - 404 Not Found: …`), so the lines are joined and split again at every
 * `- NNN Reason: message` start, keeping track of which line each bullet began on. Two bullets
 * for one status are one entry with two messages.
 */
import type { Diagnostic } from "../../model/types.js";
import type { TextLine } from "../common/pipe-table.js";

export interface ErrorBullet {
  status: string;
  /** The reason phrase ("Forbidden"). */
  reason: string;
  messages: string[];
  line: number;
}

const BULLET_START = /(?:^|\s)[-*•]\s+(\d{3}|[1-5]XX)\b\s*([^:]*?)\s*:\s*/g;

export function readCommonErrors(lines: readonly TextLine[], file: string, diagnostics: Diagnostic[]): ErrorBullet[] {
  let joined = "";
  const lineStarts: { offset: number; line: number }[] = [];
  for (const line of lines) {
    if (joined !== "") joined += " ";
    lineStarts.push({ offset: joined.length, line: line.line });
    joined += line.text;
  }
  const lineAt = (offset: number) =>
    [...lineStarts].reverse().find((start) => start.offset <= offset)?.line ?? lines[0]?.line ?? 1;

  const starts = [...joined.matchAll(BULLET_START)];
  const unparsed = joined.slice(0, starts[0]?.index ?? joined.length).trim();
  if (unparsed !== "") {
    diagnostics.push({
      severity: "warning",
      code: "error-bullet-unreadable",
      message: `"${unparsed}" under Common Errors is not a "- NNN Reason: message" bullet; ignored`,
      source: { file, line: lines[0]?.line ?? 1 },
    });
  }
  const bullets: ErrorBullet[] = [];
  starts.forEach((match, i) => {
    const end = starts[i + 1]?.index ?? joined.length;
    const message = joined.slice(match.index + match[0].length, end).trim();
    const status = match[1]!;
    const twin = bullets.find((b) => b.status === status);
    if (twin) {
      if (message !== "") twin.messages.push(message);
      return;
    }
    const line = lineAt(match.index + (match[0].startsWith(" ") ? 1 : 0));
    bullets.push({ status, reason: match[2] ?? "", messages: message === "" ? [] : [message], line });
  });
  return bullets;
}
