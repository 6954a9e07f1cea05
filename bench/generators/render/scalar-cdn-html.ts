/**
 * Renders a spec into Scalar's client-side HTML template (`@scalar/client-side-rendering`, what
 * Scalar's server integrations serve): an empty `<div id="app">` and a
 * `Scalar.createApiReference('#app', { content: {…spec…} })` script. Nothing is visible without
 * JavaScript; the page carries the spec. The bundle's CDN URL is written into the page, never
 * fetched at render time.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importGenerator, pageName, parseSpec } from "./load.js";

interface ClientSideRendering {
  renderApiReference(options: { config: Record<string, unknown> }): string;
}

export async function render(specFile: string, outDir: string): Promise<string[]> {
  const spec = parseSpec(specFile, await readFile(specFile, "utf8"));
  const { renderApiReference } = await importGenerator<ClientSideRendering>("@scalar/client-side-rendering");
  await mkdir(outDir, { recursive: true });
  const out = path.join(outDir, `${pageName(specFile)}.cdn.html`);
  await writeFile(out, renderApiReference({ config: { content: spec } }));
  return [out];
}
