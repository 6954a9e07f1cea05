/**
 * Inline Markdown as widdershins writes it in cells and paragraphs (`[Pet](#schemapet)`,
 * `[[Pet](#schemapet)]`, `*anonymous*`, `**200**`, `` `GET /pets` ``, stray HTML from spec
 * descriptions) → the text a reader sees, plus the in-page link target of a cell: a type cell
 * that links into the page's `# Schemas` section says where that type's fields are.
 */
import { cleanText } from "../common/text.js";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  "#x27": "'",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** The first in-page (`#…`) link target of a Markdown fragment, without the `#`. */
export function inPageLink(markdown: string): string | undefined {
  return /\]\(#([^)\s]+)\)/.exec(markdown)?.[1] ?? /href="#([^"]+)"/.exec(markdown)?.[1];
}

/** A Markdown fragment as plain text: links to their text, emphasis and code marks and tags dropped. */
export function inlineMarkdownText(markdown: string): string {
  let text = markdown;
  // Links, innermost first: `[[Pet](#schemapet)]` → `[Pet]`.
  for (let i = 0; i < 8 && /\[([^[\]]*)\]\(([^()\s]*)\)/.test(text); i++)
    text = text.replace(/\[([^[\]]*)\]\(([^()\s]*)\)/g, "$1");
  text = text.replace(/`([^`]*)`/g, "$1");
  text = text.replace(/\*\*([^*]+)\*\*/g, "$1").replace(/(^|[\s([])\*([^*\s][^*]*)\*(?=$|[\s).,\]])/g, "$1$2");
  text = text.replace(/<\/?[a-zA-Z][^>]*>/g, " ");
  return cleanText(decodeEntities(text));
}

/** The nesting depth widdershins shows with `»` marks before a name (`»» period` → 2, `period`). */
export function splitDepthMarks(name: string): { depth: number; name: string } {
  const match = /^((?:»\s*)+)/.exec(name);
  if (!match) return { depth: 0, name };
  return { depth: (match[1]!.match(/»/g) ?? []).length, name: name.slice(match[1]!.length).trim() };
}
