/**
 * The lexer for widdershins' Markdown rendered to HTML: a plain page (markdown-it) or a Slate
 * page (Shins: the same content in `div.content`, a TOC and language selector around it, code
 * tabs as `<pre class="highlight tab tab-shell">`). Page → the same neutral blocks as the
 * Markdown lexer gives for the Markdown, so one roles table serves both.
 */
import type { AnyNode, Element } from "domhandler";
import type { Block, RawRow, RawTable } from "../assemble/blocks.js";
import { normaliseLineEnds } from "../common/text.js";
import {
  codeText,
  elementChildren,
  findAll,
  findFirst,
  hasClass,
  inlineText,
  isElement,
  lineOf,
  parseHtml,
} from "../common/dom.js";
import { splitDepthMarks } from "./inline.js";
import { caption, groupSamples } from "./markdown-blocks.js";

export interface LexedHtml {
  /** The page's `<title>`, when it has one. */
  title?: string;
  blocks: Block[];
}

/** Wrappers whose children belong to the page flow. */
const TRANSPARENT = new Set(["div", "section", "article", "main", "header", "footer", "body", "html", "span"]);
/** Elements that carry nothing for the model. */
const IGNORED = new Set([
  "script",
  "style",
  "link",
  "meta",
  "hr",
  "br",
  "img",
  "svg",
  "noscript",
  "button",
  "input",
  "form",
  "head",
  "nav",
]);

function anchorIds(el: Element): string[] | undefined {
  // A paragraph of bare `<a id>` anchors (and whitespace) names the heading before it.
  const onlyAnchors = el.children.every((c) =>
    c.type === "text"
      ? c.data.trim() === ""
      : isElement(c) && c.name === "a" && c.attribs.id !== undefined && inlineText(c) === "",
  );
  if (!onlyAnchors) return undefined;
  return el.children.filter(isElement).map((a) => a.attribs.id!);
}

function withLinks(row: RawRow, cellEls: readonly Element[]): RawRow {
  const links = cellEls.map((c) =>
    findFirst(c, (a) => a.name === "a" && (a.attribs.href ?? "").startsWith("#"))?.attribs.href?.slice(1),
  );
  if (links.some((l) => l !== undefined)) row.links = links;
  return row;
}

function tableBlock(el: Element, line: number): RawTable {
  const rowOf = (tr: Element, withDepth: boolean): RawRow => {
    const cellEls = elementChildren(tr).filter((c) => c.name === "td" || c.name === "th");
    const cells = cellEls.map((c) => inlineText(c));
    const row: RawRow = { cells, line: lineOf(tr, line) };
    // `<em>anonymous</em>`: widdershins' placeholder for a row without a name, the whole value.
    const first = cellEls[0];
    if (
      withDepth &&
      first &&
      /^(?:»\s*)*anonymous$/.test(cells[0] ?? "") &&
      findFirst(first, (e) => e.name === "em") !== undefined
    ) {
      const { depth } = splitDepthMarks(cells[0]!);
      if (depth > 0) row.depth = depth;
      cells[0] = "";
      row.whole = true;
      return withLinks(row, cellEls);
    }
    if (withDepth && cells.length > 0) {
      const { depth, name } = splitDepthMarks(cells[0]!);
      if (depth > 0) {
        row.depth = depth;
        cells[0] = name;
      }
    }
    return withLinks(row, cellEls);
  };
  const trs = findAll(el, (x) => x.name === "tr");
  const headerTr = trs.find((tr) => elementChildren(tr).some((c) => c.name === "th"));
  const table: RawTable = { rows: trs.filter((tr) => tr !== headerTr).map((tr) => rowOf(tr, true)), line };
  if (headerTr) table.header = rowOf(headerTr, false);
  return table;
}

function codeLanguage(pre: Element): string | undefined {
  const code = elementChildren(pre).find((c) => c.name === "code");
  const classes = `${pre.attribs.class ?? ""} ${code?.attribs.class ?? ""}`.split(/\s+/);
  const tab = classes.find((c) => /^(language|tab)-/.test(c));
  return tab?.replace(/^(language|tab)-/, "");
}

export function lexWiddershinsHtml(text: string): LexedHtml {
  const document = parseHtml(normaliseLineEnds(text));
  const titleEl = findFirst(document as unknown as Element, (el) => el.name === "title");
  // Slate pages hold the content in div.content; the TOC and language selector are chrome.
  const content = findFirst(document as unknown as Element, (el) => el.name === "div" && hasClass(el, "content"));
  const blocks: Block[] = [];
  const stack: AnyNode[] = [...(content ?? document).children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || IGNORED.has(node.name)) continue;
    const line = lineOf(node, 1);
    const name = node.name;
    if (
      TRANSPARENT.has(name) &&
      !(name === "div" && (hasClass(node, "toc-wrapper") || hasClass(node, "lang-selector")))
    ) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      const heading: Block = { kind: "heading", level: Number(name[1]), text: inlineText(node), line };
      if (node.attribs.id) heading.id = node.attribs.id;
      blocks.push(heading);
    } else if (name === "p") {
      const anchors = anchorIds(node);
      if (anchors) {
        const last = blocks[blocks.length - 1];
        if (last?.kind === "heading") (last.anchors ??= []).push(...anchors);
        continue;
      }
      const children = node.children.filter((c) => !(c.type === "text" && c.data.trim() === ""));
      const only =
        children.length === 1 && isElement(children[0]!) && children[0].name === "code" ? children[0] : undefined;
      if (only) blocks.push({ kind: "code", text: inlineText(only), line });
      else {
        const textOf = inlineText(node);
        if (textOf !== "") blocks.push({ kind: "paragraph", text: textOf, line });
      }
    } else if (name === "a" && node.attribs.id !== undefined && inlineText(node) === "") {
      // A bare anchor (raw HTML kept by markdown-it) right after a heading is another name of it.
      const last = blocks[blocks.length - 1];
      if (last?.kind === "heading") (last.anchors ??= []).push(node.attribs.id);
    } else if (name === "table") {
      blocks.push({ kind: "table", table: tableBlock(node, line), line });
    } else if (name === "pre") {
      const language = codeLanguage(node);
      blocks.push({ kind: "code", text: codeText(node), ...(language ? { language } : {}), line });
    } else if (name === "blockquote") {
      blocks.push(caption(inlineText(node), line));
    } else if (name === "aside") {
      // Slate's boxes say which authentication applies: not part of the operation's description.
      blocks.push({ kind: "other", tag: "aside", line });
    } else if (name === "ul" || name === "ol") {
      blocks.push({
        kind: "list",
        items: elementChildren(node)
          .filter((li) => li.name === "li")
          .map((li) => inlineText(li)),
        line,
      });
    } else {
      blocks.push({ kind: "other", tag: name, line });
    }
  }
  const title = titleEl ? inlineText(titleEl) : undefined;
  return { ...(title ? { title } : {}), blocks: groupSamples(blocks) };
}
