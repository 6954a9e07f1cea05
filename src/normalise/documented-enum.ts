/**
 * Values a page lists for a field or parameter in a table of their own (widdershins' "Enumerated
 * Values") → the enum fact, typed by the field's schema: numbers for an integer or number field
 * (or array of them), text otherwise. A listed table outranks what prose suggests.
 */
import type { JsonSchema } from "./doc-types.js";
import type { ProseFacts } from "./prose.js";

function valueType(schema: JsonSchema): unknown {
  if (schema.type === "array" && schema.items && typeof schema.items === "object")
    return (schema.items as JsonSchema).type;
  return schema.type;
}

export function documentedEnum(
  values: readonly string[] | undefined,
  schema: JsonSchema,
  line: number,
): ProseFacts["enum"] {
  if (!values || values.length === 0) return undefined;
  const type = valueType(schema);
  const numeric = type === "integer" || type === "number";
  const typed = values.map((v) => (numeric && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v));
  return { values: [...new Set(typed)], evidence: `values table (line ${line})` };
}
