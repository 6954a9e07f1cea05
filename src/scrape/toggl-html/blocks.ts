import type { AnyNode, Element } from "domhandler";
import type { Block, CodeSample, RawRow, RawTable } from "../assemble/blocks.js";
import {
  codeText,
  elementChildren,
  findAll,
  findFirst,
  hasClass,
  hasClassPrefix,
  inlineText,
  isElement,
  lineOf,
  walkElements,
} from "../common/dom.js";

/**
 * The Docusaurus article is a flat run of elements (headings, code blocks, paragraphs, tabs,
 * tables). Turning it into a stream of typed blocks keeps the DOM out of the operation parser,
 * which then reads like the page: a heading, the URL, a description, samples, tables.
 */

/** Wrappers whose content belongs to the article flow (the h1 sits in a <header>). */
const TRANSPARENT_TAGS = new Set(["header", "section", "article", "main", "div", "span"]);

/** Elements that carry nothing for the model and are not worth a diagnostic. */
const IGNORED_TAGS = new Set(["hr", "br", "img", "svg", "script", "style", "link", "meta", "noscript", "button"]);

/** A repair the block reader made (a container left open around later headings), for the page's diagnostics. */
export interface BlockNote {
  line: number;
  code: string;
  message: string;
}

const HEADING_TAG = /^h[1-6]$/;

/**
 * The elements under `nodes` that hold a heading somewhere inside them. On a sound page only the
 * transparent wrappers do; a list, table, `<pre>` or `<details>` that does was left open (or wraps
 * content on purpose), and reading it as one block would swallow every operation after it.
 */
function headingHolders(nodes: readonly AnyNode[]): Set<Element> {
  const holders = new Set<Element>();
  const tops = new Set(nodes);
  for (const top of nodes) {
    if (!isElement(top)) continue;
    walkElements(top, (el) => {
      if (!HEADING_TAG.test(el.name)) return true;
      // Each ancestor is added once, so marking is linear in the page however deep it nests.
      for (let p = el.parent; p && isElement(p) && !holders.has(p); p = p.parent) {
        holders.add(p);
        if (tops.has(p)) break;
      }
      return false;
    });
  }
  return holders;
}

export function toBlocks(container: Element, fallbackLine: number, notes: BlockNote[] = []): Block[] {
  return blocksOfNodes(container.children, fallbackLine, notes);
}

/**
 * The blocks of a run of sibling nodes. The walk keeps its own stack of open containers, so a page
 * nested thousands of elements deep costs time in proportion to its size, never the call stack.
 */
export function blocksOfNodes(nodes: readonly AnyNode[], fallbackLine: number, notes: BlockNote[] = []): Block[] {
  const holders = headingHolders(nodes);
  const blocks: Block[] = [];
  const stack: { nodes: readonly AnyNode[]; next: number; line: number; holder: boolean }[] = [
    { nodes, next: 0, line: fallbackLine, holder: false },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.nodes[frame.next++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    if (!isElement(node)) {
      // Loose text inside a container that was opened up for its headings is still content.
      if (frame.holder && node.type === "text" && node.data.trim() !== "") {
        const text = inlineText(node);
        if (text !== "") blocks.push({ kind: "paragraph", text, line: lineOf(node, frame.line) });
      }
      continue;
    }
    const line = lineOf(node, frame.line);
    if (holders.has(node) && !HEADING_TAG.test(node.name)) {
      if (!TRANSPARENT_TAGS.has(node.name) && !frame.holder) {
        notes.push({
          line,
          code: "container-holds-headings",
          message: `<${node.name}> holds the headings after it (an element left open, or a wrapper); its content was read as part of the article`,
        });
      }
      stack.push({ nodes: node.children, next: 0, line, holder: frame.holder || !TRANSPARENT_TAGS.has(node.name) });
      continue;
    }
    const own = blockOf(node, line);
    if (own === "transparent") stack.push({ nodes: node.children, next: 0, line, holder: frame.holder });
    else if (own) blocks.push(own);
  }
  return blocks;
}

function blockOf(el: Element, line: number): Block | "transparent" | undefined {
  const heading = /^h([1-6])$/.exec(el.name);
  if (heading) {
    const id = el.attribs["id"];
    return { kind: "heading", level: Number(heading[1]), text: inlineText(el), ...(id ? { id } : {}), line };
  }
  if (el.name === "p") return { kind: "paragraph", text: inlineText(el), line };
  if (el.name === "ul" || el.name === "ol") return { kind: "list", items: listItems(el), line };
  if (el.name === "table") return { kind: "table", table: readRawTable(el, line), line };
  if (el.name === "pre" || hasClass(el, "theme-code-block")) return { kind: "code", text: codeText(el), line };
  if (hasClass(el, "tabs-container") || elementChildren(el).some((c) => c.attribs["role"] === "tablist")) {
    return { kind: "samples", samples: readSamples(el, line), line };
  }
  if (hasClass(el, "theme-admonition") || hasClass(el, "admonition") || hasClassPrefix(el, "admonition_")) {
    return admonition(el, line);
  }
  if (IGNORED_TAGS.has(el.name)) return undefined;
  if (TRANSPARENT_TAGS.has(el.name)) return "transparent";
  return { kind: "other", tag: el.name, line };
}

function listItems(list: Element): string[] {
  return elementChildren(list)
    .filter((li) => li.name === "li")
    .map((li) => inlineText(li))
    .filter((text) => text !== "");
}

function admonition(el: Element, line: number): Block {
  const headingEl = findFirst(el, (c) => hasClassPrefix(c, "admonitionHeading"));
  const contentEl = findFirst(el, (c) => hasClassPrefix(c, "admonitionContent"));
  const label = headingEl ? inlineText(headingEl) : "";
  const text = inlineText(contentEl ?? el);
  return { kind: "admonition", label, text, line };
}

/** Tab labels and panels are paired by position: Docusaurus renders them in the same order. */
function readSamples(el: Element, line: number): CodeSample[] {
  const labels = findAll(el, (c) => c.attribs["role"] === "tab").map((tab) => inlineText(tab));
  const panels = findAll(el, (c) => c.attribs["role"] === "tabpanel");
  return panels.map((panel, i) => {
    const code = findFirst(panel, (c) => c.name === "code") ?? findFirst(panel, (c) => c.name === "pre") ?? panel;
    return { label: labels[i] ?? "", text: codeText(code), line: lineOf(code, lineOf(panel, line)) };
  });
}

/**
 * Rows with their cell texts. The header is the <thead> row, else a first row made only of
 * <th> cells; a table with neither has no header (the table reader reports that).
 */
export function readRawTable(table: Element, line: number): RawTable {
  const rows = findAll(table, (el) => el.name === "tr").map((tr) => ({
    tr,
    inHead: tr.parent !== null && "name" in tr.parent && tr.parent.name === "thead",
    cells: elementChildren(tr).filter((c) => c.name === "td" || c.name === "th"),
  }));
  const rowOf = (r: (typeof rows)[number]): RawRow => ({
    cells: r.cells.map((c) => inlineText(c)),
    line: lineOf(r.tr, line),
  });
  const first = rows[0];
  const headerIsFirst =
    first !== undefined && (first.inHead || (first.cells.length > 0 && first.cells.every((c) => c.name === "th")));
  const header = headerIsFirst ? rowOf(first) : undefined;
  const body = (headerIsFirst ? rows.slice(1) : rows).filter((r) => !r.inHead).map(rowOf);
  return { ...(header ? { header } : {}), rows: body, line };
}
