import { isRecord, type JsonRecord } from "../../diff/json-ref.js";
import type { RawRow } from "../assemble/blocks.js";

/**
 * What the theme (docusaurus-theme-openapi-docs) shows for a schema, as table rows: one row per
 * property with its name, the type as the theme prints it (`string`, `string<date-time>`,
 * `object[]`, `AuditEventActions (string)`: its `getSchemaName`), `required`, and the
 * description followed by the theme's qualifier line ("Possible values: [`a`, `b`]") and default.
 * Nesting is by row depth, as the theme nests its collapsible property lists; `allOf` members are
 * shown merged and the alternatives of `oneOf`/`anyOf` one after the other, as the theme's tabs do.
 */

/** The theme nests properties this deep at most here; deeper levels are cut (and said). */
export const MAX_SCHEMA_DEPTH = 12;

export interface SchemaRowsNote {
  message: string;
}

/** The theme's type name for a schema (`getSchemaName` of its lib/markdown/schema.js). */
export function themeTypeName(schema: JsonRecord): string {
  if (isRecord(schema.items)) {
    const items = schema.items;
    const inner = themeTypeName(items);
    return Array.isArray(items.type) && items.type.length > 1 ? `(${inner})[]` : `${inner}[]`;
  }
  return prettyName(schema);
}

function prettyName(schema: JsonRecord): string {
  const types = typeNames(schema.type);
  const single = types.length === 1 ? types[0] : undefined;
  const union = types.length > 1 ? types.join(" | ") : undefined;
  if (schema.enum && !schema.type) return "string";
  if (typeof schema.format === "string") {
    if (single) return `${single}<${schema.format}>`;
    if (union) return `(${union})<${schema.format}>`;
    return schema.format;
  }
  if (Array.isArray(schema.allOf)) {
    const first: unknown = schema.allOf[0];
    if (typeof first === "string" && first.includes("circular")) return first;
    const withEnum = schema.allOf.find((m): m is JsonRecord => isRecord(m) && Array.isArray(m.enum));
    if (withEnum) return typeNames(withEnum.type)[0] ?? schema.allOf.map((m) => (isRecord(m) ? typeNames(m.type)[0] : undefined)).find(Boolean) ?? "string";
    return "object";
  }
  if (schema.oneOf || schema.anyOf) return "object";
  const xmlName = isRecord(schema.xml) && typeof schema.xml.name === "string" ? schema.xml.name : undefined;
  if (single === "object" || single === "array") return xmlName ?? single;
  const title = typeof schema.title === "string" ? schema.title : undefined;
  if (union) return title ? `${title} (${union})` : union;
  if (title && single) return `${title} (${single})`;
  return title ?? single ?? "";
}

function typeNames(type: unknown): string[] {
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** The values the theme lists after "Possible values:" (an enum, or the items' enum). */
function enumOf(schema: JsonRecord): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) if (isRecord(member) && Array.isArray(member.enum)) return member.enum;
  }
  if (isRecord(schema.items)) return enumOf(schema.items);
  return undefined;
}

/** The description cell: the schema's description, then the theme's qualifier and default lines. */
export function descriptionCell(schema: JsonRecord, own?: string): string {
  const parts: string[] = [];
  const description = own ?? (typeof schema.description === "string" ? schema.description : "");
  if (description.trim()) parts.push(description.trim().replace(/\s+/g, " "));
  const values = enumOf(schema);
  if (values?.length) parts.push(`Possible values: [${values.map((v) => `\`${String(v)}\``).join(", ")}]`);
  if (schema.default !== undefined) parts.push(`Default value: \`${typeof schema.default === "string" ? schema.default : JSON.stringify(schema.default)}\``);
  return parts.join(" ");
}

/** The properties the theme lists for a schema (merged `allOf`, alternatives in turn), with its required names. */
function propertiesOf(schema: JsonRecord): { properties: [string, JsonRecord][]; required: Set<string> } {
  const properties = new Map<string, JsonRecord>();
  const required = new Set<string>();
  const visit = (s: JsonRecord, depth: number): void => {
    if (depth > 8) return;
    if (isRecord(s.properties)) {
      for (const [name, value] of Object.entries(s.properties)) if (isRecord(value) && !properties.has(name)) properties.set(name, value);
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
function nestedObject(schema: JsonRecord): JsonRecord | undefined {
  let s: JsonRecord = schema;
  for (let i = 0; i < 4 && isRecord(s.items); i++) s = s.items;
  return propertiesOf(s).properties.length > 0 ? s : undefined;
}

/**
 * The rows for a body or response schema: its properties (of its items when it is an array).
 * `line` is the line every row is given (the component's prop line in the MDX).
 */
export function schemaRows(schema: JsonRecord, line: number, notes: SchemaRowsNote[]): RawRow[] {
  const rows: RawRow[] = [];
  const root = nestedObject(schema);
  if (root) addProperties(root, 0, line, rows, notes);
  return rows;
}

function addProperties(schema: JsonRecord, depth: number, line: number, rows: RawRow[], notes: SchemaRowsNote[]): void {
  const { properties, required } = propertiesOf(schema);
  for (const [name, property] of properties) {
    rows.push({ cells: [name, themeTypeName(property), required.has(name) ? "required" : "", descriptionCell(property)], line, ...(depth ? { depth } : {}) });
    const nested = nestedObject(property);
    if (!nested) continue;
    if (depth + 1 >= MAX_SCHEMA_DEPTH) {
      notes.push({ message: `the properties of "${name}" nest deeper than ${MAX_SCHEMA_DEPTH} levels; the deeper levels are not read` });
      continue;
    }
    addProperties(nested, depth + 1, line, rows, notes);
  }
}

/** The header the rows above go under. */
export const FIELD_TABLE_HEADER = ["Name", "Type", "Required", "Description"];
