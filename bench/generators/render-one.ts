/**
 * Renders one spec with one generator: `node --import tsx bench/generators/render-one.ts
 * <generator> <spec.json> <outDir>`; prints the page files, one a line. The benchmark runs each
 * render in a child process of its own so that a render that hangs can be stopped at its time limit.
 */
import { mkdir } from "node:fs/promises";
import { RENDERERS } from "./render/index.js";

const [generator, specFile, outDir] = process.argv.slice(2);
if (!generator || !specFile || !outDir) {
  console.error("usage: render-one.ts <generator> <spec.json> <outDir>");
  process.exit(2);
}
const render = RENDERERS[generator];
if (!render) {
  console.error(`unknown generator "${generator}"; known: ${Object.keys(RENDERERS).join(", ")}`);
  process.exit(2);
}
// Generators log as they go (widdershins its templates, Shins highlight.js deprecations): keep
// stdout for the list of pages.
console.log = console.warn = (...args: unknown[]) => console.error(...args);
try {
  await mkdir(outDir, { recursive: true });
  const files = await render(specFile, outDir);
  process.stdout.write(`${files.join("\n")}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
