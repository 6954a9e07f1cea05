/**
 * Turns pipe-table rows (any dialect: columns are found by their header words) into the model's fields and parameters, repairing the damage captures
 * show and reporting every repair:
 *   - a row whose name cell was lost (`| string | Email of the user | |`): the cells are shifted
 *     back and the name recovered from an obvious description, else a placeholder is kept;
 *   - a row with extra cells (an unescaped `|` in a description): the extras rejoin the last cell;
 *   - a row with too few cells: padded when name and type survive, else reported and skipped;
 *   - a type cell that is not a type word: kept verbatim, with a warning.
 */
import type { DocField, DocParameter, ParameterLocation } from "../../model/types.js";
import { report, type DiagnosticSink } from "./diagnostics.js";
import type { PipeRow, PipeTable } from "./pipe-table.js";
import { isKnownTypeText } from "./type-words.js";

interface ColumnMap {
  name: number;
  type: number;
  required?: number;
  description: number;
  count: number;
}

/** Finds the columns by their header words; falls back to the usual order when they are unnamed. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const find = (pattern: RegExp) => {
    const index = header.findIndex((cell) => pattern.test(cell.trim()));
    return index >= 0 ? index : undefined;
  };
  const count = Math.max(header.length, 2);
  const name = find(/^(name|field|parameter|header|key)$/i) ?? 0;
  const type = find(/^type$/i) ?? 1;
  const required = find(/^required$/i);
  const description = find(/^description$/i) ?? count - 1;
  return required === undefined ? { name, type, description, count } : { name, type, required, description, count };
}

/** "Email of the user" → "email": only when one word clearly names the thing described. */
export function nameFromDescription(description: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9]*)\s+(of|for)\s+(the|this|a|an)\b/.exec(description.trim());
  return match?.[1]?.toLowerCase();
}

/** A row whose first cell is a type and second is not: the name cell went missing. */
function lostName(cells: readonly string[], columns: ColumnMap): boolean {
  const first = cells[columns.name] ?? "";
  const second = cells[columns.type] ?? "";
  return isKnownTypeText(first) && !isKnownTypeText(second) && second !== "";
}

/**
 * The row's cells aligned to the header, or undefined when the row cannot be read (reported).
 * The name cell may come back "" when it was lost; `fieldName` deals with that.
 */
function alignCells(row: PipeRow, columns: ColumnMap, sink: DiagnosticSink): string[] | undefined {
  let cells = [...row.cells];
  if (lostName(cells, columns)) {
    if (cells.length >= columns.count && cells[cells.length - 1] === "") cells.pop();
    cells = ["", ...cells];
  }
  if (cells.length > columns.count) {
    const extra = cells.slice(columns.count);
    if (extra.some((cell) => cell !== "")) {
      report(sink, "warning", "row-extra-cells", `row has ${cells.length} cells for ${columns.count} columns; joined the extra cells into the last one (an unescaped "|" in the text?)`, row.line);
      cells = [...cells.slice(0, columns.count - 1), cells.slice(columns.count - 1).join(" | ")];
    } else {
      cells = cells.slice(0, columns.count);
    }
  }
  if (cells.length < columns.count) {
    if (cells.filter((cell) => cell !== "").length < 2) {
      report(sink, "error", "row-malformed", `table row "${row.cells.join(" | ")}" has ${row.cells.length} of ${columns.count} cells and cannot be read; row skipped`, row.line);
      return undefined;
    }
    report(sink, "warning", "row-missing-cells", `row has ${cells.length} of ${columns.count} cells; the missing cells were left empty (truncated capture?)`, row.line);
    while (cells.length < columns.count) cells.push("");
  }
  return cells;
}

/** The row's name, recovering a lost one from its description when that is obvious. */
function fieldName(cells: readonly string[], columns: ColumnMap, line: number, sink: DiagnosticSink): string {
  const name = cells[columns.name] ?? "";
  if (name !== "") return name;
  const description = cells[columns.description] ?? "";
  const recovered = nameFromDescription(description);
  if (recovered) {
    report(sink, "warning", "row-name-recovered", `row has no name cell; named it "${recovered}" from its description "${description}"`, line);
    return recovered;
  }
  const placeholder = `unnamed_field_line_${line}`;
  report(sink, "error", "row-name-missing", `row has no name cell and its description "${description}" does not say which field it is; kept as "${placeholder}"`, line);
  return placeholder;
}

function checkedType(type: string, name: string, line: number, sink: DiagnosticSink): string {
  if (!isKnownTypeText(type)) {
    report(sink, "warning", "unknown-type", `type "${type}" of "${name}" is not a known type word; kept as written`, line);
  }
  return type;
}

export function fieldsFromTable(table: PipeTable, sink: DiagnosticSink): DocField[] {
  const columns = mapColumns(table.header);
  const fields: DocField[] = [];
  for (const row of table.rows) {
    const cells = alignCells(row, columns, sink);
    if (!cells) continue;
    const name = fieldName(cells, columns, row.line, sink);
    const field: DocField = {
      name,
      type: checkedType(cells[columns.type] ?? "", name, row.line, sink),
      description: cells[columns.description] ?? "",
      source: { file: sink.file, line: row.line },
    };
    // Only a `Required` column says a body field is required; without one, the page does not say.
    if (columns.required !== undefined) field.required = parseRequired(cells[columns.required], "body", name, row.line, sink);
    fields.push(field);
  }
  return fields;
}

function parseRequired(text: string | undefined, location: ParameterLocation | "body", name: string, line: number, sink: DiagnosticSink): boolean {
  const lower = (text ?? "").trim().toLowerCase();
  if (["true", "yes", "required", "y"].includes(lower)) return true;
  if (["false", "no", "optional", "n"].includes(lower)) return false;
  // Path parameters are always required; for the others the safe reading is "optional".
  const assumed = location === "path";
  report(sink, "warning", "required-unclear", `"required" cell "${text ?? ""}" of parameter "${name}" is not true/false; assumed ${assumed}`, line);
  return assumed;
}

export function parametersFromTable(table: PipeTable, location: ParameterLocation, sink: DiagnosticSink): DocParameter[] {
  const columns = mapColumns(table.header);
  const parameters: DocParameter[] = [];
  for (const row of table.rows) {
    const cells = alignCells(row, columns, sink);
    if (!cells) continue;
    const name = fieldName(cells, columns, row.line, sink);
    const required =
      columns.required === undefined
        ? location === "path"
        : parseRequired(cells[columns.required], location, name, row.line, sink);
    parameters.push({
      name,
      in: location,
      type: checkedType(cells[columns.type] ?? "", name, row.line, sink),
      required,
      description: cells[columns.description] ?? "",
      source: { file: sink.file, line: row.line },
    });
  }
  return parameters;
}
