import { isRecord, type JsonObject } from "../../openapi/types.js";
import { parseTypeCell } from "../../normalise/doc-types.js";
import type { RawRow } from "../assemble/blocks.js";

/**
 * What the theme (docusaurus-theme-openapi-docs) shows for a schema prop, as table rows: one row
 * per property with its name, its type (`schemaTypeText`; a closed list as `enum[a, b]`),
 * `required`, and the description followed by the theme's qualifier ("Possible values: `a`, `b`",
 * for the lists the type cell cannot carry exactly) and default. Nesting is by row
 * depth, as the theme nests its collapsible property lists; `allOf` members are shown merged and
 * the alternatives of `oneOf`/`anyOf` one after the other, as the theme's tabs do.
 */

/** The theme nests properties this deep at most here; deeper levels are cut (and said). */
export const MAX_SCHEMA_DEPTH = 12;

export interface SchemaRowsNote {
  message: string;
}

/**
 * The type of a schema as one type cell: `string`, `integer<int64>` (a format in angle brackets, as
 * the theme prints it), `object[]`, `string | null`. An object is any schema with properties,
 * `additionalProperties`, `allOf` or alternatives that are objects; a schema with no type says
 * nothing (""). Titles are left out: the theme prints `UUID (string)`, but the type is `string`.
 */
export function schemaTypeText(schema: JsonObject, depth = 0): string {
  if (depth > 8) return "";
  if (isRecord(schema.items)) {
    const inner = schemaTypeText(schema.items, depth + 1) || "object";
    return inner.includes(" | ") ? `(${inner})[]` : `${inner}[]`;
  }
  const types = typeNames(schema.type);
  const format = typeof schema.format === "string" ? schema.format : undefined;
  const listed = enumListText(schema);
  if (listed) return listed;
  if (types.length === 1 && types[0] === "array") return "array";
  if (types.length === 1) return format && types[0] !== "object" ? `${types[0]}<${format}>` : types[0]!;
  if (types.length > 1)
    return types.map((t) => (format && t !== "null" && t !== "object" ? `${t}<${format}>` : t)).join(" | ");
  if (Array.isArray(schema.enum)) return "string";
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const members = Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isRecord) : [];
    if (members.length === 0) continue;
    const texts = [...new Set(members.map((m) => schemaTypeText(m, depth + 1)).filter((t) => t !== ""))];
    // allOf: one type all members share; oneOf/anyOf of scalars: their union; else an object.
    if (key === "allOf") return texts.length === 1 ? texts[0]! : "object";
    return texts.length > 0 && texts.every((t) => !t.startsWith("object")) ? texts.join(" | ") : "object";
  }
  if (isRecord(schema.properties) || schema.additionalProperties !== undefined) return "object";
  return format ?? "";
}

/**
 * A scalar enum as `enum[a, b]` (the type-cell notation for a closed list), when that text reads
 * back as exactly this type and these values; otherwise the values go to the description.
 */
function enumListText(schema: JsonObject): string | undefined {
  if (!Array.isArray(schema.enum) || schema.enum.length === 0 || schema.format !== undefined) return undefined;
  const text = `enum[${schema.enum.map(String).join(", ")}]`;
  const read = parseTypeCell(text).schema;
  const type = typeof schema.type === "string" ? schema.type : undefined;
  return read.type === type && JSON.stringify(read.enum) === JSON.stringify(schema.enum) ? text : undefined;
}

function typeNames(type: unknown): string[] {
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** The values the theme lists after "Possible values:" (an enum, or the items' enum). */
function enumOf(schema: JsonObject): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) if (isRecord(member) && Array.isArray(member.enum)) return member.enum;
  }
  if (isRecord(schema.items)) return enumOf(schema.items);
  return undefined;
}

/** The description cell: the schema's description, then the theme's qualifier and default lines. */
export function descriptionCell(schema: JsonObject, own?: string): string {
  const parts: string[] = [];
  const description = own ?? (typeof schema.description === "string" ? schema.description : "");
  if (description.trim()) parts.push(description.trim().replace(/\s+/g, " "));
  const values = enumOf(schema);
  const inType = enumListText(schema) ?? (isRecord(schema.items) ? enumListText(schema.items) : undefined);
  if (values?.length && !inType) parts.push(`Possible values: ${values.map((v) => `\`${String(v)}\``).join(", ")}.`);
  if (schema.default !== undefined)
    parts.push(
      `Default value: \`${typeof schema.default === "string" ? schema.default : JSON.stringify(schema.default)}\``,
    );
  return parts.join(" ");
}

/** The properties the theme lists for a schema (merged `allOf`, alternatives in turn), with its required names. */
function propertiesOf(schema: JsonObject): { properties: [string, JsonObject][]; required: Set<string> } {
  const properties = new Map<string, JsonObject>();
  const required = new Set<string>();
  const visit = (s: JsonObject, depth: number): void => {
    if (depth > 8) return;
    if (isRecord(s.properties)) {
      for (const [name, value] of Object.entries(s.properties))
        if (isRecord(value) && !properties.has(name)) properties.set(name, value);
    }
    if (Array.isArray(s.required)) for (const name of s.required) if (typeof name === "string") required.add(name);
    for (const key of ["allOf", "oneOf", "anyOf"] as const) {
      const members = s[key];
      if (Array.isArray(members)) for (const member of members) if (isRecord(member)) visit(member, depth + 1);
    }
  };
  visit(schema, 0);
  return { properties: [...properties], required };
}

/** The schema whose properties nest under a field: the object itself, or the items of an array (of arrays). */
function nestedObject(schema: JsonObject): JsonObject | undefined {
  let s: JsonObject = schema;
  for (let i = 0; i < 4 && isRecord(s.items); i++) s = s.items;
  return propertiesOf(s).properties.length > 0 ? s : undefined;
}

/**
 * The rows for a body or response schema: its properties (of its items when it is an array).
 * `line` is the line every row is given (the component's prop line in the MDX).
 */
export function schemaRows(schema: JsonObject, line: number, notes: SchemaRowsNote[]): RawRow[] {
  const rows: RawRow[] = [];
  const root = nestedObject(schema);
  if (root) addProperties(root, 0, line, rows, notes);
  return rows;
}

function addProperties(schema: JsonObject, depth: number, line: number, rows: RawRow[], notes: SchemaRowsNote[]): void {
  const { properties, required } = propertiesOf(schema);
  for (const [name, property] of properties) {
    rows.push({
      cells: [name, schemaTypeText(property), required.has(name) ? "required" : "", descriptionCell(property)],
      line,
      ...(depth ? { depth } : {}),
    });
    const nested = nestedObject(property);
    if (!nested) continue;
    if (depth + 1 >= MAX_SCHEMA_DEPTH) {
      notes.push({
        message: `the properties of "${name}" nest deeper than ${MAX_SCHEMA_DEPTH} levels; the deeper levels are not read`,
      });
      continue;
    }
    addProperties(nested, depth + 1, line, rows, notes);
  }
}

/** The header the rows above go under. */
export const FIELD_TABLE_HEADER = ["Name", "Type", "Required", "Description"];
