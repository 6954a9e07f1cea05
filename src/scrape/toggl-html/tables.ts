import type { Diagnostic } from "../../model/types.js";
import type { RawRow, RawTable } from "./blocks.js";

/**
 * Reads a parameters or fields table by its header names (case-insensitive), not by position:
 * the parameter tables have `name | type | required | description`, the body and response
 * tables `Name | Type | Description`, and other pages add or reorder columns. Problems become
 * diagnostics and the row is kept whenever it still has a name.
 */

export type Column = "name" | "type" | "required" | "description";

export interface TableRow {
  name: string;
  type: string;
  /** The `required` cell verbatim; absent when the table has no such column. */
  required?: string;
  description: string;
  line: number;
}

export interface ReadTable {
  rows: TableRow[];
  diagnostics: Diagnostic[];
}

const HEADER_ALIASES: Record<Column, readonly string[]> = {
  name: ["name", "field", "parameter", "param", "property", "key", "attribute"],
  type: ["type", "data type", "datatype"],
  required: ["required", "mandatory", "optional?", "required?"],
  description: ["description", "desc", "details", "comment"],
};

function columnOf(header: string): Column | undefined {
  const key = header.toLowerCase().replace(/:$/, "").trim();
  return (Object.keys(HEADER_ALIASES) as Column[]).find((column) => HEADER_ALIASES[column].includes(key));
}

/** Column roles when the header cannot be used: the order the Toggl tables use. */
function positionalColumns(width: number): (Column | undefined)[] {
  if (width >= 4) return ["name", "type", "required", "description"];
  if (width === 3) return ["name", "type", "description"];
  return (["name", "type"] as Column[]).slice(0, Math.max(width, 1));
}

interface Layout {
  roles: (Column | undefined)[];
  /** Header texts of the columns no role claims; their cells are kept in the description. */
  extra: Map<number, string>;
}

function layoutOf(table: RawTable, file: string, diagnostics: Diagnostic[]): Layout {
  const at = (line: number) => ({ file, line });
  if (!table.header) {
    const width = table.rows.reduce((widest, r) => Math.max(widest, r.cells.length), 0);
    diagnostics.push({
      severity: "warning",
      code: "table-header-missing",
      message: `table has no header row; columns read by position (${positionalColumns(width).join(", ")})`,
      source: at(table.line),
    });
    return { roles: positionalColumns(width), extra: new Map() };
  }
  const roles = table.header.cells.map(columnOf);
  const seen = new Set<Column>();
  const extra = new Map<number, string>();
  roles.forEach((role, i) => {
    if (role && seen.has(role)) roles[i] = undefined;
    else if (role) seen.add(role);
    if (!roles[i]) extra.set(i, table.header?.cells[i] ?? "");
  });
  if (!seen.has("name")) {
    diagnostics.push({
      severity: "warning",
      code: "table-name-column-missing",
      message: `table header (${table.header.cells.join(" | ")}) has no name column; columns read by position`,
      source: at(table.header.line),
    });
    return { roles: positionalColumns(table.header.cells.length), extra: new Map() };
  }
  if (!seen.has("type")) {
    diagnostics.push({
      severity: "warning",
      code: "table-type-column-missing",
      message: `table header (${table.header.cells.join(" | ")}) has no type column`,
      source: at(table.header.line),
    });
  }
  return { roles, extra };
}

function rowOf(raw: RawRow, layout: Layout, width: number, file: string, diagnostics: Diagnostic[]): TableRow | undefined {
  const source = { file, line: raw.line };
  if (raw.cells.length !== width) {
    diagnostics.push({
      severity: "warning",
      code: "table-row-cells",
      message: `table row has ${raw.cells.length} cells, the header has ${width}${raw.cells.length < width ? "; missing cells read as empty" : "; extra cells ignored"}`,
      source,
    });
  }
  const cell = (column: Column): string | undefined => {
    const index = layout.roles.indexOf(column);
    return index < 0 ? undefined : (raw.cells[index] ?? "");
  };
  const name = cell("name") ?? "";
  if (name === "") {
    diagnostics.push({ severity: "warning", code: "row-name-missing", message: "table row without a name; row skipped", source });
    return undefined;
  }
  const extras = [...layout.extra.entries()]
    .map(([index, header]) => ({ header, value: raw.cells[index] ?? "" }))
    .filter(({ value }) => value !== "" && value !== "-")
    .map(({ header, value }) => (header ? `${header}: ${value}` : value));
  const description = [cell("description") ?? "", ...extras].filter((part) => part !== "").join(". ");
  const required = cell("required");
  return { name, type: cell("type") ?? "", ...(required !== undefined ? { required } : {}), description, line: raw.line };
}

export function readTable(table: RawTable, file: string): ReadTable {
  const diagnostics: Diagnostic[] = [];
  const layout = layoutOf(table, file, diagnostics);
  const width = table.header ? table.header.cells.length : layout.roles.length;
  if (layout.extra.size > 0) {
    diagnostics.push({
      severity: "info",
      code: "table-extra-column",
      message: `table columns ${[...layout.extra.values()].map((h) => `"${h}"`).join(", ")} are not name/type/required/description; kept in the description`,
      source: { file, line: table.header?.line ?? table.line },
    });
  }
  const rows = table.rows.flatMap((raw) => rowOf(raw, layout, width, file, diagnostics) ?? []);
  return { rows, diagnostics };
}

/** The `required` cell as a boolean; undefined when the text says neither. */
export function parseRequired(text: string): boolean | undefined {
  const value = text.toLowerCase().trim();
  if (["true", "yes", "required", "y", "✓", "✔"].includes(value)) return true;
  if (["false", "no", "optional", "n", "-", ""].includes(value)) return false;
  return undefined;
}
