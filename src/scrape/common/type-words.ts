/**
 * The type words API docs tables use. Readers keep the type text verbatim (interpretation is the
 * normaliser's job) but warn when a cell holds something that is not a type at all, which usually
 * means a shifted or damaged row.
 */

const SCALAR_TYPES = new Set([
  "string",
  "integer",
  "number",
  "boolean",
  "object",
  "array",
  "null",
  "any",
  "int",
  "float",
  "double",
  "bool",
]);

/** True for "string", "Array of object", "Array of Array of integer", "string | null", "string[]"… */
export function isKnownTypeText(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (lower.includes("|")) return lower.split("|").every((part) => isKnownTypeText(part));
  if (lower.endsWith("[]")) return isKnownTypeText(lower.slice(0, -2));
  const arrayOf = /^array of (.+)$/.exec(lower);
  if (arrayOf?.[1]) return isKnownTypeText(arrayOf[1]);
  return SCALAR_TYPES.has(lower);
}
