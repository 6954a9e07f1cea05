/**
 * Pipe tables as text captures show them. One page may use any of three layouts, and they can
 * even mix within one table (a `| header |` row above bare `a | b |` rows):
 *   - `a | b | c |`            one row per line, no leading pipe
 *   - `| a | b | c |`          one row per line, both pipes
 *   - `| a |` / `b |` / `c |`  one cell per line (a row starts at a line with a leading pipe);
 *                              the column count comes from the header
 * Separator rows (`---|---|`, `|:--|--:|`) are skipped. `\|` inside a cell is a literal pipe.
 * This module is the shared pipe-table lexer of the text dialects: it only splits text into the
 * neutral `RawTable` of the assembler (`../assemble/blocks.ts`); deciding what a short or long row
 * means is the assembler's table reader's business, so rows come back with whatever cells they had.
 */
import type { RawRow, RawTable } from "../assemble/blocks.js";
import { cleanText } from "./text.js";
import { appendAll } from "./append.js";

export interface TextLine {
  /** The line's text, trimmed and with odd spaces normalised. */
  text: string;
  /** 1-based line number in the original file. */
  line: number;
}

/** A table read from text lines: the first row is its header. */
export interface PipeTable {
  table: RawTable;
  /** Index (into the lines given) of the first line after the table. */
  end: number;
}

const UNESCAPED_PIPE = /(?<!\\)\|/;

export function hasUnescapedPipe(text: string): boolean {
  return UNESCAPED_PIPE.test(text);
}

export function isSeparatorRow(text: string): boolean {
  return /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(text.trim());
}

/** Cells of one row line, outer pipes dropped, `\|` unescaped, each cell cleaned. */
export function splitPipeCells(text: string): string[] {
  let body = text.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (/(?<!\\)\|$/.test(body)) body = body.slice(0, -1);
  return body.split(/(?<!\\)\|/).map((cell) => cleanText(cell.replace(/\\\|/g, "|")));
}

/** A line that starts a one-cell-per-line table: `| name |` followed by `type |`. */
function startsCellPerLineTable(lines: readonly TextLine[], start: number): boolean {
  const first = lines[start]?.text ?? "";
  const next = lines[start + 1]?.text ?? "";
  return (
    first.startsWith("|") &&
    splitPipeCells(first).length === 1 &&
    !next.startsWith("|") &&
    /(?<!\\)\|$/.test(next) &&
    !isSeparatorRow(next)
  );
}

/** True when a table (any layout) starts at `start`: a row with pipes, or a one-cell header. */
export function startsPipeTable(lines: readonly TextLine[], start: number): boolean {
  const text = lines[start]?.text ?? "";
  if (startsCellPerLineTable(lines, start)) return true;
  if (isSeparatorRow(text)) return false;
  return (text.startsWith("|") || /(?<!\\)\|$/.test(text)) && splitPipeCells(text).length >= 2;
}

/** A row line of a one-row-per-line table: bounded by a pipe on either side, or with enough pipes. */
function isRowLine(text: string, columns: number): boolean {
  if (!hasUnescapedPipe(text)) return false;
  if (text.startsWith("|") || /(?<!\\)\|$/.test(text)) return true;
  return splitPipeCells(text).length >= Math.max(2, columns - 1);
}

function readRowPerLine(lines: readonly TextLine[], start: number): PipeTable {
  const headerLine = lines[start]!;
  const header = splitPipeCells(headerLine.text);
  const rows: RawRow[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const current = lines[i]!;
    if (isSeparatorRow(current.text)) continue;
    if (!isRowLine(current.text, header.length)) break;
    rows.push({ cells: splitPipeCells(current.text), line: current.line });
  }
  return { table: { header: { cells: header, line: headerLine.line }, rows, line: headerLine.line }, end: i };
}

function readCellPerLine(lines: readonly TextLine[], start: number): PipeTable {
  const headerLine = lines[start]!;
  const header = splitPipeCells(headerLine.text);
  let i = start + 1;
  // Header cells continue until the first row (a line with a leading pipe).
  while (i < lines.length && !lines[i]!.text.startsWith("|") && /(?<!\\)\|$/.test(lines[i]!.text)) {
    if (!isSeparatorRow(lines[i]!.text)) appendAll(header, splitPipeCells(lines[i]!.text));
    i++;
  }
  const rows: RawRow[] = [];
  let row: RawRow | undefined;
  for (; i < lines.length; i++) {
    const current = lines[i]!;
    if (isSeparatorRow(current.text)) continue;
    if (!hasUnescapedPipe(current.text)) break;
    if (current.text.startsWith("|")) {
      row = { cells: splitPipeCells(current.text), line: current.line };
      rows.push(row);
    } else if (row && row.cells.length < header.length) {
      appendAll(row.cells, splitPipeCells(current.text));
    } else {
      // A cell line with no row to belong to: the table has ended.
      break;
    }
  }
  return { table: { header: { cells: header, line: headerLine.line }, rows, line: headerLine.line }, end: i };
}

/** Reads the table starting at `start` (check `startsPipeTable` first). */
export function readPipeTable(lines: readonly TextLine[], start: number): PipeTable {
  return startsCellPerLineTable(lines, start) ? readCellPerLine(lines, start) : readRowPerLine(lines, start);
}
