/**
 * Values tables: a two-column table `Parameter | Value` (or `Property | Value`) listing, one row
 * per value, the values a field or parameter of the table above it allows (widdershins'
 * "Enumerated Values"). Each value list is put on the rows of that table it names (`RawRow.enum`),
 * so it travels with the row wherever the row is read (a schema section copied into a body).
 * A name with depth marks (`»» period`) names the row at that depth; several rows of one name
 * all get the values (the page does not say which one it means).
 */
import type { Diagnostic } from "../../model/types.js";
import type { Block, RawRow, RawTable } from "./blocks.js";

export function isValuesTable(table: RawTable): boolean {
  const header = table.header?.cells ?? [];
  return (
    header.length === 2 &&
    /^(parameter|property|field|name)$/i.test(header[0]!.trim()) &&
    /^values?$/i.test(header[1]!.trim())
  );
}

/** A table that lists fields or parameters: a header with a name column and a type column. */
function isFieldsTable(table: RawTable): boolean {
  const header = (table.header?.cells ?? []).map((c) => c.trim().toLowerCase());
  return (
    header.length >= 2 &&
    !isValuesTable(table) &&
    header.some((c) => c === "name" || c === "field" || c === "parameter" || c === "property") &&
    header.includes("type")
  );
}

/** Puts every values table's values on the rows it names; reports values that name no row. */
export function applyValuesTables(blocks: readonly Block[], file: string, diagnostics: Diagnostic[]): void {
  let fields: RawTable | undefined;
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    if (!isValuesTable(block.table)) {
      if (isFieldsTable(block.table)) fields = block.table;
      continue;
    }
    const byName = new Map<string, { depth?: number; values: string[]; line: number }>();
    for (const row of block.table.rows) {
      const name = row.cells[0] ?? "";
      const key = `${row.depth ?? ""} ${name}`;
      const entry = byName.get(key) ?? { ...(row.depth ? { depth: row.depth } : {}), values: [], line: row.line };
      entry.values.push(row.cells[1] ?? "");
      byName.set(key, entry);
    }
    for (const [key, entry] of byName) {
      const name = key.slice(key.indexOf(" ") + 1);
      const targets = (fields?.rows ?? []).filter(
        (r: RawRow) => r.cells[0] === name && (entry.depth === undefined || (r.depth ?? 0) === entry.depth),
      );
      if (targets.length === 0) {
        diagnostics.push({
          severity: "warning",
          code: "values-unplaced",
          message: `values listed for "${name}" match no row of the table above; not read`,
          source: { file, line: entry.line },
        });
        continue;
      }
      for (const target of targets) target.enum = entry.values;
    }
  }
}
