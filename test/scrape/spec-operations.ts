import { readFileSync } from "node:fs";

/**
 * What a fixture's original spec says, for reader tests: each operation with its parameters
 * (`$ref`s followed, path-level ones included) and statuses. Computed from the committed spec, so
 * a test's expectations are never typed in by hand.
 */

type Json = Record<string, unknown>;

export interface SpecParameter {
  in: string;
  name: string;
  required: boolean;
  schema: Json;
}

export interface SpecOperation {
  method: string;
  path: string;
  parameters: SpecParameter[];
  statuses: string[];
  hasBody: boolean;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function resolve(doc: Json, value: unknown): Json {
  let node = value as Json;
  for (let i = 0; i < 16 && typeof node?.$ref === "string"; i++) {
    node = (node.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((n, key) => (n as Json)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc) as Json;
  }
  return node ?? {};
}

export function loadSpec(file: string): Json {
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}

export function specOperations(doc: Json): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const shared = ((item.parameters ?? []) as unknown[]).map((p) => resolve(doc, p));
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const own = ((op.parameters ?? []) as unknown[]).map((p) => resolve(doc, p));
      const byKey = new Map<string, Json>();
      for (const p of [...shared, ...own]) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
      out.push({
        method,
        path,
        parameters: [...byKey.values()].map((p) => ({
          in: String(p.in),
          name: String(p.name),
          required: p.required === true,
          schema: resolve(doc, p.schema ?? {}),
        })),
        statuses: Object.keys((op.responses ?? {}) as Json),
        hasBody: op.requestBody !== undefined,
      });
    }
  }
  return out;
}

export function resolveRef(doc: Json, value: unknown): Json {
  return resolve(doc, value);
}
