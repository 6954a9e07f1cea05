/**
 * A Markdown page as the neutral blocks of `../assemble/blocks.ts`, each with its 1-based line.
 * Generated Markdown (Scalar's, widdershins', openapi-to-md's) is regular, so a line-based lexer of
 * the block constructs those generators write is enough, and keeps every line number true:
 * ATX headings (`## Title`), paragraphs, fenced code, GFM pipe tables, bullet and ordered lists
 * nested by indentation (each item's paragraphs and nested lists kept, as `ListItem.children`), and
 * raw HTML lines. An `<a id="…"></a>` line right before a heading gives that heading its `id`
 * (generators anchor headings that way). Setext headings and block quotes are read as paragraphs.
 */
import type { Block, InPageLink, ListItem, RawRow } from "../assemble/blocks.js";
import { isSeparatorRow, readPipeTable, startsPipeTable, type TextLine } from "./pipe-table.js";
import { cleanText, numberedLines } from "./text.js";

/** Lists nested deeper than this are read as text of their parent item (a page is no fuzz target for recursion). */
const MAX_LIST_DEPTH = 64;

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])( +|$)/;
const ANCHOR_LINE = /^<a\s+(?:id|name)="([^"]*)"\s*>\s*<\/a>\s*$/i;
const HTML_LINE = /^<\/?([a-zA-Z][\w-]*)/;

export function markdownBlocks(text: string): Block[] {
  const lines = numberedLines(text).map((l) => ({ text: l.text.replace(/\t/g, "    "), line: l.line }));
  return lexLines(lines, 0);
}

/** Leading spaces of a line. */
function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Does this line start a block other than a paragraph (so it ends a paragraph above it)? */
function startsBlock(lines: readonly TextLine[], i: number): boolean {
  const t = lines[i]!.text.trimStart();
  return HEADING.test(t) || FENCE.test(t) || LIST_MARKER.test(t) || HTML_LINE.test(t) || startsTableAt(lines, i);
}

/** A pipe table needs its separator row right below the header (GFM). */
function startsTableAt(lines: readonly TextLine[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && isSeparatorRow(next.text) && startsPipeTable(trimmed(lines), i);
}

function trimmed(lines: readonly TextLine[]): TextLine[] {
  return lines.map((l) => ({ text: l.text.trim(), line: l.line }));
}

function lexLines(lines: readonly TextLine[], depth: number): Block[] {
  const blocks: Block[] = [];
  let pendingAnchor: { id: string; line: number } | undefined;
  let i = 0;
  while (i < lines.length) {
    const { text: raw, line } = lines[i]!;
    const t = raw.trim();
    if (t === "") {
      i++;
      continue;
    }
    const anchor = ANCHOR_LINE.exec(t);
    if (anchor) {
      pendingAnchor = { id: anchor[1]!, line };
      i++;
      continue;
    }
    const heading = HEADING.exec(t);
    if (heading) {
      const block: Block = { kind: "heading", level: heading[1]!.length, text: inlineText(heading[2]!), line };
      if (pendingAnchor !== undefined) block.id = pendingAnchor.id;
      blocks.push(block);
      pendingAnchor = undefined;
      i++;
      continue;
    }
    if (pendingAnchor !== undefined) {
      // An anchor that no heading follows (an example's, say) marks nothing the blocks carry.
      blocks.push({ kind: "other", tag: "a", line: pendingAnchor.line });
      pendingAnchor = undefined;
    }
    const fence = FENCE.exec(t);
    if (fence) {
      i = readFence(lines, i, fence[1]!, fence[2]!, blocks);
      continue;
    }
    if (LIST_MARKER.test(t)) {
      i = readList(lines, i, depth, blocks);
      continue;
    }
    if (startsTableAt(lines, i)) {
      const { table, end } = readPipeTable(trimmed(lines), i);
      const row = (r: RawRow): RawRow => ({ ...r, cells: r.cells.map(inlineText) });
      blocks.push({
        kind: "table",
        table: { ...(table.header ? { header: row(table.header) } : {}), rows: table.rows.map(row), line: table.line },
        line: table.line,
      });
      i = end;
      continue;
    }
    const html = HTML_LINE.exec(t);
    if (html) {
      blocks.push({ kind: "other", tag: html[1]!.toLowerCase(), line });
      i++;
      continue;
    }
    // A paragraph runs to a blank line or the start of another block.
    const parts = [t];
    i++;
    while (i < lines.length && !isBlank(lines[i]!.text) && !startsBlock(lines, i)) {
      parts.push(lines[i]!.text.trim());
      i++;
    }
    const markdown = parts.join(" ");
    const block: Block = { kind: "paragraph", text: inlineText(markdown), line };
    const links = inPageLinks(markdown);
    if (links.length) block.links = links;
    blocks.push(block);
  }
  return blocks;
}

function readFence(
  lines: readonly TextLine[],
  start: number,
  marker: string,
  language: string,
  blocks: Block[],
): number {
  const indent = indentOf(lines[start]!.text);
  const body: string[] = [];
  let i = start + 1;
  const closer = new RegExp(`^${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
  while (i < lines.length && !closer.test(lines[i]!.text.trim())) {
    const l = lines[i]!.text;
    body.push(l.slice(Math.min(indent, indentOf(l))));
    i++;
  }
  // An unclosed fence runs to the end of the page; the page's last line break adds no line of code.
  if (i >= lines.length) while (body.length && body[body.length - 1]!.trim() === "") body.pop();
  const block: Block = { kind: "code", text: body.join("\n"), line: lines[start]!.line };
  if (language) block.language = language;
  blocks.push(block);
  return Math.min(i + 1, lines.length);
}

/**
 * A list: consecutive items at one indentation. An item owns the lines indented at least to its
 * content column (and blank lines between them); those lines are lexed again as blocks, so an
 * item's paragraphs become its text and its nested lists its children.
 */
function readList(lines: readonly TextLine[], start: number, depth: number, blocks: Block[]): number {
  const listIndent = indentOf(lines[start]!.text);
  const items: ListItem[] = [];
  let i = start;
  while (i < lines.length) {
    const raw = lines[i]!.text;
    const marker = LIST_MARKER.exec(raw.trimStart());
    if (!marker || indentOf(raw) !== listIndent) break;
    const contentIndent = listIndent + marker[0].length;
    const content: TextLine[] = [{ text: raw.trimStart().slice(marker[0].length), line: lines[i]!.line }];
    i++;
    while (i < lines.length) {
      const l = lines[i]!.text;
      if (isBlank(l)) {
        // A blank line stays in the item only when an indented line of the item follows it.
        let j = i;
        while (j < lines.length && isBlank(lines[j]!.text)) j++;
        if (j < lines.length && indentOf(lines[j]!.text) >= contentIndent) {
          for (; i < j; i++) content.push({ text: "", line: lines[i]!.line });
          continue;
        }
        break;
      }
      if (indentOf(l) >= contentIndent) {
        content.push({ text: l.slice(contentIndent), line: lines[i]!.line });
        i++;
        continue;
      }
      // A lazy continuation line of the item's paragraph (not indented, not a new block).
      const previous = content[content.length - 1]!;
      if (!isBlank(previous.text) && !startsBlock(lines, i) && indentOf(l) > listIndent) {
        content.push({ text: l.trim(), line: lines[i]!.line });
        i++;
        continue;
      }
      break;
    }
    items.push(listItem(content, depth));
    // Blank lines between items of the same list.
    let j = i;
    while (j < lines.length && isBlank(lines[j]!.text)) j++;
    if (j < lines.length && indentOf(lines[j]!.text) === listIndent && LIST_MARKER.test(lines[j]!.text.trimStart()))
      i = j;
  }
  blocks.push({ kind: "list", items: items.map((item) => item.text), tree: items, line: lines[start]!.line });
  return i;
}

function listItem(content: readonly TextLine[], depth: number): ListItem {
  const line = content[0]!.line;
  if (depth >= MAX_LIST_DEPTH) {
    return { text: inlineText(content.map((l) => l.text.trim()).join(" ")), line };
  }
  const inner = lexLines(content, depth + 1);
  const texts: string[] = [];
  const children: ListItem[] = [];
  const links: InPageLink[] = [];
  for (const block of inner) {
    if (block.kind === "paragraph") links.push(...(block.links ?? []));
    if (block.kind === "paragraph" || block.kind === "heading") texts.push(block.text);
    else if (block.kind === "code") texts.push(block.text);
    else if (block.kind === "list") children.push(...(block.tree ?? []));
    else if (block.kind === "table")
      texts.push(...[block.table.header, ...block.table.rows].filter((r) => r).map((r) => r!.cells.join(" | ")));
  }
  const item: ListItem = { text: texts.join("\n"), line };
  const lead = /^(\*\*|__)(?=\S)(.+?)(?<=\S)\1/.exec(content[0]!.text.trim());
  if (lead) item.lead = inlineText(lead[2]!);
  if (children.length) item.children = children;
  if (links.length) item.links = links;
  return item;
}

/**
 * Inline Markdown as the text a reader sees: code spans kept verbatim (without their backticks),
 * links and images by their text, emphasis markers, backslash escapes, autolink brackets and
 * inline HTML tags dropped, spaces collapsed.
 */
export function inlineText(markdown: string): string {
  // Code spans are set aside first (their content is literal), the rest loses its markup, and the
  // spans come back in place: so `**`name`**` reads as "name".
  // Backslash escapes first: an escaped backtick or asterisk is a literal character, never markup.
  const escaped: string[] = [];
  const unescaped = markdown.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `\uE002${escaped.push(c) - 1}\uE003`);
  const codes: string[] = [];
  const spans = unescaped.split(/(`+)/);
  let masked = "";
  for (let k = 0; k < spans.length; k++) {
    const part = spans[k]!;
    if (/^`+$/.test(part)) {
      // The matching closing run has the same length; an unmatched run is literal.
      const close = spans.indexOf(part, k + 2);
      if (close > k) {
        codes.push(
          spans
            .slice(k + 1, close)
            .join("")
            .replace(/^ (.*) $/, "$1"),
        );
        masked += `\uE000${codes.length - 1}\uE001`;
        k = close;
        continue;
      }
    }
    masked += part;
  }
  const plain = plainInline(masked)
    .replace(/\uE000(\d+)\uE001/g, (_, n: string) => codes[Number(n)]!)
    .replace(/\uE002(\d+)\uE003/g, (_, n: string) => escaped[Number(n)]!);
  return cleanText(plain);
}

/** `[text](#anchor)` links of a run of inline Markdown (links elsewhere are not in-page). */
export function inPageLinks(markdown: string): InPageLink[] {
  return [...markdown.matchAll(/(?<!!)\[([^\]]*)\]\(#([^)\s]+)\)/g)].map((m) => ({
    text: inlineText(m[1]!),
    target: m[2]!,
  }));
}

function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<[a-zA-Z][^>]*>|<\/[a-zA-Z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|\W)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2")
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, decodeEntity);
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Character references Markdown passes through (`&#x20;`, `&amp;`): the character they stand for. */
function decodeEntity(whole: string, decimal?: string, hex?: string, named?: string): string {
  if (named) return NAMED_ENTITIES[named.toLowerCase()] ?? whole;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
