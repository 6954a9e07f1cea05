/**
 * Renders a spec with Scalar's `@scalar/openapi-to-markdown` (the Markdown Scalar serves to LLMs,
 * `/llms.txt`): one `.md` page per spec, the whole document (operations, then a Schemas section).
 * Offline: the spec is read here and handed over as an object, so the generator loads nothing.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createMarkdownFromOpenApi } from "@scalar/openapi-to-markdown";
import { parse as parseYaml } from "yaml";

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const text = await readFile(specFile, "utf8");
  const spec = (specFile.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  const markdown = await createMarkdownFromOpenApi(spec);
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `${pageName(specFile)}.md`);
  await writeFile(out, markdown);
  return [out];
}

/** `…/api/1password.local/connect.json` → `connect`; a page name without the spec's extension. */
export function pageName(specFile: string): string {
  return path.basename(specFile).replace(/(\.openapi)?\.(json|ya?ml)$/, "");
}
