/**
 * Renders a spec with Scalar's `@scalar/openapi-to-markdown` (the Markdown Scalar serves to LLMs,
 * `/llms.txt`): one `.md` page per spec, the whole document (operations, then a Schemas section).
 * Offline: the spec is read here and handed over as an object, so the generator loads nothing.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importGenerator, pageName, parseSpec } from "./load.js";

interface OpenApiToMarkdown {
  createMarkdownFromOpenApi(document: Record<string, unknown>): Promise<string>;
}

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const spec = parseSpec(specFile, await readFile(specFile, "utf8"));
  const { createMarkdownFromOpenApi } = await importGenerator<OpenApiToMarkdown>("@scalar/openapi-to-markdown");
  const markdown = await createMarkdownFromOpenApi(spec);
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `${pageName(specFile)}.md`);
  await writeFile(out, markdown);
  return [out];
}
