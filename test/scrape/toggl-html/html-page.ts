/**
 * Builds small Docusaurus pages in the markup of the Toggl reference pages, one element per line
 * (as served), so that tests can assert source lines and vary one thing at a time.
 */

export function heading(level: number, text: string, id = text.toLowerCase().replace(/\W+/g, "-")): string {
  return `<h${level} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${text}<a href="index.html#${id}" class="hash-link" aria-label="Direct link to ${text}" title="Direct link to ${text}">\u200b</a></h${level}>`;
}

export function codeBlock(text: string): string {
  const lines = text
    .split("\n")
    .map(
      (line) =>
        `<span class="token-line" style="color:#bfc7d5"><span class="token plain">${escape(line)}</span><br></span>`,
    )
    .join("");
  return `<div class="language-shell codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-shell"><code class="codeBlockLines_e6Vv">${lines}</code></pre></div></div>`;
}

export function samples(byLanguage: Record<string, string>): string {
  const tabs = Object.keys(byLanguage)
    .map((label, i) => `<li role="tab" tabindex="${i === 0 ? 0 : -1}" class="tabs__item">${label}</li>`)
    .join("");
  const panels = Object.values(byLanguage)
    .map((text) => `<div role="tabpanel" class="tabItem_Ymn6">${codeBlock(text)}</div>`)
    .join("");
  return `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${tabs}</ul><div class="margin-top--md">${panels}</div></div>`;
}

export function table(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): string {
  const head = header ? `<thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead>` : "";
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

export const PARAMETER_HEADER = ["name", "type", "required", "description"] as const;
export const FIELD_HEADER = ["Name", "Type", "Description"] as const;

export function curl(method: string, url: string): string {
  return `curl -X ${method} ${url} \\\n  -H "Content-Type: application/json" \\\n  -u <email>:<password>`;
}

/** A whole page: the chrome Docusaurus puts around the article is irrelevant to the reader. */
export function page(title: string, body: readonly string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><title>Test</title></head><body>',
    `<div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>`,
    ...body,
    "</div></body></html>",
  ].join("\n");
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The 1-based line of the first line of `html` containing `needle`. */
export function lineContaining(html: string, needle: string, from = 1): number {
  const lines = html.split("\n");
  for (let i = from - 1; i < lines.length; i++) if (lines[i]?.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}
