/**
 * A clients-v1 page says `Method + Path` on a line of its own (or with the method on the same
 * line) followed by `METHOD /path`, and carries at least one more of its labels. Only the first
 * lines are looked at, and a markup page is never this dialect. A stray "Method + Path" line in a
 * Toggl text capture does not make it one: the label must introduce a method and path, and a page
 * with more Toggl `METHOD Title` headings than such blocks stays a Toggl page.
 */
import { normaliseLineEnds, normaliseSpaces } from "../common/text.js";
import { isOperationHeading } from "../toggl-text/line-kinds.js";
import { sectionLabel } from "./labels.js";

const LINES_TO_SCAN = 200;

/** `GET /v1/clients/:id` (or a full URL): what a `Method + Path` label introduces. */
export const METHOD_AND_PATH = /^[A-Za-z]+\s+(?:\/|https?:\/\/)\S*$/;

/** How many `Method + Path` labels in `lines` are followed by (or carry) a method and path. */
export function countMethodPathBlocks(lines: readonly string[]): number {
  let count = 0;
  lines.forEach((line, i) => {
    const label = sectionLabel(line);
    if (label?.kind !== "method-path") return;
    const next = lines.slice(i + 1).find((l) => l !== "") ?? "";
    if (METHOD_AND_PATH.test(label.inline) || (label.inline === "" && METHOD_AND_PATH.test(next))) count++;
  });
  return count;
}

export function looksLikeClientsV1(text: string): boolean {
  if (/^\s*</.test(text)) return false;
  const lines = normaliseSpaces(normaliseLineEnds(text))
    .split("\n", LINES_TO_SCAN)
    .map((line) => line.trim());
  const kinds = new Set(lines.map((line) => sectionLabel(line)?.kind).filter((kind) => kind !== undefined));
  if (!kinds.has("method-path") || kinds.size < 2) return false;
  const blocks = countMethodPathBlocks(lines);
  return blocks > 0 && blocks >= lines.filter(isOperationHeading).length;
}
