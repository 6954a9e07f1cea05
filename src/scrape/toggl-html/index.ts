import type { Document, Element } from "domhandler";
import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocOperation, DocPage, DocsReader } from "../../model/types.js";
import { normaliseLineEnds } from "../common/text.js";
import { findArticle, nodesAfter } from "./article.js";
import { blocksOfNodes, toBlocks, type BlockNote } from "./blocks.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { inlineText, lineOf, parseHtml, walkElements } from "../common/dom.js";
import { operationHeadingsInMarkup, type SeenHeading } from "./heading-census.js";
import { TOGGL_ROLES } from "./roles.js";
import { boundNesting, MAX_NESTING } from "./nesting.js";
import { readResponseHeaders } from "./response-headers.js";
import { appendAll } from "../common/append.js";
import { boundFieldDepth } from "../common/field-depth.js";

/**
 * The Toggl Track reference pages as served: Docusaurus HTML. The article
 * (`.theme-doc-markdown`) holds an `<h1>` section title and one `METHOD Title` heading per
 * operation; getting-started pages hold prose only and read as a page with no operations.
 */

export const TOGGL_HTML_DIALECT = "toggl-html";

/** The Docusaurus article container; its class is the one stable marker of a doc page. */
const ARTICLE_CLASS = "theme-doc-markdown";

const ARTICLE_CLASS_ATTRIBUTE = new RegExp(`class=["']?[^"'>]*\\b${ARTICLE_CLASS}\\b`);

/**
 * Pages built by docusaurus-plugin-openapi-docs are Docusaurus doc pages too (same article class)
 * but another dialect: its theme's classes (`theme-api-markdown` around an operation page,
 * `openapi__method-endpoint` on the endpoint line, `openapi__heading` on every page's title) say
 * so, and its reader takes them.
 */
const OPENAPI_THEME_CLASS = /class=["']?[^"'>]*\b(?:theme-api-markdown|openapi__method-endpoint|openapi__heading)\b/;

function detect(text: string): boolean {
  return (
    /<(?:!doctype\s+html|html|body|div)\b/i.test(text.slice(0, 4096)) &&
    hasArticleClassAttribute(text) &&
    !isOpenApiThemePage(text)
  );
}

function isOpenApiThemePage(text: string): boolean {
  return /theme-api-markdown|openapi__method-endpoint|openapi__heading/.test(text) && OPENAPI_THEME_CLASS.test(text);
}

/**
 * Whether some `class` attribute names the article class. The pattern is tried only around each
 * occurrence of the class name (from the `class=` that can precede it), not across the whole page.
 */
function hasArticleClassAttribute(text: string): boolean {
  for (let at = text.indexOf(ARTICLE_CLASS); at !== -1; at = text.indexOf(ARTICLE_CLASS, at + 1)) {
    // Back over the attribute value ([^"'>]*) to its quote, then over `class=`.
    let valueStart = at;
    while (valueStart > 0 && !`"'>`.includes(text[valueStart - 1]!)) valueStart--;
    if (ARTICLE_CLASS_ATTRIBUTE.test(text.slice(Math.max(0, valueStart - 7), at + ARTICLE_CLASS.length + 1)))
      return true;
  }
  return false;
}

/** Operation heading elements outside the article (a stray `</div>` put them there). */
function operationHeadingsOutside(root: Document, article: Element): Element[] {
  const found: Element[] = [];
  walkElements(root, (el) => {
    if (el === article) return false;
    if (!/^h[1-6]$/.test(el.name)) return true;
    if (TOGGL_ROLES.heading(inlineText(el), Number(el.name.slice(1))).role === "operation") found.push(el);
    return false;
  });
  return found;
}

/**
 * Every operation heading the markup shows must be read, or named in a diagnostic: one that is
 * neither gets a warning saying it was not read, so no operation goes missing without a word.
 */
function accountForHeadings(
  seen: readonly SeenHeading[],
  operations: readonly DocOperation[],
  diagnostics: Diagnostic[],
  file: string,
): void {
  // By line and title: a page of few long lines can hold several headings on one line.
  const read = new Set(operations.map((op) => `${op.source.line} ${op.title}`));
  const named = diagnostics.filter((d) => d.severity !== "info");
  for (const heading of seen) {
    const role = TOGGL_ROLES.heading(heading.text, 2);
    if (role.role === "operation" && read.has(`${heading.line} ${role.title}`)) continue;
    if (named.some((d) => d.message.includes(heading.text))) continue;
    diagnostics.push({
      severity: "warning",
      code: "operation-not-read",
      message: `operation heading "${heading.text}" was not read: its markup is broken or it sits outside the docs article`,
      source: { file, line: heading.line },
    });
  }
}

export function readTogglHtml(text: string, file: string): DocPage {
  const original = normaliseLineEnds(text);
  const bounded = boundNesting(original);
  const document = parseHtml(bounded.text);
  const article = findArticle(document, ARTICLE_CLASS);
  if (!article)
    throw DocsInputError.at(
      { file, line: 1 },
      `no Docusaurus article (.${ARTICLE_CLASS}) on this page`,
      "not-toggl-html",
    );
  const notes: BlockNote[] = [];
  const blocks = toBlocks(article, lineOf(article, 1), notes);
  const diagnostics: Diagnostic[] = [];
  if (bounded.exceededAt) {
    diagnostics.push({
      severity: "warning",
      code: "nesting-too-deep",
      message: `elements nest deeper than ${MAX_NESTING} here; the ${bounded.exceededAt.blanked} start/end tag(s) beyond that depth were ignored (their text is kept)`,
      source: { file, line: bounded.exceededAt.line },
    });
  }
  const outside = operationHeadingsOutside(document, article);
  const articleLine = lineOf(article, 1);
  if (outside.some((el) => lineOf(el, 1) >= articleLine)) {
    const after = nodesAfter(article);
    const first = after.find((node) => node.startIndex !== null);
    diagnostics.push({
      severity: "warning",
      code: "article-closed-early",
      message:
        "the docs article closes before its last operation headings (a stray </div>?); the content after it, up to the page footer, was read as part of it",
      source: { file, line: first ? lineOf(first, articleLine) : articleLine },
    });
    appendAll(blocks, blocksOfNodes(after, articleLine, notes));
  }
  for (const note of notes)
    diagnostics.push({
      severity: "warning",
      code: note.code,
      message: note.message,
      source: { file, line: note.line },
    });
  const assembled = assemblePage(blocks, TOGGL_ROLES, file, diagnostics);
  if (!blocks.some((b) => b.kind === "heading" && b.level === 1)) {
    diagnostics.push({
      severity: "warning",
      code: "title-missing",
      message: "the page has no <h1> title; section left empty",
      source: { file, line: articleLine },
    });
  }
  accountForHeadings(operationHeadingsInMarkup(original), assembled.operations, diagnostics, file);
  const responseHeaders = readResponseHeaders(article, file);
  const page = docPageOf(
    assembled,
    file,
    TOGGL_HTML_DIALECT,
    diagnostics,
    responseHeaders.length ? { responseHeaders } : {},
  );
  // htmlparser2's strings are slices of the page text, and a slice keeps the whole text alive: a
  // copy lets each page's source (megabytes) go once it is read, for ~2 % of the reading time.
  return structuredClone(boundFieldDepth(page));
}

export const togglHtmlReader: DocsReader = {
  dialect: TOGGL_HTML_DIALECT,
  detect: (text) => detect(text),
  read: readTogglHtml,
};
