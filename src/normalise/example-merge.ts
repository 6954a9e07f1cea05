/**
 * Docs that show a JSON example next to a fields table (clients-v1) describe one shape twice. The
 * table is the authority on types, descriptions and `required`; the example adds what the table
 * leaves out (the items of an `array`, fields the table omits, formats seen in values).
 */
import type { JsonSchema } from "./doc-types.js";
import { X_SOURCE } from "./provenance.js";

function baseType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== "null");
    return nonNull.length === 1 ? String(nonNull[0]) : undefined;
  }
  return undefined;
}

function compatible(table: JsonSchema, example: JsonSchema): boolean {
  const a = baseType(table);
  const b = baseType(example);
  if (a === undefined || b === undefined) return true;
  return a === b || (a === "number" && b === "integer");
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}

/** Marks every property the example alone contributes with the example's location. */
export function stampExampleSource(schema: JsonSchema, source: string): JsonSchema {
  const stamped: JsonSchema = { ...schema };
  const properties = asSchema(schema.properties);
  if (properties) {
    stamped.properties = Object.fromEntries(
      Object.entries(properties).map(([name, value]) => [
        name,
        { ...stampExampleSource(value as JsonSchema, source), [X_SOURCE]: source },
      ]),
    );
  }
  const items = asSchema(schema.items);
  if (items) stamped.items = stampExampleSource(items, source);
  if (Array.isArray(schema.anyOf))
    stamped.anyOf = schema.anyOf.map((member) => stampExampleSource(member as JsonSchema, source));
  return stamped;
}

/** Table and example merged, the table winning every disagreement. Neither input is changed. */
export function mergeTableWithExample(table: JsonSchema | undefined, example: JsonSchema): JsonSchema {
  if (!table) return example;
  if (!compatible(table, example) || example.anyOf) return table;
  // The table's keys first (its order reads best), then what only the example has (items, format…).
  const merged: JsonSchema = { ...table };
  for (const [key, value] of Object.entries(example)) if (!Object.hasOwn(merged, key)) merged[key] = value;
  const tableProperties = asSchema(table.properties);
  const exampleProperties = asSchema(example.properties);
  if (exampleProperties) {
    const properties: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(tableProperties ?? {})) {
      const fromExample = asSchema(exampleProperties[name]);
      properties[name] = fromExample ? mergeTableWithExample(value as JsonSchema, fromExample) : value;
    }
    for (const [name, value] of Object.entries(exampleProperties)) {
      if (!Object.hasOwn(properties, name)) properties[name] = value;
    }
    merged.properties = properties;
  }
  const tableItems = asSchema(table.items);
  const exampleItems = asSchema(example.items);
  if (exampleItems)
    merged.items =
      tableItems && Object.keys(tableItems).length > 0 ? mergeTableWithExample(tableItems, exampleItems) : exampleItems;
  // Required comes from the table only: an example shows what can appear, not what must.
  if (table.required) merged.required = table.required;
  else delete merged.required;
  return merged;
}
