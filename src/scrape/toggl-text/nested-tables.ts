/**
 * A body or response table may be followed by tables titled with a field name (`items`,
 * `csv_upload`, `card_details`): each describes that field's object, or the objects of that array,
 * and may itself be followed by tables for its own fields. A title names a field of the nearest
 * enclosing table: the table read last, else its parent, and so on up to the top table.
 */
import type { DocField } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import { readPipeTable, startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { isFieldNameLine, isParametersMarker, isResponseMarker, parameterKeyword } from "./line-kinds.js";
import { fieldsFromTable } from "../common/table-rows.js";
import { MAX_FIELD_DEPTH } from "../common/field-depth.js";
import { appendAll } from "../common/append.js";

/** The tables from the top one down to the one read last: where a title is looked up. */
type TableChain = DocField[][];

/**
 * Name → first field of that name, per table, for exact and case-insensitive lookups. Tables only
 * grow (rows appended, orphan tables added to the top), so an index catches up from where it
 * stopped: looking titles up stays linear on pages with thousands of titled tables.
 */
interface NameIndex {
  indexed: number;
  exact: Map<string, DocField>;
  folded: Map<string, DocField>;
}

const INDEXES = new WeakMap<DocField[], NameIndex>();

function nameIndex(table: DocField[]): NameIndex {
  let index = INDEXES.get(table);
  if (!index) INDEXES.set(table, (index = { indexed: 0, exact: new Map(), folded: new Map() }));
  for (; index.indexed < table.length; index.indexed++) {
    const field = table[index.indexed]!;
    if (!index.exact.has(field.name)) index.exact.set(field.name, field);
    const folded = field.name.toLowerCase();
    if (!index.folded.has(folded)) index.folded.set(folded, field);
  }
  return index;
}

function findInChain(chain: TableChain, name: string): { depth: number; field: DocField } | undefined {
  for (const exact of [true, false]) {
    for (let depth = chain.length - 1; depth >= 0; depth--) {
      const index = nameIndex(chain[depth]!);
      const field = exact ? index.exact.get(name) : index.folded.get(name.toLowerCase());
      if (field) return { depth, field };
    }
  }
  return undefined;
}

/**
 * Attaches a titled table to the field it describes and returns the chain to use for the next
 * title. A title that names no field becomes a new object field of the top table, so the rows
 * are kept, and a warning says so.
 */
export function attachChildTable(chain: TableChain, title: TextLine, rows: DocField[], sink: DiagnosticSink): TableChain {
  const found = findInChain(chain, title.text);
  if (found) {
    if (found.field.children) {
      report(sink, "warning", "child-table-repeated", `a second table for "${title.text}" was found; its rows were added to the first`, title.line);
      appendAll(found.field.children, rows);
    } else {
      found.field.children = rows;
    }
    // The chain stops growing at the field-depth bound (deeper tables are cut off later anyway),
    // so a page of endlessly nested titles costs linear time.
    if (found.depth + 1 >= MAX_FIELD_DEPTH) return chain.slice(0, found.depth + 1);
    return [...chain.slice(0, found.depth + 1), found.field.children];
  }
  const top = chain[0]!;
  const added: DocField = { name: title.text, type: "object", description: "", children: rows, source: { file: sink.file, line: title.line } };
  top.push(added);
  report(sink, "warning", "child-table-orphan", `table titled "${title.text}" names no field of the tables above it; added it as a new field "${title.text}" (type "object") of the top table`, title.line);
  return [top, rows];
}

/** A line that titles a nested table rather than starting the next part of the operation. */
function isChildTitle(lines: readonly TextLine[], index: number, chain: TableChain): boolean {
  const text = lines[index]?.text ?? "";
  if (!isFieldNameLine(text) || !startsPipeTable(lines, index + 1)) return false;
  if (isParametersMarker(text) || isResponseMarker(text)) return false;
  // "Query" after a body table is the next parameter table, unless a field is really named so.
  if (parameterKeyword(text)) return findInChain(chain, text) !== undefined;
  return true;
}

/**
 * Reads the table at `start` and every titled table after it, returning the fields (with
 * children attached) and the index of the first line after them.
 */
export function readFieldTables(lines: readonly TextLine[], start: number, sink: DiagnosticSink): { fields: DocField[]; end: number } {
  const top = readPipeTable(lines, start);
  const fields = fieldsFromTable(top, sink);
  let chain: TableChain = [fields];
  let index = top.end;
  while (isChildTitle(lines, index, chain)) {
    const title = lines[index]!;
    const table = readPipeTable(lines, index + 1);
    chain = attachChildTable(chain, title, fieldsFromTable(table, sink), sink);
    index = table.end;
  }
  return { fields, end: index };
}
