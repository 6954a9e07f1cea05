/**
 * widdershins' pages, by content: the generator's comment (`<!-- Generator: Widdershins v4.0.1 -->`,
 * kept by markdown-it and Shins), or, when a site stripped it, the shape only widdershins writes:
 * an operation's `` `GET /path` `` line with its `Status | Meaning | Description | Schema` table.
 */

const GENERATOR_COMMENT = /<!--\s*Generator:\s*Widdershins\b/i;
const METHOD_LINE_MD = /^`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) \/[^`]*`\s*$/m;
const STATUS_HEADER_MD = /^\|\s*Status\s*\|\s*Meaning\s*\|\s*Description\s*\|\s*Schema\s*\|\s*$/m;
const METHOD_LINE_HTML = /<p>\s*<code>(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) \/[^<]*<\/code>\s*<\/p>/;
const STATUS_HEADER_HTML =
  /<th>\s*Status\s*<\/th>\s*<th>\s*Meaning\s*<\/th>\s*<th>\s*Description\s*<\/th>\s*<th>\s*Schema\s*<\/th>/;

/** The first non-blank character says HTML or not (front matter `---`, `#`, text: Markdown). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(?:!doctype\s+html|html|body|head)\b/i.test(text.slice(0, 4096));
}

export function isWiddershinsMarkdown(text: string): boolean {
  if (looksLikeHtml(text)) return false;
  return GENERATOR_COMMENT.test(text.slice(0, 16384)) || (METHOD_LINE_MD.test(text) && STATUS_HEADER_MD.test(text));
}

export function isWiddershinsHtml(text: string): boolean {
  if (!looksLikeHtml(text)) return false;
  return GENERATOR_COMMENT.test(text) || (METHOD_LINE_HTML.test(text) && STATUS_HEADER_HTML.test(text));
}

/**
 * The visible text of a Slate page (a browser's select-all + copy): Slate's own captions and the
 * tab-separated header of widdershins' status table.
 */
export function isSlateTextCapture(text: string): boolean {
  if (looksLikeHtml(text) || isWiddershinsMarkdown(text)) return false;
  const caption =
    /^\s*Scroll down for code samples, example requests and responses\./m.test(text) ||
    /^\s*Code samples\s*$/m.test(text);
  return caption && /^\s*Status\tMeaning\tDescription\tSchema\s*$/m.test(text);
}
