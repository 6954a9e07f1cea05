/**
 * Continued tables: one table split in parts by a combinator word between them (widdershins
 * writes `*allOf*`, `*and*`, `*oneOf*`, `*xor*`, `*continued*` between the tables of a schema that
 * combines others). The parts have the same columns and their rows continue the nesting of the
 * first part, so they are read as one table; the words themselves say nothing more the model keeps.
 */
import type { Block } from "./blocks.js";

const COMBINATOR = /^(allOf|anyOf|oneOf|and|or|xor|continued)$/i;

const headerKey = (block: Extract<Block, { kind: "table" }>) =>
  (block.table.header?.cells ?? []).map((c) => c.trim().toLowerCase()).join("|");

export function mergeContinuedTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "paragraph" && COMBINATOR.test(block.text.trim())) {
      // A combinator between two tables of the same columns: the next table continues the previous one.
      let j = i;
      while (
        blocks[j]?.kind === "paragraph" &&
        COMBINATOR.test((blocks[j] as Extract<Block, { kind: "paragraph" }>).text.trim())
      )
        j++;
      const previous = out[out.length - 1];
      const next = blocks[j];
      if (
        previous?.kind === "table" &&
        next?.kind === "table" &&
        previous.table.header &&
        headerKey(previous) === headerKey(next)
      ) {
        out[out.length - 1] = {
          ...previous,
          table: { ...previous.table, rows: [...previous.table.rows, ...next.table.rows] },
        };
        i = j;
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
