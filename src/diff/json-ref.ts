/** Reading plain OpenAPI JSON: record checks and local `$ref` resolution. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

/** The value at a local JSON pointer (`#/components/schemas/Pet`), or undefined when it does not resolve. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined; // external refs are outside what a single document can answer
  const tokens = ref.slice(1).split("/").slice(1);
  let current: unknown = doc;
  for (const raw of tokens) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return undefined;
  }
  return current;
}

/**
 * Follows a chain of local `$ref`s (a reference to a reference…) to the object it names.
 * Used for parameters, request bodies, responses and path items, which cannot be recursive;
 * a looping chain stops where it loops instead of spinning.
 */
export function dereference(doc: unknown, value: unknown): JsonRecord {
  const seen = new Set<string>();
  let current = value;
  while (isRecord(current) && typeof current.$ref === "string" && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = resolvePointer(doc, current.$ref);
    if (target === undefined) break;
    current = target;
  }
  return asRecord(current);
}
