/**
 * Finding the docs article on a page, and what to do when its markup closes it too early. A stray
 * `</div>` in the article closes the article there: everything after it (the remaining operations)
 * lands beside the article in the DOM. When operation headings sit after the article, the content
 * that follows it, up to the page chrome (pagination, footer, table of contents), is read as part
 * of it, and the page says so in a warning.
 */
import type { AnyNode, Document, Element } from "domhandler";
import { hasClass, hasClassPrefix, isElement, walkElements } from "../common/dom.js";

/** The first element with the article class in document order, found without recursion. */
export function findArticle(document: Document, articleClass: string): Element | undefined {
  let article: Element | undefined;
  walkElements(document, (el) => {
    if (article) return false;
    if (hasClass(el, articleClass)) article = el;
    return article === undefined;
  });
  return article;
}

/** Docusaurus chrome after the article: reading stops there. */
function isChrome(el: Element): boolean {
  return (
    el.name === "nav" ||
    el.name === "footer" ||
    el.name === "aside" ||
    hasClass(el, "pagination-nav") ||
    hasClass(el, "theme-doc-footer") ||
    hasClass(el, "theme-doc-toc-desktop") ||
    hasClass(el, "theme-doc-toc-mobile") ||
    hasClass(el, "table-of-contents") ||
    hasClass(el, "col--3") ||
    hasClassPrefix(el, "tocCollapsible")
  );
}

/**
 * The nodes after the article in document order (its following siblings, then those of each
 * ancestor), up to the first piece of page chrome. A node that holds chrome further down (the
 * article's own closing tag can close a wrapper around the footer too) is opened up and read up to
 * that chrome.
 */
export function nodesAfter(article: Element): AnyNode[] {
  const after: AnyNode[] = [];
  let root: AnyNode = article;
  while (root.parent) root = root.parent;
  const holders = chromeHolders(root as Document);
  for (let node: AnyNode = article; node.parent; node = node.parent) {
    const siblings: AnyNode[] = [];
    for (let next = node.next; next; next = next.next) siblings.push(next);
    if (takeUntilChrome(siblings, after, holders)) return after;
  }
  return after;
}

/** Appends `nodes` to `after` up to the first chrome; true when chrome was met. No recursion. */
function takeUntilChrome(nodes: readonly AnyNode[], after: AnyNode[], holders: ReadonlySet<Element>): boolean {
  const stack: { nodes: readonly AnyNode[]; next: number }[] = [{ nodes, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.nodes[frame.next++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    if (!isElement(node)) {
      after.push(node);
      continue;
    }
    if (isChrome(node)) return true;
    if (holders.has(node)) stack.push({ nodes: node.children, next: 0 });
    else after.push(node);
  }
  return false;
}

/** The elements that hold chrome somewhere inside; each ancestor is marked once, so this is linear. */
function chromeHolders(document: Document): Set<Element> {
  const holders = new Set<Element>();
  walkElements(document, (el) => {
    if (!isChrome(el)) return true;
    for (let p = el.parent; p && isElement(p) && !holders.has(p); p = p.parent) holders.add(p);
    return false;
  });
  return holders;
}
