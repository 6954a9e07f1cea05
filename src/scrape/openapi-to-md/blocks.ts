import type { Diagnostic } from "../../model/types.js";
import type { Block, RawRow } from "../assemble/blocks.js";
import { readTypeBlock, TYPE_BLOCK_HEADER } from "../assemble/type-blocks.js";
import { OPERATION_HEADING } from "./roles.js";

/**
 * The lexer of an openapi-to-md page (1.x). Its template is fixed (the package's renderer.js):
 *   # Title, `> Version`, description, `## Path Table` and `## Reference Table` (index tables,
 *   not read: every operation is detailed below), `## Path Details`, then per operation
 *   `***`, `### [METHOD]/path`, definition items (`- Summary  ` + the value on the next lines;
 *   Operation id, Description, Security), `#### Parameters(Query)` / `#### Headers` with one
 *   ```typescript block per parameter, `#### RequestBody` with `- <media type>` and a type block,
 *   `#### Responses` with `- <status> <description>` items, each followed by `` `media type` `` and
 *   a type block; then `## References`: `### #/components/…` sections with their type blocks.
 * Blocks: the operation heading and the URL line it states; Summary and Description as
 * paragraphs; each status item as a status heading (its "undefined", the generator printing a
 * missing description, dropped); type blocks as field tables (`../assemble/type-blocks.ts`), the
 * blocks of one parameters section as one table; a block that only names references
 * (`undefined?: #/components/schemas/A & #/components/schemas/B`) as the rows of those sections.
 */

interface Line {
  text: string;
  line: number;
}

/** How many references deep a block's rows are followed (a schema naming itself stops there). */
const MAX_REF_DEPTH = 4;

export function openapiToMdBlocks(text: string, file: string, diagnostics: Diagnostic[]): Block[] {
  const lines: Line[] = text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
  const references = referenceSections(lines);
  const blocks: Block[] = [];
  let part = "";
  let parameterRows: { rows: RawRow[]; line: number } | undefined;
  const flushParameters = (): void => {
    if (parameterRows) blocks.push(tableBlock(parameterRows.rows, parameterRows.line));
    parameterRows = undefined;
  };
  const warn = (line: number, code: string, message: string): void => {
    diagnostics.push({ severity: "warning", code, message, source: { file, line } });
  };
  for (let i = 0; i < lines.length; i++) {
    const { text: raw, line } = lines[i]!;
    const trimmed = raw.trim();
    // The references section holds schemas, not operations: read only when a type block names one.
    if (/^##\s+References\s*$/.test(raw)) {
      flushParameters();
      blocks.push({ kind: "heading", level: 2, text: "References", line });
      break;
    }
    if (trimmed === "" || trimmed === "***") continue;
    const fence = /^```(\w*)\s*$/.exec(trimmed);
    if (fence) {
      let end = i + 1;
      while (end < lines.length && lines[end]!.text.trim() !== "```") end++;
      const body = lines
        .slice(i + 1, end)
        .map((l) => l.text)
        .join("\n");
      i = end;
      if (fence[1] !== "typescript") {
        flushParameters();
        blocks.push({ kind: "code", text: body, ...(fence[1] ? { language: fence[1] } : {}), line });
        continue;
      }
      const rows = typeBlockRows(body, line + 1, references, file, diagnostics, 0);
      if (/^(parameters|headers)/i.test(part)) {
        parameterRows ??= { rows: [], line };
        parameterRows.rows.push(...rows);
      } else if (rows.length > 0) blocks.push(tableBlock(rows, line));
      continue;
    }
    flushParameters();
    if (/^\|/.test(trimmed)) continue; // the index tables (Path Table, Reference Table)
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(raw);
    if (heading) {
      const level = heading[1]!.length;
      const headingText = heading[2]!;
      blocks.push({ kind: "heading", level, text: headingText, line });
      if (level === 4) part = headingText;
      if (level <= 3) part = "";
      const operation = OPERATION_HEADING.exec(headingText);
      if (operation) blocks.push({ kind: "code", text: `${operation[1]!.toUpperCase()} ${operation[2]}`, line });
      continue;
    }
    const item = /^-\s+(.*?)(\s{2,})?$/.exec(raw);
    if (item) {
      const label = item[1]!.trim();
      if (item[2] !== undefined) {
        // A definition item: the label line ends in a Markdown line break, the value follows.
        let end = i + 1;
        const value: string[] = [];
        while (end < lines.length && lines[end]!.text.trim() !== "") value.push(lines[end++]!.text.trim());
        i = end - 1;
        if (/^(summary|description)$/i.test(label))
          blocks.push({ kind: "paragraph", text: value.join("\n"), line: line + 1 });
        else blocks.push({ kind: "other", tag: `${label.toLowerCase()}: ${value.join(" ")}`, line });
        continue;
      }
      if (/^responses$/i.test(part)) {
        const status = /^(\S+)\s*(.*)$/.exec(label)!;
        const description = status[2] === "undefined" ? "" : status[2]!;
        blocks.push({ kind: "heading", level: 5, text: `${status[1]}${description ? ` ${description}` : ""}`, line });
        continue;
      }
      blocks.push({ kind: "other", tag: label.includes("/") ? `media type ${label}` : label, line });
      continue;
    }
    if (/^\s+-\s/.test(raw)) {
      blocks.push({ kind: "other", tag: `example ${trimmed.slice(2)}`, line });
      continue;
    }
    if (/^`[^`]+\/[^`]+`$/.test(trimmed)) {
      blocks.push({ kind: "other", tag: `media type ${trimmed.slice(1, -1)}`, line });
      continue;
    }
    if (trimmed.startsWith(">")) continue; // `> Version x`: the API's version, not an operation's
    let end = i;
    const paragraph: string[] = [];
    while (end < lines.length && lines[end]!.text.trim() !== "" && !/^(#|```|- |\|)/.test(lines[end]!.text.trim()))
      paragraph.push(lines[end++]!.text.trim());
    if (paragraph.length === 0) {
      warn(line, "line-unread", `line "${trimmed.slice(0, 60)}" is not part of openapi-to-md's page layout; not read`);
      continue;
    }
    i = end - 1;
    blocks.push({ kind: "paragraph", text: paragraph.join("\n"), line });
  }
  flushParameters();
  return blocks;
}

function tableBlock(rows: RawRow[], line: number): Block {
  return { kind: "table", table: { header: { cells: TYPE_BLOCK_HEADER, line }, rows, line }, line };
}

/** `### #/components/schemas/X` → the text and line of the type block of that section. */
function referenceSections(lines: readonly Line[]): Map<string, Line> {
  const sections = new Map<string, Line>();
  const start = lines.findIndex((l) => /^##\s+References\s*$/.test(l.text));
  if (start < 0) return sections;
  let name: string | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const heading = /^###\s+(#\/\S+)\s*$/.exec(lines[i]!.text);
    if (heading) {
      name = heading[1];
      continue;
    }
    if (name && /^```typescript\s*$/.test(lines[i]!.text.trim())) {
      let end = i + 1;
      while (end < lines.length && lines[end]!.text.trim() !== "```") end++;
      sections.set(name, {
        text: lines
          .slice(i + 1, end)
          .map((l) => l.text)
          .join("\n"),
        line: i + 2,
      });
      name = undefined;
      i = end;
    }
  }
  return sections;
}

/**
 * The rows of one type block. A parameter openapi-to-md could not show as a type (one without a
 * schema) is printed as its JSON object: read from that. References are followed to their sections.
 */
function typeBlockRows(
  text: string,
  line: number,
  references: Map<string, Line>,
  file: string,
  diagnostics: Diagnostic[],
  depth: number,
): RawRow[] {
  const json = jsonParameter(text, line);
  if (json) return [json];
  const block = readTypeBlock(text, line);
  for (const unread of block.unread) {
    diagnostics.push({
      severity: "warning",
      code: "type-line-unread",
      message: `type block line "${unread.text.slice(0, 60)}" is not a member; not read`,
      source: { file, line: unread.line },
    });
  }
  const rows = [...block.rows];
  for (const ref of block.refs) {
    const section = references.get(ref);
    if (!section) {
      diagnostics.push({
        severity: "warning",
        code: "reference-missing",
        message: `the type names "${ref}", which the page's References section does not show; its members are not read`,
        source: { file, line },
      });
      continue;
    }
    if (depth >= MAX_REF_DEPTH) {
      diagnostics.push({
        severity: "warning",
        code: "reference-too-deep",
        message: `"${ref}" is reached through ${MAX_REF_DEPTH} references; not followed further`,
        source: { file, line },
      });
      continue;
    }
    for (const row of typeBlockRows(section.text, section.line, references, file, diagnostics, depth + 1)) {
      if (
        !rows.some((r) => r.cells[0] === row.cells[0] && (r.depth ?? 0) === (row.depth ?? 0) && (row.depth ?? 0) === 0)
      )
        rows.push(row);
    }
  }
  return rows;
}

function jsonParameter(text: string, line: number): RawRow | undefined {
  if (!text.trim().startsWith("{") || !text.includes('"in"')) return undefined;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (typeof parsed.name !== "string" || typeof parsed.in !== "string") return undefined;
    return {
      cells: [
        parsed.name,
        typeof parsed.type === "string" ? parsed.type : "",
        parsed.required === true ? "required" : "optional",
        typeof parsed.description === "string" ? parsed.description : "",
      ],
      line,
    };
  } catch {
    return undefined;
  }
}
