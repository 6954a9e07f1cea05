import type { Document, Element } from "domhandler";
import type { Block } from "../assemble/blocks.js";
import { elementChildren, findAll, findFirst, hasClass, inlineText, lineOf, walkElements } from "../common/dom.js";

/**
 * The lexer of an operation page as `docusaurus build` writes it with docusaurus-theme-openapi-docs
 * (5.x). The static HTML holds the operation's frame only: the `<h1 class="openapi__heading">`,
 * the endpoint line (`<pre class="openapi__method-endpoint">` with the method badge and the path),
 * the description, and the response tabs (one `<li>` per status, one tab panel per status with its
 * sentence). Parameters, request body and response schemas are rendered in the browser only
 * (`BrowserOnly`): the HTML has `.openapi-skeleton` placeholders in their place, counted here so
 * that the reader can say what the page does not show.
 */

export interface LexedPage {
  blocks: Block[];
  /** Placeholders of parts rendered only by JavaScript, with the line of the first. */
  skeletons: { count: number; line: number };
  /** The page's theme container was found. */
  found: boolean;
  /** Endpoint lines seen (one on an operation page, none on the API's introduction page). */
  endpoints: number;
}

export function htmlBlocks(document: Document): LexedPage {
  const container =
    findFirst(document as unknown as Element, (el) => hasClass(el, "theme-api-markdown")) ??
    findFirst(document as unknown as Element, (el) => hasClass(el, "theme-doc-markdown"));
  const page: LexedPage = {
    blocks: [],
    skeletons: { count: 0, line: 0 },
    found: container !== undefined,
    endpoints: 0,
  };
  // The walk keeps its own stack (no recursion): a page's nesting depth cannot overflow it.
  if (container) walkElements(container, (el) => !take(el, page));
  return page;
}

/** Takes what an element shows into the page; false when its children are to be walked instead. */
function take(el: Element, page: LexedPage): boolean {
  const line = lineOf(el, 1);
  if (hasClass(el, "openapi-skeleton")) {
    if (page.skeletons.count === 0) page.skeletons.line = line;
    page.skeletons.count++;
    return true;
  }
  if (hasClass(el, "openapi__method-endpoint")) {
    const method = findFirst(el, (c) => hasClass(c, "badge"));
    const path = findFirst(el, (c) => hasClass(c, "openapi__method-endpoint-path"));
    page.blocks.push({
      kind: "code",
      text: `${method ? inlineText(method) : ""} ${path ? inlineText(path) : ""}`.trim(),
      line,
    });
    page.endpoints++;
    return true;
  }
  if (hasClass(el, "openapi-tabs__container")) {
    const list = findFirst(el, (c) => hasClass(c, "openapi-tabs__response-list-container"));
    if (list) {
      readResponses(el, list, page);
      return true;
    }
  }
  // The right panel is the API explorer (request form, code samples): rendered in the browser.
  if (hasClass(el, "openapi-right-panel__container")) return true;
  const heading = /^h([1-6])$/.exec(el.name);
  if (heading) {
    page.blocks.push({
      kind: "heading",
      level: Number(heading[1]),
      text: inlineText(el),
      ...(el.attribs.id ? { id: el.attribs.id } : {}),
      line,
    });
    return true;
  }
  if (el.name === "p") {
    page.blocks.push({ kind: "paragraph", text: inlineText(el), line });
    return true;
  }
  if (el.name === "ul" || el.name === "ol") {
    page.blocks.push({
      kind: "list",
      items: elementChildren(el)
        .filter((li) => li.name === "li")
        .map(inlineText),
      line,
    });
    return true;
  }
  if (el.name === "pre") {
    page.blocks.push({ kind: "code", text: inlineText(el), line });
    return true;
  }
  if (el.name === "table") {
    page.blocks.push({ kind: "other", tag: "table", line });
    return true;
  }
  return false;
}

/**
 * The responses: a "Responses" heading, the status tabs (the `<li>`s name the statuses in order)
 * and the tab panels after them, one per status in the same order, each with the status' sentence.
 */
function readResponses(container: Element, list: Element, page: LexedPage): void {
  const heading = findFirst(container, (el) => /^h[1-6]$/.test(el.name));
  if (heading)
    page.blocks.push({
      kind: "heading",
      level: Number(heading.name.slice(1)),
      text: inlineText(heading),
      line: lineOf(heading, 1),
    });
  const statuses = elementChildren(list).filter((li) => li.name === "li");
  const panels = findAll(container, (el) => el.attribs.role === "tabpanel");
  statuses.forEach((li, i) => {
    const line = lineOf(li, 1);
    page.blocks.push({ kind: "heading", level: 3, text: inlineText(li), line });
    const panel = panels[i];
    if (!panel) return;
    const sentence = findFirst(panel, (el) => el.name === "p");
    if (sentence) page.blocks.push({ kind: "paragraph", text: inlineText(sentence), line: lineOf(sentence, line) });
    for (const skeleton of findAll(panel, (el) => hasClass(el, "openapi-skeleton"))) {
      if (page.skeletons.count === 0) page.skeletons.line = lineOf(skeleton, line);
      page.skeletons.count++;
    }
  });
}
