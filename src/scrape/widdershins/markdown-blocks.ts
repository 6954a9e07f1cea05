/**
 * The lexer for widdershins' Markdown: page → neutral blocks (`../assemble/blocks.ts`), each
 * with its line. What the page shows, nothing decided: ATX and one-line HTML headings
 * (`<h3 id="getpets-parameters">Parameters</h3>`), pipe tables (a `»` prefix on the first cell
 * becomes the row's depth, a cell's in-page link its `links` entry), fenced code (a run of fences
 * after "Code samples" becomes one `samples` block, one tab per language), a paragraph that is
 * only a code span (`` `GET /pets` ``) a code block, `> …` notes and `<aside>` boxes admonitions.
 * The YAML front matter is skipped (its `title` is returned), and so are bare anchors and
 * comments.
 */
import type { Block, CodeSample, RawRow, RawTable } from "../assemble/blocks.js";
import { isSeparatorRow, splitPipeCells } from "../common/pipe-table.js";
import { normaliseLineEnds, normaliseSpaces } from "../common/text.js";
import { inlineMarkdownText, inPageLink, splitDepthMarks } from "./inline.js";

export interface LexedMarkdown {
  /** The front matter's `title`, when there is one. */
  title?: string;
  blocks: Block[];
}

const FENCE = /^(`{3,}|~{3,})\s*([^\s`]*)/;
const ATX_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const HTML_HEADING = /^<h([1-6])(?:\s+id="([^"]*)")?[^>]*>(.*)<\/h\1>\s*$/i;
const ANCHOR_ONLY = /^(<a\s+id="[^"]*"\s*>\s*<\/a>\s*)+$/i;
const LIST_ITEM = /^\s*[*+-]\s+(.*)$/;

/** A row of a pipe table: cells as text, the first cell's `»` marks as depth, in-page links kept. */
export function tableRow(text: string, line: number, withDepth: boolean): RawRow {
  const raw = splitPipeCells(text);
  const cells = raw.map(inlineMarkdownText);
  const row: RawRow = { cells, line };
  if (withDepth && cells.length > 0) {
    const { depth, name } = splitDepthMarks(cells[0]!);
    if (depth > 0) {
      row.depth = depth;
      cells[0] = name;
    }
  }
  // `*anonymous*`: widdershins' placeholder for a row without a name, the whole value (a root array, an allOf part).
  if (withDepth && /^(?:»\s*)*\*anonymous\*$/.test(raw[0] ?? "")) {
    cells[0] = "";
    row.whole = true;
  }
  const links = raw.map(inPageLink);
  if (links.some((l) => l !== undefined)) row.links = links;
  return row;
}

export function lexWiddershinsMarkdown(text: string): LexedMarkdown {
  const lines = normaliseLineEnds(text).split("\n").map(normaliseSpaces);
  const blocks: Block[] = [];
  let title: string | undefined;
  let i = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, n) => n > 0 && l.trim() === "---");
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        const m = /^title:\s*(.*)$/.exec(l);
        if (m) title = m[1]!.trim().replace(/^(["'])(.*)\1$/, "$2");
      }
      i = end + 1;
    }
  }
  let paragraph: { lines: string[]; line: number } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const raw = paragraph.lines.join(" ").trim();
    const codeOnly = /^`([^`]+)`$/.exec(raw);
    if (codeOnly) blocks.push({ kind: "code", text: codeOnly[1]!.trim(), line: paragraph.line });
    else {
      const textOf = inlineMarkdownText(raw);
      if (textOf !== "") blocks.push({ kind: "paragraph", text: textOf, line: paragraph.line });
    }
    paragraph = undefined;
  };
  while (i < lines.length) {
    const current = lines[i]!;
    const trimmed = current.trim();
    const line = i + 1;
    if (trimmed === "") {
      flush();
      i++;
      continue;
    }
    const fence = FENCE.exec(trimmed);
    if (fence) {
      flush();
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(marker)) body.push(lines[i++]!);
      i++;
      blocks.push({
        kind: "code",
        text: body.join("\n").replace(/\s+$/, ""),
        ...(fence[2] ? { language: fence[2] } : {}),
        line,
      });
      continue;
    }
    if (/^<!--/.test(trimmed)) {
      flush();
      while (i < lines.length && !lines[i]!.includes("-->")) i++;
      i++;
      continue;
    }
    if (ANCHOR_ONLY.test(trimmed)) {
      flush();
      // Anchors right after a heading are other names of it (`#schemapet` for "Pet").
      const last = blocks[blocks.length - 1];
      if (last?.kind === "heading")
        (last.anchors ??= []).push(...[...trimmed.matchAll(/id="([^"]*)"/g)].map((m) => m[1]!));
      i++;
      continue;
    }
    const html = HTML_HEADING.exec(trimmed);
    const atx = html ? undefined : ATX_HEADING.exec(trimmed);
    if (html || atx) {
      flush();
      const level = html ? Number(html[1]) : atx![1]!.length;
      const heading: Block = { kind: "heading", level, text: inlineMarkdownText(html ? html[3]! : atx![2]!), line };
      if (html?.[2]) heading.id = html[2];
      blocks.push(heading);
      i++;
      continue;
    }
    const aside = /^<aside(?:\s+class="([^"]*)")?[^>]*>(.*)$/i.exec(trimmed);
    if (aside) {
      flush();
      // Slate's boxes say which authentication applies: not part of the operation's description.
      if (!aside[2]!.includes("</aside>")) while (i < lines.length && !lines[i]!.includes("</aside>")) i++;
      i++;
      blocks.push({ kind: "other", tag: "aside", line });
      continue;
    }
    if (trimmed.startsWith(">")) {
      flush();
      const body: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith(">")) body.push(lines[i++]!.trim().replace(/^>\s?/, ""));
      blocks.push(caption(inlineMarkdownText(body.join(" ")), line));
      continue;
    }
    if (trimmed.startsWith("|") && isSeparatorRow(lines[i + 1] ?? "")) {
      flush();
      const header = tableRow(trimmed, line, false);
      const rows: RawRow[] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith("|")) {
        const start = i;
        let raw = lines[i]!.trim();
        // A description with a line break (widdershins does not escape it) continues on the next
        // lines until the row's closing pipe.
        while (
          !/(?<!\\)\|$/.test(raw) &&
          i + 1 < lines.length &&
          lines[i + 1]!.trim() !== "" &&
          !lines[i + 1]!.trim().startsWith("|")
        ) {
          raw = `${raw} ${lines[++i]!.trim()}`;
        }
        rows.push(tableRow(raw, start + 1, true));
        i++;
      }
      const table: RawTable = { header, rows, line };
      blocks.push({ kind: "table", table, line });
      continue;
    }
    if (LIST_ITEM.test(current) && !paragraph) {
      const items: string[] = [];
      while (i < lines.length && LIST_ITEM.test(lines[i]!))
        items.push(inlineMarkdownText(LIST_ITEM.exec(lines[i++]!)![1]!));
      blocks.push({ kind: "list", items, line });
      continue;
    }
    if (!paragraph) paragraph = { lines: [], line };
    paragraph.lines.push(trimmed);
    i++;
  }
  flush();
  return { ...(title !== undefined ? { title } : {}), blocks: groupSamples(blocks) };
}

/**
 * Slate's `> …` lines are captions of the right-hand column ("Code samples", "Body parameter",
 * "200 Response"): layout, kept as a caption block that no operation part reads.
 */
export function caption(text: string, line: number): Block {
  return { kind: "admonition", label: "caption", text, line };
}

/**
 * Code samples: the fences that follow a "Code samples" note, one per language tab, become one
 * `samples` block (the fence's language is the tab); other fences (a body or response example)
 * stay code blocks.
 */
export function groupSamples(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    out.push(block);
    if (!(block.kind === "admonition" && /^code samples$/i.test(block.text))) continue;
    out.pop();
    const samples: CodeSample[] = [];
    while (i + 1 < blocks.length) {
      const next = blocks[i + 1]!;
      if (next.kind !== "code" || next.language === undefined) break;
      samples.push({ label: next.language, text: next.text, line: next.line });
      i++;
    }
    if (samples.length > 0) out.push({ kind: "samples", samples, line: samples[0]!.line });
  }
  // The other captions ("Body parameter", "200 Response") label examples: layout, not description.
  return out.map((b) =>
    b.kind === "admonition" && b.label === "caption" ? { kind: "other", tag: "caption", line: b.line } : b,
  );
}
