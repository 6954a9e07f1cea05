import type { Diagnostic, DocField, DocParameter, ParameterLocation } from "../../model/types.js";
import { parseRequired, type TableRow } from "./table-rows.js";
import { appendAll } from "../common/append.js";

/**
 * Table rows to model parameters and fields, and the two ways pages show nesting: tables titled
 * by a field name (Toggl's `<h5>items</h5>`), and rows indented under the row above (`RawRow.depth`,
 * widdershins' `»`). One policy for both: a child attaches to the field it names or sits under; a
 * nested table that names no field is reported and not attached (no field is invented for it).
 */

export function parameterFromRow(
  row: TableRow,
  location: ParameterLocation,
  file: string,
  diagnostics: Diagnostic[],
): DocParameter {
  const source = { file, line: row.line };
  let required = parseRequired(row.required ?? "");
  if (row.required === undefined) {
    // A path parameter is part of the URL, so it cannot be left out whatever the table says.
    required = location === "path";
    diagnostics.push({
      severity: "info",
      code: "required-column-missing",
      message: `parameter "${row.name}" has no required column; read as ${required ? "required" : "optional"}`,
      source,
    });
  } else if (required === undefined) {
    required = location === "path";
    diagnostics.push({
      severity: "warning",
      code: "required-value-unknown",
      message: `parameter "${row.name}": required cell "${row.required}" is neither true nor false; read as ${required}`,
      source,
    });
  }
  return {
    name: row.name,
    in: location,
    type: row.type,
    required,
    description: row.description,
    ...(row.enum ? { enum: row.enum } : {}),
    source,
  };
}

/**
 * Fields of a table whose rows carry depths: a row at depth d + 1 is a child of the nearest row
 * above it at depth d. A row deeper than one level below the row above is attached to that row
 * (reported), so a skipped level never loses a row.
 */
export function fieldsFromRows(rows: readonly TableRow[], file: string, diagnostics: Diagnostic[]): DocField[] {
  const top: DocField[] = [];
  const open: DocField[] = [];
  for (const row of rows) {
    const field = fieldFromRow(row, file, diagnostics);
    let depth = Math.max(0, row.depth ?? 0);
    if (depth > open.length) {
      diagnostics.push({
        severity: "warning",
        code: "row-depth-skipped",
        message: `row "${row.name}" is nested ${depth} levels deep under a row at depth ${open.length - 1}; attached to the row above`,
        source: { file, line: row.line },
      });
      depth = open.length;
    }
    open.length = depth;
    const parent = open[depth - 1];
    if (parent) (parent.children ??= []).push(field);
    else top.push(field);
    open.push(field);
  }
  return top;
}

export function fieldFromRow(row: TableRow, file: string, diagnostics: Diagnostic[]): DocField {
  const source = { file, line: row.line };
  const field: DocField = {
    name: row.name,
    type: row.type,
    description: row.description,
    ...(row.enum ? { enum: row.enum } : {}),
    ...(row.whole ? { whole: true } : {}),
    source,
  };
  if (row.required !== undefined) {
    const required = parseRequired(row.required);
    if (required === undefined) {
      diagnostics.push({
        severity: "warning",
        code: "required-value-unknown",
        message: `field "${row.name}": required cell "${row.required}" is neither true nor false; left unset`,
        source,
      });
    } else field.required = required;
  }
  return field;
}

/**
 * The tables of one body or one response, in page order. A table titled by a field name
 * (an `<h5>items</h5>`, deeper `<h6>`, or the same level repeated) describes that field: it is
 * attached to the nearest earlier table that has a field of that name, at any depth.
 */
export interface TableGroup {
  /** The fields of the first table: what the body or response holds. */
  root: DocField[];
  /** Every table of the group with the heading level that introduced it, most recent last. */
  tables: { fields: DocField[]; level: number }[];
}

export function newTableGroup(root: DocField[], level: number): TableGroup {
  return { root, tables: [{ fields: root, level }] };
}

/**
 * Finds the field a nested table describes: the nearest (most recent) table with a field of that
 * name still without children, skipping tables introduced by a deeper heading than the title
 * (they cannot enclose it); failing that any such field; then any field of that name (its
 * children are then extended). Equal levels qualify: some pages repeat one level for all depths.
 */
function findParentField(group: TableGroup, name: string, level: number): DocField | undefined {
  // Most recent table first, stopping at the first match: a chain of titled tables (each naming a
  // field of the one before) costs one table per title, so pages with thousands stay fast.
  const first = (accept: (table: { level: number }, field: DocField) => boolean): DocField | undefined => {
    for (let i = group.tables.length - 1; i >= 0; i--) {
      const table = group.tables[i]!;
      const field = table.fields.find((f) => f.name === name && accept(table, f));
      if (field) return field;
    }
    return undefined;
  };
  return (
    first((table, f) => f.children === undefined && table.level <= level) ??
    first((_table, f) => f.children === undefined) ??
    first(() => true)
  );
}

/** Attaches a nested table; returns false (and reports) when no field of that name exists. */
export function attachNestedTable(
  group: TableGroup,
  title: { name: string; level: number; line: number },
  fields: DocField[],
  file: string,
  diagnostics: Diagnostic[],
): boolean {
  const source = { file, line: title.line };
  const parent = findParentField(group, title.name, title.level);
  if (!parent) {
    diagnostics.push({
      severity: "warning",
      code: "nested-table-orphan",
      message: `table titled "${title.name}" matches no field of the tables above it; its ${fields.length} field(s) are not attached`,
      source,
    });
    return false;
  }
  if (parent.children) {
    diagnostics.push({
      severity: "warning",
      code: "nested-table-repeated",
      message: `field "${title.name}" already has a nested table; the fields of this one are added to it`,
      source,
    });
    appendAll(parent.children, fields);
  } else parent.children = fields;
  group.tables.push({ fields, level: title.level });
  return true;
}
