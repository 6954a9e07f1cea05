import type { Diagnostic, ParameterLocation } from "../../model/types.js";
import { isKnownTypeText } from "../../normalise/doc-types.js";
import type { RawRow, RawTable } from "./blocks.js";
import type { DialectRoles } from "./roles.js";

/**
 * The one table reader: a parameters or fields table, from any dialect, read by its header words
 * (case-insensitive), not by position: Toggl's parameter tables have `name | type | required |
 * description`, its body tables `Name | Type | Description`, widdershins adds an `In` column, other
 * sites reorder or add columns. Damage that captures show is repaired here, once, and reported:
 *   - a row whose name cell was lost (`| string | Email of the user | |`): cells shifted back, the
 *     name recovered from an obvious description, else a placeholder kept (never dropped);
 *   - a row with extra cells (an unescaped `|` in a description): the extras rejoin the last cell;
 *   - a row with too few cells: padded when its name or two cells survive, else reported and skipped.
 * Cells are kept verbatim: what a type or a required cell *means* is decided later.
 */

export type Column = "name" | "type" | "required" | "description" | "in";

export interface TableRow {
  name: string;
  type: string;
  /** The `required` cell verbatim; absent when the table has no such column. */
  required?: string;
  /** The `In` cell verbatim (path, query, header, body…); absent when the table has no such column. */
  in?: string;
  description: string;
  /** Nesting depth of the row in a flat table (`RawRow.depth`); absent for top-level rows. */
  depth?: number;
  /** Values listed for the row (`RawRow.enum`). */
  enum?: string[];
  /** The row describes the whole value (`RawRow.whole`). */
  whole?: boolean;
  line: number;
}

export interface ReadTable {
  rows: TableRow[];
  /** True when the table has an `In` column: a parameters table listing every location at once. */
  hasIn: boolean;
  diagnostics: Diagnostic[];
}

const COMMON_HEADERS: Record<Column, readonly string[]> = {
  name: ["name", "field", "parameter", "param", "property", "key", "attribute", "header"],
  type: ["type", "data type", "datatype", "schema"],
  required: ["required", "mandatory", "optional?", "required?"],
  description: ["description", "desc", "details", "comment"],
  in: ["in", "location", "parameter type", "param type"],
};

const COLUMNS: readonly Column[] = ["name", "type", "required", "description", "in"];

function columnOf(header: string, roles: DialectRoles | undefined): Column | undefined {
  const key = header.toLowerCase().replace(/:$/, "").trim();
  return COLUMNS.find(
    (column) =>
      COMMON_HEADERS[column].includes(key) || (roles?.columns?.[column] ?? []).some((h) => h.toLowerCase() === key),
  );
}

/** Column roles when the header cannot be used: the order most docs tables use. */
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

function warn(
  diagnostics: Diagnostic[],
  file: string,
  line: number,
  code: string,
  message: string,
  severity: Diagnostic["severity"] = "warning",
): void {
  diagnostics.push({ severity, code, message, source: { file, line } });
}

function layoutOf(table: RawTable, file: string, roles: DialectRoles | undefined, diagnostics: Diagnostic[]): Layout {
  if (!table.header) {
    const width = table.rows.reduce((widest, r) => Math.max(widest, r.cells.length), 0);
    warn(
      diagnostics,
      file,
      table.line,
      "table-header-missing",
      `table has no header row; columns read by position (${positionalColumns(width).join(", ")})`,
    );
    return { roles: positionalColumns(width), extra: new Map() };
  }
  const found = table.header.cells.map((cell) => columnOf(cell, roles));
  const seen = new Set<Column>();
  const extra = new Map<number, string>();
  found.forEach((role, i) => {
    if (role && seen.has(role)) found[i] = undefined;
    else if (role) seen.add(role);
    if (!found[i]) extra.set(i, table.header?.cells[i] ?? "");
  });
  if (!seen.has("name")) {
    warn(
      diagnostics,
      file,
      table.header.line,
      "table-name-column-missing",
      `table header (${table.header.cells.join(" | ")}) has no name column; columns read by position`,
    );
    return { roles: positionalColumns(table.header.cells.length), extra: new Map() };
  }
  if (!seen.has("type"))
    warn(
      diagnostics,
      file,
      table.header.line,
      "table-type-column-missing",
      `table header (${table.header.cells.join(" | ")}) has no type column`,
    );
  return { roles: found, extra };
}

/** A row whose name cell holds a type word and whose type cell holds prose: the name cell went missing. */
function lostName(cells: readonly string[], layout: Layout): boolean {
  const name = layout.roles.indexOf("name");
  const type = layout.roles.indexOf("type");
  if (name < 0 || type !== name + 1) return false;
  const first = cells[name] ?? "";
  const second = cells[type] ?? "";
  return isKnownTypeText(first) && !isKnownTypeText(second) && second !== "";
}

/** The row's cells aligned to the header, or undefined when the row cannot be read (reported). */
function alignCells(
  raw: RawRow,
  layout: Layout,
  width: number,
  file: string,
  diagnostics: Diagnostic[],
): string[] | undefined {
  let cells = [...raw.cells];
  // A type cell that links to the schema it names is a type, whatever its word ("ListContent" after a field named "list").
  const typeLinks = raw.links?.[layout.roles.indexOf("type")] !== undefined;
  if (!typeLinks && lostName(cells, layout)) {
    if (cells.length >= width && cells[cells.length - 1] === "") cells.pop();
    const at = layout.roles.indexOf("name");
    cells = [...cells.slice(0, at), "", ...cells.slice(at)];
  }
  if (cells.length > width) {
    const extra = cells.slice(width);
    if (extra.some((cell) => cell !== "")) {
      warn(
        diagnostics,
        file,
        raw.line,
        "row-extra-cells",
        `table row has ${cells.length} cells, the header has ${width}; the extra cells were joined into the last one (an unescaped "|" in the text?)`,
      );
      cells = [...cells.slice(0, width - 1), cells.slice(width - 1).join(" | ")];
    } else cells = cells.slice(0, width);
  }
  if (cells.length < width) {
    const named = (cells[layout.roles.indexOf("name")] ?? "") !== "";
    if (!named && cells.filter((cell) => cell !== "").length < Math.min(2, width)) {
      warn(
        diagnostics,
        file,
        raw.line,
        "row-malformed",
        `table row "${raw.cells.join(" | ")}" has ${raw.cells.length} of ${width} cells and cannot be read; row skipped`,
        "error",
      );
      return undefined;
    }
    warn(
      diagnostics,
      file,
      raw.line,
      "row-missing-cells",
      `table row has ${cells.length} of ${width} cells; the missing cells were read as empty (truncated capture?)`,
    );
    while (cells.length < width) cells.push("");
  }
  return cells;
}

/** "Email of the user" → "email": only when one word clearly names the thing described. */
export function nameFromDescription(description: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9]*)\s+(of|for)\s+(the|this|a|an)\b/.exec(description.trim());
  return match?.[1]?.toLowerCase();
}

function rowOf(
  raw: RawRow,
  layout: Layout,
  width: number,
  file: string,
  diagnostics: Diagnostic[],
): TableRow | undefined {
  const cells = alignCells(raw, layout, width, file, diagnostics);
  if (!cells) return undefined;
  const cell = (column: Column): string | undefined => {
    const index = layout.roles.indexOf(column);
    return index < 0 ? undefined : (cells[index] ?? "");
  };
  const extras = [...layout.extra.entries()]
    .map(([index, header]) => ({ header, value: cells[index] ?? "" }))
    .filter(({ value }) => value !== "" && value !== "-")
    .map(({ header, value }) => (header ? `${header}: ${value}` : value));
  const description = [cell("description") ?? "", ...extras].filter((part) => part !== "").join(". ");
  let name = cell("name") ?? "";
  if (name === "" && !raw.whole) {
    if (raw.cells.every((c) => c === "")) return undefined;
    const recovered = nameFromDescription(cell("description") ?? "");
    if (recovered) {
      warn(
        diagnostics,
        file,
        raw.line,
        "row-name-recovered",
        `table row has no name cell; named it "${recovered}" from its description "${cell("description")}"`,
      );
      name = recovered;
    } else {
      name = `unnamed_field_line_${raw.line}`;
      warn(
        diagnostics,
        file,
        raw.line,
        "row-name-missing",
        `table row has no name cell and its description does not say which field it is; kept as "${name}"`,
        "error",
      );
    }
  }
  const required = cell("required");
  const location = cell("in");
  return {
    name,
    type: cell("type") ?? "",
    ...(required !== undefined ? { required } : {}),
    ...(location !== undefined ? { in: location } : {}),
    description,
    ...(raw.depth ? { depth: raw.depth } : {}),
    ...(raw.enum ? { enum: raw.enum } : {}),
    ...(raw.whole ? { whole: true } : {}),
    line: raw.line,
  };
}

export function readTable(table: RawTable, file: string, roles?: DialectRoles): ReadTable {
  const diagnostics: Diagnostic[] = [];
  const layout = layoutOf(table, file, roles, diagnostics);
  const width = table.header ? table.header.cells.length : layout.roles.length;
  if (layout.extra.size > 0) {
    warn(
      diagnostics,
      file,
      table.header?.line ?? table.line,
      "table-extra-column",
      `table columns ${[...layout.extra.values()].map((h) => `"${h}"`).join(", ")} are not name/type/required/description/in; kept in the description`,
      "info",
    );
  }
  const rows = table.rows.flatMap((raw) => rowOf(raw, layout, width, file, diagnostics) ?? []);
  return { rows, hasIn: layout.roles.includes("in"), diagnostics };
}

/** The `required` cell as a boolean; undefined when the text says neither. */
export function parseRequired(text: string): boolean | undefined {
  const value = text.toLowerCase().trim();
  if (["true", "yes", "required", "y", "✓", "✔", "✅"].includes(value)) return true;
  if (["false", "no", "optional", "n", "-", ""].includes(value)) return false;
  return undefined;
}

/** An `In` cell as a parameter location; "body" (a body row of a parameters table) is returned as such. */
export function parseLocation(text: string): ParameterLocation | "body" | "cookie" | undefined {
  const value = text.toLowerCase().trim();
  if (value === "path" || value === "query" || value === "header" || value === "body" || value === "cookie")
    return value;
  if (value === "headers") return "header";
  if (value === "formdata" || value === "form" || value === "form-data") return "body";
  return undefined;
}
