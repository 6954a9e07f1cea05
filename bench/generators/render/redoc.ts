/**
 * Redoc pages, rendered by the Redocly CLI's `build-docs` (server-side rendered HTML with the
 * spec embedded in a script). Two majors are pinned in bench/generators/package.json because
 * both are on the web: `@redocly/cli` 2.x renders Redoc 3 (`__redoc_definition`; its static HTML
 * shows only the API's introduction, operations are drawn in the browser), and the v1 line
 * (`redocly-cli-v1`, an npm alias of @redocly/cli 1.34) renders Redoc 2 (`__redoc_state`; every
 * operation in the HTML, nested schemas and responses collapsed unless the theme expands them).
 *
 * Both CLIs install a `redocly` bin, so each is run by its own `bin/cli.js`, never via `.bin/`.
 * Telemetry and the update check are switched off so that rendering sends nothing anywhere;
 * neither CLI fetches anything at render time for a local spec (checked under `unshare -n`).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules");

/** The CLI entry points, by package folder in bench/generators/node_modules. */
const CLI = {
  redoc3: path.join(MODULES, "@redocly", "cli", "bin", "cli.js"),
  redoc2: path.join(MODULES, "redocly-cli-v1", "bin", "cli.js"),
} as const;

/** Redoc 2's theme options that show what the default render collapses: every response, every nesting level. */
export const EXPANDED_OPTIONS = [
  "--theme.openapi.expandResponses=all",
  "--theme.openapi.schemaExpansionLevel=all",
  "--theme.openapi.jsonSampleExpandLevel=all",
] as const;

function pageName(specFile: string): string {
  return path.basename(specFile).replace(/\.(openapi\.)?(json|ya?ml)$/i, "");
}

async function buildDocs(
  cli: string,
  specFile: string,
  outFile: string,
  options: readonly string[] = [],
): Promise<string> {
  if (!existsSync(cli)) throw new Error(`${cli} is not installed: run \`npm ci --prefix bench/generators\``);
  await mkdir(path.dirname(outFile), { recursive: true });
  await run(process.execPath, [cli, "build-docs", specFile, "-o", outFile, ...options], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return outFile;
}

/** Redoc 2's default render: `<name>.html`. */
export async function render(specFile: string, outDir: string): Promise<string[]> {
  return [await buildDocs(CLI.redoc2, specFile, path.join(outDir, `${pageName(specFile)}.html`))];
}

/** Redoc 2 with responses and nested schemas expanded: `<name>.expanded.html`. */
export async function renderExpanded(specFile: string, outDir: string): Promise<string[]> {
  return [
    await buildDocs(CLI.redoc2, specFile, path.join(outDir, `${pageName(specFile)}.expanded.html`), EXPANDED_OPTIONS),
  ];
}

/** Redoc 3 (the current CLI's default): `<name>.redoc3.html`. */
export async function renderRedoc3(specFile: string, outDir: string): Promise<string[]> {
  return [await buildDocs(CLI.redoc3, specFile, path.join(outDir, `${pageName(specFile)}.redoc3.html`))];
}
