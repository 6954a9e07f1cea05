/**
 * Applies the facts `inferFromProse` read in a description to a schema, and records for each the
 * phrase that supports it (`x-inferred-from`), so that every inferred constraint can be checked
 * against the docs.
 */
import type { JsonSchema } from "./doc-types.js";
import type { ProseFacts } from "./prose.js";

export interface AppliedFacts {
  schema: JsonSchema;
  /** Fact name → evidence phrase, for `x-inferred-from` and the report. Empty when nothing applied. */
  inferred: Record<string, string>;
  /** The description says the element must be present. */
  required: boolean;
  deprecated: boolean;
}

/** The schema that constrains values: the items of an array, else the schema itself. */
function valueSchema(schema: JsonSchema): JsonSchema {
  const items = schema.items;
  if (schema.type === "array" && items && typeof items === "object" && !Array.isArray(items))
    return items as JsonSchema;
  return schema;
}

/** `type: T` → `type: [T, "null"]` (the 3.1 way); an untyped schema already admits null. */
function makeNullable(schema: JsonSchema): boolean {
  const type = schema.type;
  if (typeof type === "string") {
    if (type === "null") return false;
    schema.type = [type, "null"];
  } else if (Array.isArray(type)) {
    if (type.includes("null")) return false;
    schema.type = [...type, "null"];
  } else {
    return false;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  return true;
}

/** Returns a new schema with the facts applied; the input is not changed. */
export function applyProseFacts(base: JsonSchema, facts: ProseFacts): AppliedFacts {
  const schema: JsonSchema = structuredClone(base);
  const inferred: Record<string, string> = {};
  if (facts.enum) {
    const target = valueSchema(schema);
    target.enum = [...facts.enum.values];
    inferred.enum = facts.enum.evidence;
  }
  if (facts.format) {
    const target = valueSchema(schema);
    // A format named among enumerated choices ("Can be \"MM/DD/YYYY\", …, \"YYYY-MM-DD\"") is one of the
    // values, not the value's format: the enum already says exactly what is allowed.
    const isString = target.type === "string" || (Array.isArray(target.type) && target.type.includes("string"));
    if (isString && !Array.isArray(target.enum)) {
      target.format = facts.format.value;
      inferred.format = facts.format.evidence;
    }
  }
  if (facts.nullable && makeNullable(schema)) inferred.nullable = facts.nullable.evidence;
  if (facts.nullableItems && schema.type === "array" && typeof schema.items === "object" && schema.items !== null) {
    if (makeNullable(schema.items as JsonSchema)) inferred.nullableItems = facts.nullableItems.evidence;
  }
  if (facts.deprecated) inferred.deprecated = facts.deprecated.evidence;
  const required = facts.required?.value === true;
  if (required) inferred.required = facts.required!.evidence;
  return { schema, inferred, required, deprecated: facts.deprecated !== undefined };
}

/** "enum [active, archived, both]" style one-liners for report messages. */
export function describeInferred(inferred: Record<string, string>, schema: JsonSchema): string[] {
  return Object.entries(inferred).map(([fact, evidence]) => {
    const values =
      fact === "enum" ? ` [${(valueSchema(schema).enum as unknown[]).filter((v) => v !== null).join(", ")}]` : "";
    const format = fact === "format" ? ` ${String(valueSchema(schema).format)}` : "";
    return `${fact}${values}${format} from "${evidence}"`;
  });
}
