/**
 * Recognises a Toggl text capture cheaply: not markup, and at least two of the marks every
 * operation of the dialect carries (a bare endpoint URL line, a `METHOD Title` heading, the
 * sample tab list, the `Parameters` / `Response` markers, a pipe-table header), looked for in the
 * first lines only. A clients-v1 page (`Method + Path` block) is left to its own reader.
 */
import { looksLikeClientsV1 } from "../clients-v1/detect.js";
import { normaliseLineEnds, normaliseSpaces } from "../common/text.js";
import { isOperationHeading, isResponseMarker, isSampleTabName, isUrlLine, isParametersMarker } from "./line-kinds.js";

const LINES_TO_SCAN = 400;

function looksLikeMarkup(text: string): boolean {
  return (
    /^\s*<(!doctype|html|\?xml|head|body|div)\b/i.test(text) || /<\/(html|body|div|p)>/i.test(text.slice(0, 20_000))
  );
}

export function looksLikeTogglText(text: string): boolean {
  if (looksLikeMarkup(text)) return false;
  const lines = normaliseSpaces(normaliseLineEnds(text))
    .split("\n", LINES_TO_SCAN)
    .map((line) => line.trim());
  if (looksLikeClientsV1(text)) return false;
  const marks = [
    lines.some(isUrlLine),
    lines.some(isOperationHeading),
    lines.some(isSampleTabName),
    lines.some(isParametersMarker) || lines.some(isResponseMarker),
    lines.some((line) => /^\|?\s*name\s*\|\s*type\b/i.test(line)),
  ];
  return marks.filter(Boolean).length >= 2 && (marks[0] === true || marks[1] === true);
}
