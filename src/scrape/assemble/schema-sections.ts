/**
 * Schema sections: pages that define each schema once, in a section of its own (widdershins'
 * `# Schemas` → `<h2 id="tocS_Pet">Pet</h2>` + a properties table), and link to it from a type
 * cell (`[Pet](#schemapet)`, `[[Pet](#schemapet)]`). A row that links to such a section, with no
 * nested rows of its own, gets the section's rows nested under it, recursively (a schema already
 * being expanded further up is not expanded again: recursive schemas stop there). Rows that
 * describe the whole value (`RawRow.whole`) of an object are dissolved: the schema's rows (an
 * `allOf` part) or its own nested rows take its place. The copied rows keep their own lines, so
 * provenance points at the section.
 */
import type { Diagnostic } from "../../model/types.js";
import type { Block, RawRow, RawTable } from "./blocks.js";
import { isValuesTable } from "./values-tables.js";

export interface SchemaSection {
  title: string;
  line: number;
  /** The header of the section's (first) fields table: the columns of `rows`. */
  header: RawRow;
  rows: RawRow[];
}

/** Sections by every id that lands on them (heading id, anchors). */
export type SchemaSections = Map<string, SchemaSection>;

/** Deeper than this, linked schemas are not expanded (a page this deep is a generator's loop). */
const MAX_LINK_DEPTH = 12;

function linkTargets(blocks: readonly Block[]): Set<string> {
  const targets = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    for (const row of block.table.rows) for (const link of row.links ?? []) if (link) targets.add(link);
  }
  return targets;
}

/** The sections some table row links to: the fields tables under each linked heading. */
export function findSchemaSections(blocks: readonly Block[]): SchemaSections {
  const targets = linkTargets(blocks);
  const sections: SchemaSections = new Map();
  if (targets.size === 0) return sections;
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.kind !== "heading") continue;
    const ids = [heading.id, ...(heading.anchors ?? [])].filter(
      (id): id is string => id !== undefined && targets.has(id),
    );
    if (ids.length === 0) continue;
    let header: RawRow | undefined;
    const rows: RawRow[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const block = blocks[j]!;
      if (block.kind === "heading" && block.level <= heading.level) break;
      if (block.kind !== "table" || !block.table.header || isValuesTable(block.table)) continue;
      // allOf parts come as several tables of the same columns: their rows add up.
      header ??= block.table.header;
      rows.push(...remapRows(dissolveItemRows(block.table.rows), block.table.header, header));
    }
    // A schema without fields (its section says "None") is still a section: links to it are not dead.
    const section = {
      title: heading.text,
      line: heading.line,
      header: header ?? { cells: [], line: heading.line },
      rows,
    };
    for (const id of ids) sections.set(id, section);
  }
  return sections;
}

const key = (cell: string) => cell.trim().toLowerCase();

/** Rows of a table with header `from`, re-ordered into the columns of `to` (missing cells empty). */
function remapRows(rows: readonly RawRow[], from: RawRow, to: RawRow, fill: Record<string, string> = {}): RawRow[] {
  if (from === to || from.cells.map(key).join("|") === to.cells.map(key).join("|")) return [...rows];
  const index = to.cells.map((cell) => from.cells.map(key).indexOf(key(cell)));
  return rows.map((row) => {
    const cells = index.map((i, column) => (i >= 0 ? (row.cells[i] ?? "") : (fill[key(to.cells[column]!)] ?? "")));
    const links = row.links ? index.map((i) => (i >= 0 ? row.links![i] : undefined)) : undefined;
    return { ...row, cells, ...(links ? { links } : {}) };
  });
}

/** The section a row's type links to: any linked cell but the name. */
function linkOf(row: RawRow): string | undefined {
  return row.links?.find((link, i) => i > 0 && link !== undefined);
}

const isArrayType = (row: RawRow, typeColumn: number) => (row.cells[typeColumn] ?? "").trim().startsWith("[");

interface Expansion {
  sections: SchemaSections;
  header: RawRow;
  typeColumn: number;
  /** Cells to fill in copied rows for columns the section lacks (the `In` of a body row). */
  fill: Record<string, string>;
}

function expandRows(rows: readonly RawRow[], ctx: Expansion, stack: readonly string[]): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const depth = row.depth ?? 0;
    const inlineChildren = (rows[i + 1]?.depth ?? 0) > depth;
    const target = linkOf(row);
    const section = target === undefined || inlineChildren ? undefined : ctx.sections.get(target);
    const expandable = section !== undefined && !stack.includes(target!) && stack.length < MAX_LINK_DEPTH;
    const linked = expandable
      ? expandRows(remapRows(section!.rows, section!.header, ctx.header, ctx.fill), ctx, [...stack, target!])
      : [];
    if (row.whole && !isArrayType(row, ctx.typeColumn) && (expandable || inlineChildren)) {
      // An object's whole-value row: its fields stand in its place.
      if (expandable) out.push(...linked.map((r) => ({ ...r, depth: (r.depth ?? 0) + depth })));
      else {
        let j = i + 1;
        const children: RawRow[] = [];
        for (; j < rows.length && (rows[j]!.depth ?? 0) > depth; j++)
          children.push({ ...rows[j]!, depth: (rows[j]!.depth ?? 0) - 1 });
        out.push(...expandRows(children, ctx, stack));
        i = j - 1;
      }
      continue;
    }
    const alias = expandable ? aliasRow(linked) : undefined;
    if (alias) {
      // The schema is one whole value (`*anonymous* | string(date-time)`, an enum, `[object]` with
      // fields): the linking row takes its type and values, and its nested rows.
      const cells = [...row.cells];
      cells[ctx.typeColumn] = alias.cells[ctx.typeColumn] ?? cells[ctx.typeColumn] ?? "";
      const { links: _links, ...rest } = row;
      out.push({ ...rest, cells, ...(alias.enum ? { enum: alias.enum } : {}) });
      out.push(...linked.slice(1).map((r) => ({ ...r, depth: (r.depth ?? 0) + depth })));
      continue;
    }
    out.push(row);
    if (expandable) out.push(...linked.map((r) => ({ ...r, depth: (r.depth ?? 0) + depth + 1 })));
  }
  return out;
}

/** The one whole-value row a schema's rows start with, when all other rows nest under it. */
function aliasRow(rows: readonly RawRow[]): RawRow | undefined {
  const [first] = rows;
  if (!first?.whole || (first.depth ?? 0) !== 0) return undefined;
  return rows.slice(1).every((r) => (r.depth ?? 0) > 0) ? first : undefined;
}

/**
 * An array row whose one child is typed as the array's items (`attachments | [Attachment]`, then
 * `» Attachment | Attachment`: widdershins names the items by their schema's title) shows the items
 * themselves: the child row is dropped and its rows become the array's.
 */
function dissolveItemRows(rows: readonly RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out.push(row);
    const depth = row.depth ?? 0;
    const target = linkOf(row);
    const child = rows[i + 1];
    if (target === undefined || !child || (child.depth ?? 0) !== depth + 1 || linkOf(child) !== target) continue;
    let end = i + 2;
    while (end < rows.length && (rows[end]!.depth ?? 0) > depth + 1) end++;
    const onlyChild = end >= rows.length || (rows[end]!.depth ?? 0) <= depth;
    if (!onlyChild || !row.cells.some((c) => c.trim().startsWith("["))) continue;
    for (let j = i + 2; j < end; j++) out.push({ ...rows[j]!, depth: (rows[j]!.depth ?? 1) - 1 });
    i = end - 1;
  }
  return out;
}

/**
 * A row whose nested rows are all whole values without rows of their own (the parts of an `allOf`
 * over scalars: `eventType | any`, then `» *anonymous* | string`): the parts say what the row's
 * value is, so they are folded into it; the first typed part gives a row typed `any` its type.
 */
function foldScalarParts(all: readonly RawRow[], typeColumn: number): RawRow[] {
  const untyped = (cell: string | undefined) => cell === undefined || /^(any|)$/i.test(cell.trim());
  // A nested whole-value part of no type and no rows (`» *anonymous* | any`, next to an object
  // part already dissolved into fields) carries only a description: nothing to read.
  const rows = all.filter(
    (r, i) =>
      !(r.whole && (r.depth ?? 0) > 0 && untyped(r.cells[typeColumn]) && (all[i + 1]?.depth ?? 0) <= (r.depth ?? 0)),
  );
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const depth = row.depth ?? 0;
    let end = i + 1;
    while (end < rows.length && (rows[end]!.depth ?? 0) > depth) end++;
    const parts = rows.slice(i + 1, end);
    if (parts.length === 0 || !parts.every((p) => p.whole && (p.depth ?? 0) === depth + 1)) {
      out.push(row);
      continue;
    }
    const typed = parts.find((p) => !untyped(p.cells[typeColumn]));
    const cells = [...row.cells];
    if (untyped(cells[typeColumn]) && typed) cells[typeColumn] = typed.cells[typeColumn]!;
    const values = parts.find((p) => p.enum)?.enum;
    out.push({ ...row, cells, ...(values && !row.enum ? { enum: values } : {}) });
    i = end - 1;
  }
  return out;
}

/** Rows all nested one level or more under a root the table does not show: lifted to depth 0. */
function liftRows(rows: readonly RawRow[]): RawRow[] {
  if (rows.length === 0) return [...rows];
  const least = Math.min(...rows.map((r) => r.depth ?? 0));
  if (least === 0) return [...rows];
  return rows.map((r) => ({ ...r, depth: (r.depth ?? 0) - least }));
}

/** A fields or parameters table with its linked schemas expanded into nested rows. */
export function expandLinkedRows(table: RawTable, sections: SchemaSections): RawTable {
  if (!table.header || isValuesTable(table)) return table;
  const header = table.header;
  const typeColumn = header.cells.findIndex((c) => key(c) === "type");
  // Only fields and parameters tables nest rows (a status table's schema cell is read by ./status-table.ts).
  if (typeColumn < 0) return table;
  const inColumn = header.cells.findIndex((c) => key(c) === "in");
  const rows: RawRow[] = [];
  // Each top-level row is expanded on its own: a body row's copies say they are `in` the body.
  const lifted = dissolveItemRows(liftRows(table.rows));
  for (let i = 0; i < lifted.length;) {
    let j = i + 1;
    while (j < lifted.length && (lifted[j]!.depth ?? 0) > 0) j++;
    const fill: Record<string, string> = inColumn >= 0 ? { in: lifted[i]!.cells[inColumn] ?? "" } : {};
    rows.push(
      ...foldScalarParts(expandRows(lifted.slice(i, j), { sections, header, typeColumn, fill }, []), typeColumn),
    );
    i = j;
  }
  return { ...table, rows };
}

/**
 * The fields table a schema cell stands for (a status table's `[Pet](#schemapet)`): the linked
 * section's rows, expanded; undefined when the link leads to no section.
 */
export function linkedSchemaTable(
  typeText: string,
  target: string,
  line: number,
  sections: SchemaSections,
): RawTable | undefined {
  const section = sections.get(target);
  if (!section) return undefined;
  const header = section.header;
  const typeColumn = Math.max(
    0,
    header.cells.findIndex((c) => key(c) === "type"),
  );
  const cells = header.cells.map((_c, i) => (i === typeColumn ? typeText : ""));
  const links = header.cells.map((_c, i) => (i === typeColumn ? target : undefined));
  const root: RawRow = { cells, links, whole: true, line };
  return {
    header,
    rows: foldScalarParts(expandRows([root], { sections, header, typeColumn, fill: {} }, []), typeColumn),
    line,
  };
}

/** Diagnostics for links that lead nowhere on the page. */
export function reportDeadLinks(
  blocks: readonly Block[],
  sections: SchemaSections,
  file: string,
  diagnostics: Diagnostic[],
): void {
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    for (const row of block.table.rows) {
      const target = linkOf(row);
      if (target !== undefined && !sections.has(target)) {
        diagnostics.push({
          severity: "info",
          code: "schema-link-dead",
          message: `type links to "#${target}", which is no fields section on this page`,
          source: { file, line: row.line },
        });
      }
    }
  }
}
