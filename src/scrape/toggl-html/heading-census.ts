/**
 * The operation headings a page's markup shows, found in the raw text rather than in the DOM: a
 * heading whose tags are broken (`</div<h2 …>`) never becomes a heading element, but a reader of the
 * page still sees it. The reader checks that every heading found here was read as an operation or
 * is named in a diagnostic, so none is lost without a word.
 */
import { normaliseSpaces } from "../common/text.js";
import { TOGGL_ROLES } from "./roles.js";

export interface SeenHeading {
  /** The heading's text, tags dropped and the common entities decoded. */
  text: string;
  line: number;
}

/** How far a heading's own markup may run: a heading is a line of text, not a section. */
const HEADING_WINDOW = 4096;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Each `<hN …>` start tag whose text up to `</hN` (or the next tag start of a heading) reads `METHOD Title`. */
export function operationHeadingsInMarkup(text: string): SeenHeading[] {
  const seen: SeenHeading[] = [];
  const start = /<h([1-6])\b[^<>]{0,2000}>/gi;
  let line = 1;
  let counted = 0;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const contentStart = match.index + match[0].length;
    const window = text.slice(contentStart, contentStart + HEADING_WINDOW);
    const close = window.search(new RegExp(`</h${match[1]}|<h[1-6]\\b`, "i"));
    const inner = close < 0 ? window.split("\n", 1)[0]! : window.slice(0, close);
    const headingText = normaliseSpaces(decodeEntities(inner.replace(/<[^<>]*>/g, "")))
      .replace(/\s+/g, " ")
      .trim();
    if (TOGGL_ROLES.heading(headingText, 2).role !== "operation") continue;
    // Lines are counted incrementally from the previous match, so the scan stays linear.
    for (let i = text.indexOf("\n", counted); i !== -1 && i < match.index; i = text.indexOf("\n", i + 1)) line++;
    counted = match.index;
    seen.push({ text: headingText, line });
  }
  return seen;
}
