/**
 * Status tables: one table listing every response of an operation, a row per status (widdershins'
 * `Status | Meaning | Description | Schema`), instead of a heading per status. Each row becomes a
 * response; a schema cell that links to a schema section gives the response's fields.
 */
import type { Diagnostic, DocField, DocResponse } from "../../model/types.js";
import type { RawTable } from "./blocks.js";
import { fieldsFromRows } from "./fields.js";
import type { DialectRoles } from "./roles.js";
import { linkedSchemaTable, type SchemaSections } from "./schema-sections.js";
import { readTable } from "./table-rows.js";

const key = (cell: string) => cell.trim().toLowerCase();

export function isStatusTable(table: RawTable): boolean {
  const header = (table.header?.cells ?? []).map(key);
  // A response-headers table (`Status | Header | Type | …`) starts with a status too: it names things, a status table does not.
  const namesThings = header.some((c) => c === "header" || c === "name" || c === "type");
  return (
    (header[0] === "status" || header[0] === "code" || header[0] === "status code") &&
    !namesThings &&
    (header.includes("meaning") || header.includes("description"))
  );
}

/** The status as a response key: "200", "4XX", "default"; undefined for anything else. */
function statusOf(cell: string): string | undefined {
  const text = cell.trim();
  if (/^[1-5]\d\d$/.test(text)) return text;
  if (/^[1-5]xx$/i.test(text)) return text.toUpperCase();
  if (/^default$/i.test(text)) return "default";
  return undefined;
}

export interface StatusRow {
  response: DocResponse;
  /** The fields the schema cell links to, when it does. */
  fields?: DocField[];
}

export function readStatusTable(
  table: RawTable,
  sections: SchemaSections | undefined,
  file: string,
  diagnostics: Diagnostic[],
  roles?: DialectRoles,
): StatusRow[] {
  const header = (table.header?.cells ?? []).map(key);
  const column = (name: string) => header.indexOf(name);
  const description = column("description");
  const meaning = column("meaning");
  const schema = column("schema");
  const out: StatusRow[] = [];
  for (const row of table.rows) {
    const status = statusOf(row.cells[0] ?? "");
    if (!status) {
      diagnostics.push({
        severity: "warning",
        code: "status-unreadable",
        message: `status table row "${row.cells.join(" | ")}" names no status; row not read`,
        source: { file, line: row.line },
      });
      continue;
    }
    const text =
      (description >= 0 ? row.cells[description] : undefined) || (meaning >= 0 ? row.cells[meaning] : undefined) || "";
    const result: StatusRow = { response: { status, description: text, source: { file, line: row.line } } };
    const target = schema >= 0 ? row.links?.[schema] : undefined;
    if (target !== undefined) {
      const linked = sections ? linkedSchemaTable(row.cells[schema] ?? "", target, row.line, sections) : undefined;
      if (linked && linked.rows.length === 0) {
        // The schema's section lists no fields: nothing to read, nothing lost.
      } else if (linked) {
        const read = readTable(linked, file, roles);
        diagnostics.push(...read.diagnostics);
        result.fields = fieldsFromRows(read.rows, file, diagnostics);
      } else {
        diagnostics.push({
          severity: "warning",
          code: "schema-link-dead",
          message: `status ${status}: schema "${row.cells[schema]}" links to "#${target}", which is no fields section on this page; its fields are not read`,
          source: { file, line: row.line },
        });
      }
    }
    out.push(result);
  }
  return out;
}
