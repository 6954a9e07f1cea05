/**
 * Cuts a clients-v1 page into operations and each operation into labelled sections. An operation
 * starts at its `Method + Path` label; its title is the line just before that label (the page's
 * first line for the first operation).
 */
import type { TextLine } from "../common/pipe-table.js";
import { sectionLabel, type SectionLabel } from "./labels.js";

export interface Section extends SectionLabel {
  label: TextLine;
  lines: TextLine[];
}

export interface OperationChunk {
  title?: TextLine;
  sections: Section[];
}

export interface PageChunks {
  /** Lines before the first operation that are not its title. */
  preamble: TextLine[];
  operations: OperationChunk[];
}

/** A line that can title the next operation: plain words, not a bullet, a table row or JSON. */
function canBeTitle(line: TextLine | undefined): boolean {
  return !!line && !sectionLabel(line.text) && /^[A-Za-z]/.test(line.text) && !/[|{}[\]]/.test(line.text);
}

/** The title of the operation whose label is at `index`; taken out of where it was collected. */
function takeTitle(lines: readonly TextLine[], index: number, chunks: PageChunks, section: Section | undefined): TextLine | undefined {
  if (chunks.operations.length === 0) {
    const first = chunks.preamble.find(canBeTitle);
    if (first) chunks.preamble.splice(chunks.preamble.indexOf(first), 1);
    return first;
  }
  const previous = lines[index - 1];
  if (section && previous && section.lines[section.lines.length - 1] === previous && canBeTitle(previous)) {
    section.lines.pop();
    return previous;
  }
  return undefined;
}

export function splitPage(lines: readonly TextLine[]): PageChunks {
  const chunks: PageChunks = { preamble: [], operations: [] };
  let operation: OperationChunk | undefined;
  let section: Section | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const label = sectionLabel(line.text);
    if (label?.kind === "method-path") {
      const title = takeTitle(lines, index, chunks, section);
      operation = title ? { title, sections: [] } : { sections: [] };
      chunks.operations.push(operation);
    }
    if (!operation) {
      chunks.preamble.push(line);
    } else if (label) {
      section = { ...label, label: line, lines: [] };
      operation.sections.push(section);
    } else {
      // An operation always opens with its label, so a section is there to take the line.
      section!.lines.push(line);
    }
  }
  return chunks;
}
