/**
 * JSON pointers (RFC 6901) in their URI-fragment form, `#/components/schemas/Pet`: building one for
 * a message, reading one back, and following a local `$ref`. The one resolver every stage uses.
 */
import { isRecord, isReference, type JsonObject } from "./types.js";

/** One reference token escaped: `~` → `~0`, `/` → `~1` ("/clients/{id}" → "~1clients~1{id}"). */
function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `pointerTo("paths", "/clients", "get")` → "#/paths/~1clients/get". */
export function pointerTo(...tokens: (string | number)[]): string {
  return tokens.length === 0 ? "#" : `#/${tokens.map(escapePointerToken).join("/")}`;
}

/** The pointer to a child of `pointer`: `childPointer("#/paths", "/a")` → "#/paths/~1a". */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${escapePointerToken(key)}`;
}

/** A percent-escape is decoded; a `%` that starts none is a literal `%` (never a thrown URIError). */
function percentDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/**
 * "#/paths/~1a~1b/get" → ["paths", "/a/b", "get"]; "#" → []. Undefined for a reference outside
 * this document ("other.yaml#/x", "https://…"): a single document cannot answer it.
 */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === "#" || pointer === "#/") return [];
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((raw) => percentDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The value a local pointer names in `document`, or undefined when it leads nowhere. Only own keys
 * count, so "#/paths/constructor" does not find `Object.prototype.constructor`.
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  const tokens = pointerTokens(pointer);
  if (tokens === undefined) return undefined;
  let node: unknown = document;
  for (const token of tokens) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) node = node[Number(token)];
    else if (isRecord(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/**
 * Follows a chain of local `$ref`s (a reference to a reference…) to the object it names; the value
 * itself when it is no reference. A chain that loops or leads nowhere stops at its last object, so
 * the caller sees a `$ref` it can report instead of spinning. Meant for parameters, request bodies,
 * responses and path items, which cannot be recursive; schemas are walked by their own readers.
 */
export function dereference(document: unknown, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;
  while (isReference(current) && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = resolvePointer(document, current.$ref);
    if (target === undefined) break;
    current = target;
  }
  return current;
}

/** `dereference`, then the object or an empty one: for lenient readers such as the diff. */
export function dereferenceRecord(document: unknown, value: unknown): JsonObject {
  const target = dereference(document, value);
  return isRecord(target) ? target : {};
}
