import { load } from "cheerio/slim";
import type { AnyNode, Document, Element } from "domhandler";
import { normaliseSpaces } from "./text.js";

/**
 * Small DOM helpers over cheerio's (domhandler) nodes. Pages are parsed with htmlparser2, which
 * records where each element starts (`startIndex`); `lineOf` turns that offset into a line with a
 * table of line starts kept per parsed document. Text extraction knows about the Docusaurus
 * decorations (hash-link anchors, Prism token lines) that must not leak into the model.
 */

/** Offsets at which each line starts, per document parsed by `parseHtml`. */
const LINE_STARTS = new WeakMap<Document, Uint32Array>();

function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}

/**
 * Parses an HTML page (line ends already normalised). htmlparser2 rather than parse5: it is
 * several times faster on the large reference pages, and a start offset is all `lineOf` needs.
 */
export function parseHtml(text: string): Document {
  const document = load(text, {
    xml: { xmlMode: false, withStartIndices: true, decodeEntities: true },
  }).root()[0] as Document;
  LINE_STARTS.set(document, lineStarts(text));
  return document;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function elementChildren(node: Element): Element[] {
  return node.children.filter(isElement);
}

// Both are asked of nearly every element; the substring test spares the split when it cannot match.
export function hasClass(node: Element, name: string): boolean {
  const classes = node.attribs["class"];
  return classes !== undefined && classes.includes(name) && classes.split(/\s+/).includes(name);
}

export function hasClassPrefix(node: Element, prefix: string): boolean {
  const classes = node.attribs["class"];
  return classes !== undefined && classes.includes(prefix) && classes.split(/\s+/).some((c) => c.startsWith(prefix));
}

/**
 * The line-start table of the document a node belongs to, remembered for every node on the way up
 * so that asking for each of N nested elements costs O(N) in all, not O(N × depth).
 */
const STARTS_OF = new WeakMap<AnyNode, Uint32Array | null>();

function lineStartsOf(node: AnyNode): Uint32Array | undefined {
  const path: AnyNode[] = [];
  let current: AnyNode | null = node;
  let found: Uint32Array | null | undefined;
  while (current) {
    found = STARTS_OF.get(current);
    if (found !== undefined) break;
    path.push(current);
    if (!current.parent) {
      found = current.type === "root" ? (LINE_STARTS.get(current) ?? null) : null;
      break;
    }
    current = current.parent;
  }
  for (const visited of path) STARTS_OF.set(visited, found ?? null);
  return found ?? undefined;
}

/** The 1-based line the node starts on; `fallback` when the node was not parsed by `parseHtml`. */
export function lineOf(node: AnyNode, fallback: number): number {
  const offset = node.startIndex;
  if (offset === null) return fallback;
  const starts = lineStartsOf(node);
  if (!starts) return fallback;
  // The last line that starts at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Every descendant element (document order) for which `test` holds; does not enter matches. The
 * walk keeps its own stack: a page's nesting depth must not be bounded by the call stack.
 */
export function findAll(node: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkElements(node, (el) => {
    if (!test(el)) return true;
    found.push(el);
    return false;
  });
  return found;
}

export function findFirst(node: Element, test: (el: Element) => boolean): Element | undefined {
  let first: Element | undefined;
  walkElements(node, (el) => {
    if (first) return false;
    if (test(el)) first = el;
    return first === undefined;
  });
  return first;
}

/**
 * Visits the descendant elements of `node` in document order, without recursion; `visit` returns
 * whether to enter the element's children.
 */
export function walkElements(node: Element | Document, visit: (el: Element) => boolean): void {
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!isElement(current) || !visit(current)) continue;
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
}

/** The "#" anchors Docusaurus appends to headings: their only text is a zero-width space. */
function isDecoration(el: Element): boolean {
  return (
    (el.name === "a" && hasClass(el, "hash-link")) || el.name === "svg" || el.name === "script" || el.name === "style"
  );
}

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "table",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

/** Marks on the text walk's stack: a block boundary to close (a space) after the children. */
const BLOCK_END = Symbol("block end");

function collectText(root: AnyNode, out: string[]): void {
  const stack: (AnyNode | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      out.push(" ");
      continue;
    }
    if (node.type === "text") {
      out.push(node.data);
      continue;
    }
    if (!isElement(node) || isDecoration(node)) continue;
    if (node.name === "br") {
      out.push("\n");
      continue;
    }
    // Block boundaries become spaces so that "<p>a</p><p>b</p>" reads "a b", not "ab".
    if (BLOCK_TAGS.has(node.name)) {
      out.push(" ");
      stack.push(BLOCK_END);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** The text of an element on one line: entities decoded, decorations dropped, spaces collapsed. */
export function inlineText(node: AnyNode): string {
  const out: string[] = [];
  collectText(node, out);
  return normaliseSpaces(out.join("")).replace(/\s+/g, " ").trim();
}

/**
 * The text of a code block with its line breaks. Prism renders each source line as a
 * `.token-line` span ending in `<br>`; without those spans the `<code>` text is used as is.
 */
export function codeText(node: Element): string {
  const lines = findAll(node, (el) => hasClass(el, "token-line"));
  const out: string[] = [];
  if (lines.length === 0) collectRawText(node, out);
  lines.forEach((line, i) => {
    if (i > 0) out.push("\n");
    collectRawText(line, out);
  });
  // Space normalisation maps characters one by one, so it is done once for the whole block.
  return normaliseSpaces(out.join("")).replace(/\s+$/, "");
}

/** HTML drops a line break right after these start tags; htmlparser2 keeps it, so it is dropped here. */
const LEADING_BREAK_DROPPED = new Set(["pre", "listing", "textarea"]);

function collectRawText(root: AnyNode, out: string[]): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const dropBreak =
        node.prev === null &&
        node.parent !== null &&
        isElement(node.parent) &&
        LEADING_BREAK_DROPPED.has(node.parent.name);
      out.push(dropBreak && node.data.startsWith("\n") ? node.data.slice(1) : node.data);
      continue;
    }
    if (!isElement(node) || isDecoration(node)) continue;
    if (node.name === "br") {
      // A token line ends in <br>; the line join in codeText already supplies that break.
      if (!(node.parent && isElement(node.parent) && hasClass(node.parent, "token-line"))) out.push("\n");
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
