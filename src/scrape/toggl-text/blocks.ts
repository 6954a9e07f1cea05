/**
 * The lexer of Toggl text captures: cleaned page lines (`page-lines.ts`) → the assembler's neutral
 * blocks (`../assemble/blocks.ts`). A capture has no markup, so each line's kind says what it
 * stands for, at the heading levels the HTML pages use for the same things:
 *   - the page title → heading 1 (`page-title.ts`); `METHOD Title` → heading 2 with its Docusaurus
 *     anchor; a bare URL line → a code block (the URL), and when it cannot be the current
 *     operation's own URL (before any operation, or after its samples) it starts an operation
 *     that lost its heading: an untitled heading 2 goes before it, the assembler titles it;
 *   - `Parameters` / `Response` → heading 3; `Path` / `Query` / `Body` / `Header` over a table and
 *     a status line (`200`, `4XX`) → heading 4; a bare field name over a table → heading 5 (it
 *     titles a nested table);
 *   - pipe tables (any capture layout, `../common/pipe-table.ts`) → table blocks; sample tab names
 *     and sample lines → one samples block; `- item` lines → a list; other lines → paragraphs
 *     (the description lines before the samples → one paragraph, line breaks kept).
 * An operation's part is tracked only as far as telling samples from the rest: code lines are
 * free text, so they run from the first tab name or sample opening to the next part marker.
 */
import type { Block } from "../assemble/blocks.js";
import { readPipeTable, startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { createAnchorAllocator } from "./anchor.js";
import {
  isFieldNameLine,
  isOperationHeading,
  isParametersMarker,
  isResponseMarker,
  isSampleTabName,
  isStatusLine,
  isUrlLine,
  parameterKeyword,
} from "./line-kinds.js";
import { groupSamples, sampleOpening } from "./samples.js";

export interface LexedPage {
  blocks: Block[];
  /** The lines before the first operation (where the page title is looked for). */
  preamble: TextLine[];
}

/** Where in an operation the lexer is: its head (URL, description), its samples, or past them. */
type Phase = "head" | "samples" | "parts";

const LIST_ITEM = /^[-*•]\s+(.*)$/;

export function lexTogglText(lines: readonly TextLine[]): LexedPage {
  const blocks: Block[] = [];
  const preamble: TextLine[] = [];
  const anchorFor = createAnchorAllocator();
  let phase: Phase | undefined;
  let prose: TextLine[] = [];
  let samples: TextLine[] = [];
  let list: { items: string[]; line: number } | undefined;

  const flush = () => {
    if (prose.length > 0)
      blocks.push({ kind: "paragraph", text: prose.map((l) => l.text).join("\n"), line: prose[0]!.line });
    if (samples.length > 0) blocks.push({ kind: "samples", samples: groupSamples(samples), line: samples[0]!.line });
    if (list) blocks.push({ kind: "list", items: list.items, line: list.line });
    prose = [];
    samples = [];
    list = undefined;
  };
  const heading = (level: number, line: TextLine, text = line.text, id?: string) => {
    flush();
    blocks.push({ kind: "heading", level, text, ...(id ? { id } : {}), line: line.line });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const overTable = startsPipeTable(lines, i + 1);
    if (isOperationHeading(text)) {
      // Anchors are allocated for every heading, read or not, so later ones keep the page's numbering.
      heading(2, line, text, anchorFor(text));
      phase = "head";
      continue;
    }
    if (isUrlLine(text) && (phase === undefined || phase === "parts")) {
      heading(2, line, "");
      blocks.push({ kind: "code", text, line: line.line });
      phase = "head";
      continue;
    }
    if (phase === undefined) {
      preamble.push(line);
      continue;
    }
    if (isParametersMarker(text) || isResponseMarker(text)) {
      heading(3, line);
      phase = "parts";
      continue;
    }
    if (parameterKeyword(text) && overTable) {
      heading(4, line);
      phase = "parts";
      continue;
    }
    if (phase === "head") {
      if (isSampleTabName(text) || sampleOpening(text) !== undefined) {
        flush();
        phase = "samples";
      } else if (isUrlLine(text)) {
        flush();
        blocks.push({ kind: "code", text, line: line.line });
        continue;
      } else {
        prose.push(line);
        continue;
      }
    }
    if (phase === "samples") {
      if (!isStatusLine(text)) {
        // Tab names say which samples follow; they are not sample text.
        if (!isSampleTabName(text)) samples.push(line);
        continue;
      }
      phase = "parts";
    }
    if (isStatusLine(text)) {
      heading(4, line);
      continue;
    }
    if (startsPipeTable(lines, i)) {
      flush();
      const { table, end } = readPipeTable(lines, i);
      blocks.push({ kind: "table", table, line: table.line });
      i = end - 1;
      continue;
    }
    if (isFieldNameLine(text) && overTable) {
      heading(5, line);
      continue;
    }
    const item = LIST_ITEM.exec(text)?.[1]?.trim();
    if (item) {
      if (!list) {
        flush();
        list = { items: [], line: line.line };
      }
      list.items.push(item);
      continue;
    }
    flush();
    blocks.push({ kind: "paragraph", text, line: line.line });
  }
  flush();
  return { blocks, preamble };
}
