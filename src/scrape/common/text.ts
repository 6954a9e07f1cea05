/**
 * Captured pages arrive with CRLF line ends, non-breaking and zero-width spaces and a BOM now and
 * then. Readers clean text with these helpers; none of them adds or removes a line, so line
 * numbers stay true to the file.
 */

/** CRLF/CR to LF, BOM dropped. Keeps the line count. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Non-breaking and other odd spaces to a plain space, zero-width characters removed. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
}

/** Both of the above, plus trimming, for one cell or one line of prose. */
export function cleanText(text: string): string {
  return normaliseSpaces(text)
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Lines of a page, cleaned, with their 1-based line numbers. */
export function numberedLines(text: string): { text: string; line: number }[] {
  return normaliseLineEnds(text)
    .split("\n")
    .map((raw, i) => ({ text: normaliseSpaces(raw), line: i + 1 }));
}
