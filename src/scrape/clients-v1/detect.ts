/**
 * A clients-v1 page says `Method + Path` on a line of its own (or with the method on the same
 * line), and carries at least one more of its labels. Only the first lines are looked at, and a
 * markup page is never this dialect.
 */
import { normaliseLineEnds, normaliseSpaces } from "../common/text.js";
import { sectionLabel } from "./labels.js";

const LINES_TO_SCAN = 200;

export function looksLikeClientsV1(text: string): boolean {
  if (/^\s*</.test(text)) return false;
  const lines = normaliseSpaces(normaliseLineEnds(text)).split("\n", LINES_TO_SCAN).map((line) => line.trim());
  const kinds = new Set(lines.map((line) => sectionLabel(line)?.kind).filter((kind) => kind !== undefined));
  return kinds.has("method-path") && kinds.size >= 2;
}
