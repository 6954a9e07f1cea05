/**
 * The code samples under an operation, as the capture keeps them: tab names (`- cURL`, `- Go`…),
 * then the six generated snippets, multi-line or each flattened onto one line. A capture may lose
 * the tab names, so each snippet is recognised by its opening line and labelled by it; the lines
 * up to the next snippet's opening belong to it. Each sample keeps the line it starts on, so every
 * method statement read from it later says where it was.
 */
import type { CodeSample } from "../assemble/blocks.js";
import type { TextLine } from "../common/pipe-table.js";

/** The openings of the generated samples, per language. */
const OPENINGS: readonly { label: string; pattern: RegExp }[] = [
  { label: "cURL", pattern: /^curl\s/ },
  { label: "Go", pattern: /^(req|bytes), err :=/ },
  { label: "Ruby", pattern: /^require\s+['"]/ },
  { label: "JavaScript", pattern: /^fetch\(/ },
  { label: "Python", pattern: /^import\s+requests/ },
  { label: "Rust", pattern: /^(extern crate\b|use reqwest\b)/ },
];

/** The language whose sample a line opens, if it opens one. */
export function sampleOpening(text: string): string | undefined {
  return OPENINGS.find(({ pattern }) => pattern.test(text))?.label;
}

/** Sample lines (tab names removed) → one sample per snippet; a line opening the same language continues it (`require 'uri'` after `require 'net/http'`). */
export function groupSamples(lines: readonly TextLine[]): CodeSample[] {
  const samples: CodeSample[] = [];
  let current: CodeSample | undefined;
  for (const line of lines) {
    const opening = sampleOpening(line.text);
    if (!current || (opening !== undefined && opening !== current.label)) {
      current = { label: opening ?? "", text: line.text, line: line.line };
      samples.push(current);
    } else current.text += `\n${line.text}`;
  }
  return samples;
}
