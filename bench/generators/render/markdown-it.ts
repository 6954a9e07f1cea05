/**
 * widdershins' Markdown rendered to a plain HTML page by markdown-it 15 (raw HTML allowed, as
 * widdershins' own `<h1 id>`/`<h3 id>`/`<aside>` need): what a static site builder publishes
 * without Slate's layout. The YAML front matter is dropped, as site builders do.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadGenerator, pageName } from "./load.js";
import { widdershinsMarkdown } from "./widdershins.js";

interface MarkdownIt {
  render(markdown: string): string;
}

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const markdown = await widdershinsMarkdown(specFile);
  const title = /^title:\s*(.*)$/m.exec(markdown)?.[1] ?? pageName(specFile);
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  const MarkdownItCtor = loadGenerator<new (options: Record<string, unknown>) => MarkdownIt>("markdown-it");
  const html = new MarkdownItCtor({ html: true }).render(body);
  const escaped = title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const page = `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${escaped}</title>\n</head>\n<body>\n${html}</body>\n</html>\n`;
  const file = path.join(outDir, `${pageName(specFile)}.html`);
  await writeFile(file, page);
  return [file];
}
