/**
 * widdershins' Markdown rendered by Shins 2.6.0 into a Slate page (left TOC, language tabs),
 * in process through Shins' `render` API: no server, nothing fetched (not inlined, so the page
 * links Shins' css/js by relative path instead of embedding them).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadGenerator, pageName } from "./load.js";
import { widdershinsMarkdown } from "./widdershins.js";

interface Shins {
  render(markdown: string, options: Record<string, unknown>, done: (error: unknown, html?: string) => void): void;
}

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const markdown = await widdershinsMarkdown(specFile);
  const options = { cli: false, minify: false, customCss: false, inline: false, unsafe: false, "no-links": false };
  // The callback form: Shins 2.6.0's promise form (two arguments) takes the options for a callback.
  const html = await new Promise<string>((resolve, reject) => {
    loadGenerator<Shins>("shins").render(markdown, options, (error, out) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else if (typeof out !== "string") reject(new Error("shins rendered no page"));
      else resolve(out);
    });
  });
  const file = path.join(outDir, `${pageName(specFile)}.slate.html`);
  await writeFile(file, html);
  return [file];
}
