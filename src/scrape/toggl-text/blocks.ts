/**
 * Splits a page into its preamble (the page title and anything else before the first operation)
 * and one block of lines per operation. An operation starts at a `METHOD Title` heading, or, in
 * captures of a single operation that lost its heading, at a bare URL line. A URL line only starts
 * a new operation when the current one is already past its samples; before that, it is the
 * current operation's own URL (or a line of its code samples).
 */
import type { TextLine } from "../common/pipe-table.js";
import { isOperationHeading, isParametersMarker, isResponseMarker, isUrlLine } from "./line-kinds.js";

export interface OperationBlock {
  /** The heading line, when the operation has one. */
  heading?: TextLine;
  /** The lines after the heading (or all lines, from the URL on, when there is no heading). */
  lines: TextLine[];
}

export interface PageBlocks {
  preamble: TextLine[];
  operations: OperationBlock[];
}

export function splitOperationBlocks(lines: readonly TextLine[]): PageBlocks {
  const preamble: TextLine[] = [];
  const operations: OperationBlock[] = [];
  let current: (OperationBlock & { pastSamples: boolean }) | undefined;
  for (const line of lines) {
    if (isOperationHeading(line.text)) {
      current = { heading: line, lines: [], pastSamples: false };
      operations.push(current);
      continue;
    }
    if (isUrlLine(line.text) && (!current || current.pastSamples)) {
      current = { lines: [line], pastSamples: false };
      operations.push(current);
      continue;
    }
    if (!current) {
      preamble.push(line);
      continue;
    }
    if (isParametersMarker(line.text) || isResponseMarker(line.text)) current.pastSamples = true;
    current.lines.push(line);
  }
  return { preamble, operations: operations.map(({ heading, lines: blockLines }) => (heading ? { heading, lines: blockLines } : { lines: blockLines })) };
}

/** How to name a block in a message: its heading, else its URL line, else its first line. */
export function describeBlock(block: OperationBlock): string {
  if (block.heading) return `"${block.heading.text}"`;
  const first = block.lines[0];
  return first ? `the operation at "${first.text}"` : "an empty operation";
}

export function blockLine(block: OperationBlock): number {
  return block.heading?.line ?? block.lines[0]?.line ?? 1;
}
