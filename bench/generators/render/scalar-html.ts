/**
 * Renders a spec with Scalar's server-side renderer (`@scalar/server-side-rendering`: the Vue
 * API reference rendered to a string, then hydrated in the browser by the standalone bundle). The
 * page carries the spec in the configuration of its `Scalar.createApiReference('#app', {…})`
 * script; the pre-rendered markup shows the first tag group expanded and the rest collapsed.
 * Built-in CSS is left out (`css: ""`) to keep pages small: it changes nothing a reader sees.
 * Offline: the spec is passed as `content`, and the bundle's URL (`/scalar/scalar.js`) is never
 * fetched at render time.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderApiReference } from "@scalar/server-side-rendering";
import { parse as parseYaml } from "yaml";
import { pageName } from "./scalar-markdown.js";

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const text = await readFile(specFile, "utf8");
  const spec = (specFile.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  const html = await renderApiReference({ config: { content: spec }, css: "" });
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `${pageName(specFile)}.html`);
  await writeFile(out, html);
  return [out];
}
