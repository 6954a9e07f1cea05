/**
 * Turns a captured page into the lines worth reading: cleaned of CRLF and odd spaces (line
 * numbers stay true), blank lines and site chrome (navigation, feedback widgets, the "On this
 * page" table of contents) removed. Chrome is reported in one info diagnostic, so that nothing
 * disappears without a trace, without drowning real findings.
 */
import type { Diagnostic } from "../../model/types.js";
import type { TextLine } from "../common/pipe-table.js";
import { cleanText, numberedLines } from "../common/text.js";
import { isOperationHeading, isStatusLine, isUrlLine } from "./line-kinds.js";

/** Whole lines that are site chrome on the Docusaurus docs site, compared lower-cased. */
const CHROME_LINES = new Set([
  "support",
  "on this page",
  "was this helpful?",
  "edit this page",
  "skip to main content",
  "copy",
  "copied!",
  "copy to clipboard",
  "previous",
  "next",
  "search",
  "menu",
  "toggle navigation bar",
]);

/** Chrome glued to the end of the last line of content ("Internal Server ErrorSupport"). */
const GLUED_CHROME = /^(.*?[a-z.)!?])(Support|Was this helpful\?|Edit this page)$/;

function isChromeLine(text: string): boolean {
  const lower = text.toLowerCase();
  if (CHROME_LINES.has(lower)) return true;
  // Lone small numbers: pagination, step markers, feedback counters. Statuses are 3 digits.
  if (/^\d{1,2}$/.test(text)) return true;
  // Breadcrumbs ("Docs › Track API › Clients") and prev/next links ("« Clients", "Workspaces »").
  if (/\s[›»>]\s/.test(text) && text.split(/\s[›»>]\s/).every((part) => part.length <= 40)) return true;
  if (/^[«‹]\s|\s[»›]$/.test(text)) return true;
  if (/^last updated (on|by)\b/i.test(text)) return true;
  return false;
}

/** Entries of the "On this page" list: operation headings and their sub-headings. */
function isTocEntry(text: string): boolean {
  return (
    isOperationHeading(text) ||
    isStatusLine(text) ||
    /^(parameters|path|query|body|headers?|response)$/i.test(text) ||
    /^[a-z_][a-z0-9_]*$/.test(text)
  );
}

/**
 * The lines of a page worth reading. A table of contents starts at "On this page" and runs while
 * lines look like its entries; it ends early at a heading that is followed by a URL, which is
 * the real first operation when the list sits at the top of the page.
 */
export function readPageLines(text: string, file: string, diagnostics: Diagnostic[]): TextLine[] {
  const all = numberedLines(text)
    .map(({ text: raw, line }) => ({ text: cleanText(raw), line }))
    .filter((l) => l.text !== "");
  const kept: TextLine[] = [];
  const chromeLines: number[] = [];
  const tocLines: number[] = [];
  let inToc = false;
  for (let i = 0; i < all.length; i++) {
    const current = all[i]!;
    if (/^on this page$/i.test(current.text)) {
      inToc = true;
      chromeLines.push(current.line);
      continue;
    }
    if (inToc) {
      const realHeading = isOperationHeading(current.text) && isUrlLine(all[i + 1]?.text ?? "");
      if (!realHeading && isTocEntry(current.text)) {
        tocLines.push(current.line);
        continue;
      }
      inToc = false;
    }
    if (isChromeLine(current.text)) {
      chromeLines.push(current.line);
      continue;
    }
    const glued = GLUED_CHROME.exec(current.text);
    if (glued?.[1] && glued[2]) {
      diagnostics.push({
        severity: "info",
        code: "chrome-glued",
        message: `removed page chrome "${glued[2]}" glued to the end of the line`,
        source: { file, line: current.line },
      });
      kept.push({ text: glued[1], line: current.line });
      continue;
    }
    kept.push(current);
  }
  if (chromeLines.length > 0) {
    diagnostics.push({
      severity: "info",
      code: "page-chrome",
      message: `ignored ${chromeLines.length} line(s) of page chrome (lines ${chromeLines.join(", ")})`,
      source: { file, line: chromeLines[0]! },
    });
  }
  if (tocLines.length > 0) {
    diagnostics.push({
      severity: "info",
      code: "table-of-contents",
      message: `ignored the "On this page" list (lines ${tocLines.join(", ")})`,
      source: { file, line: tocLines[0]! },
    });
  }
  return kept;
}
