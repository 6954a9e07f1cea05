/**
 * A bound on how deep a page's elements nest. The HTML parser's work per element grows with the
 * depth of the elements open around it, so markup nested tens of thousands deep costs time
 * quadratic in its size; real docs nest a few dozen deep. Before parsing, a linear scan of the
 * tags finds start tags deeper than the bound and blanks them and their end tags (spaces, line
 * breaks kept, so every offset and line number stays true). Their content is kept, one level up.
 */

/** Deeper than any real page by two orders of magnitude; the parser is still fast at this depth. */
export const MAX_NESTING = 10_000;

/** Elements that never hold content, so never deepen the nesting. */
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is text up to their end tag (the parser does not look for tags inside). */
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "title"]);

/** A start tag that closes an open element of these names first (`<li>` after `<li>`), as the parser does. */
const IMPLIED_CLOSE: Record<string, readonly string[]> = {
  p: ["p"],
  li: ["li"],
  dt: ["dt", "dd"],
  dd: ["dt", "dd"],
  td: ["td", "th"],
  th: ["td", "th"],
  tr: ["tr", "td", "th"],
  option: ["option"],
};

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]{0,10000}?(\/?)>/y;

export interface BoundedMarkup {
  text: string;
  /** Where the bound was first exceeded, when it was. */
  exceededAt?: { line: number; blanked: number };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function boundNesting(text: string, max = MAX_NESTING): BoundedMarkup {
  const stack: { name: string; blanked: boolean }[] = [];
  const blank: [number, number][] = [];
  let firstExcess: number | undefined;
  for (let at = text.indexOf("<"); at !== -1;) {
    if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) break;
      at = text.indexOf("<", end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(text);
    if (!tag) {
      at = text.indexOf("<", at + 1);
      continue;
    }
    const end = TAG.lastIndex;
    const name = tag[2]!.toLowerCase();
    if (tag[1] === "/") {
      // The nearest open element of that name closes, with those opened inside it.
      let index = stack.length - 1;
      while (index >= 0 && stack[index]!.name !== name && stack.length - index < 64) index--;
      if (index >= 0 && stack[index]!.name === name) {
        if (stack[index]!.blanked) blank.push([at, end]);
        stack.length = index;
      }
    } else if (RAW_TEXT_TAGS.has(name)) {
      // One level deep at most, and its content is not markup: skip to its end tag.
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = end;
      if (!close.exec(text)) break;
      at = text.indexOf("<", close.lastIndex);
      continue;
    } else if (!VOID_TAGS.has(name) && tag[3] !== "/") {
      const closes = IMPLIED_CLOSE[name];
      if (closes && stack.length > 0 && closes.includes(stack[stack.length - 1]!.name)) stack.pop();
      // Headings stay: they carry the operations, and never nest in one another.
      const blanked = stack.length >= max && !/^h[1-6]$/.test(name);
      if (blanked) {
        blank.push([at, end]);
        firstExcess ??= at;
      }
      stack.push({ name, blanked });
    }
    at = text.indexOf("<", end);
  }
  if (firstExcess === undefined) return { text };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of blank) {
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, " "));
    from = end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(""), exceededAt: { line: lineAt(text, firstExcess), blanked: blank.length } };
}
