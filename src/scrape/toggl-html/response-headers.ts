import type { Element } from "domhandler";
import type { DocResponseHeader } from "../../model/types.js";
import { findAll, inlineText, isElement, lineOf } from "../common/dom.js";

/**
 * Getting-started pages define API-wide response headers in list items such as
 * `<li><code>X-Toggl-Quota-Remaining</code>: how many requests you have left…</li>` (Reports'
 * overview sets them in bold: `<li><strong>X-Next-ID</strong>: ID of the next time entry.</li>`).
 * Only items that open with a code- or bold-formatted header name followed by a colon count, so prose that merely
 * mentions a header is not mistaken for a definition.
 */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

export function readResponseHeaders(article: Element, file: string): DocResponseHeader[] {
  const headers: DocResponseHeader[] = [];
  for (const item of findAll(article, (el) => el.name === "li")) {
    const first = item.children.find((n) => !(n.type === "text" && inlineText(n) === ""));
    if (!first || !isElement(first) || (first.name !== "code" && first.name !== "strong")) continue;
    const name = inlineText(first);
    if (!HEADER_NAME.test(name)) continue;
    const text = inlineText(item);
    const rest = text.slice(text.indexOf(name) + name.length).trim();
    if (!rest.startsWith(":")) continue;
    headers.push({ name, description: rest.slice(1).trim(), source: { file, line: lineOf(item, 1) } });
  }
  return headers;
}
