/**
 * The code samples under an operation: six generated snippets, one statement of the method each.
 * A capture may keep them multi-line or flatten each onto one line, so evidence is gathered line
 * by line (a cURL command with its `\` continuations counts as one line), which also gives every
 * piece of evidence the line it was read from.
 */
import type { MethodEvidence } from "../../model/types.js";
import { methodEvidenceFromSample } from "../common/method-evidence.js";
import type { TextLine } from "../common/pipe-table.js";

/** Groups a cURL line with the lines its trailing backslashes continue onto. */
function sampleChunks(lines: readonly TextLine[]): TextLine[] {
  const chunks: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let text = first.text;
    if (/\bcurl\b/.test(text)) {
      while (/\\$/.test(text) && i + 1 < lines.length) text += `\n${lines[++i]!.text}`;
    }
    chunks.push({ text, line: first.line });
  }
  return chunks;
}

export function methodEvidenceFromSampleLines(lines: readonly TextLine[], file: string): MethodEvidence[] {
  return sampleChunks(lines).flatMap((chunk) => methodEvidenceFromSample(chunk.text, { file, line: chunk.line }));
}

/** The URL a cURL sample calls: a fallback for an operation whose URL line was lost. */
export function urlFromSamples(lines: readonly TextLine[]): TextLine | undefined {
  for (const chunk of sampleChunks(lines)) {
    const match = /\bcurl\b[^\n]*?['"]?(https?:\/\/[^\s'"\\]+)/.exec(chunk.text.replace(/\\\n/g, " "));
    if (match?.[1]) return { text: match[1], line: chunk.line };
  }
  return undefined;
}
