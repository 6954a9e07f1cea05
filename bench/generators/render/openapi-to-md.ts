/**
 * Renders a spec with openapi-to-md (pinned in bench/generators/package.json): one Markdown page
 * per spec, `<name>.md`, through the package's own CLI (`openapi-to-md <source> <destination>`),
 * run offline on a local file.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const GENERATORS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(GENERATORS, "node_modules/openapi-to-md/dist/openapi-to-md.js");

export async function render(specFile: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const name = path.basename(specFile).replace(/\.(?:openapi\.)?(?:json|ya?ml)$/i, "");
  const target = path.join(outDir, `${name}.md`);
  await run(process.execPath, [CLI, path.resolve(specFile), target], { maxBuffer: 64 << 20 });
  return [target];
}
