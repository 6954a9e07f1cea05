/**
 * Renders a spec with Scalar's server-side renderer (`@scalar/server-side-rendering`: the Vue
 * API reference rendered to a string, then hydrated in the browser by the standalone bundle). The
 * page carries the spec in the configuration of its `Scalar.createApiReference('#app', {…})`
 * script; the pre-rendered markup lists every operation's method and path and shows the first tag
 * expanded. Built-in CSS is left out (`css: ""`) to keep pages small: it changes nothing a reader
 * sees. Offline: the spec is passed as `content`, and the bundle's URL (`/scalar/scalar.js`) is
 * never fetched at render time. Generated examples carry the render time (a `date-time` example is
 * "now"), so two renders differ there.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importGenerator, pageName, parseSpec } from "./load.js";

interface ServerSideRendering {
  renderApiReference(options: { config: Record<string, unknown>; css?: string }): Promise<string>;
}

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const spec = parseSpec(specFile, await readFile(specFile, "utf8"));
  const { renderApiReference } = await importGenerator<ServerSideRendering>("@scalar/server-side-rendering");
  const html = await renderApiReference({ config: { content: spec }, css: "" });
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `${pageName(specFile)}.html`);
  await writeFile(out, html);
  return [out];
}
