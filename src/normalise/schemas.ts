/**
 * Fields tables → JSON Schema. A table is an object (`properties`, in documented order); a row's
 * nested table (`children`) describes that field's object, or the objects of its array. Facts the
 * description states (enum, format, nullable, deprecated, required) are applied with their
 * evidence. Nothing is dropped: a type we cannot read keeps its text in `x-docs-type`.
 */
import { isArrayType, type JsonSchema } from "./doc-types.js";
import { documentedEnum } from "./documented-enum.js";
import { inferFromProse } from "./prose.js";
import { applyProseFacts, describeInferred } from "./prose-facts.js";
import { sourceRef, X_INFERRED_FROM, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";
import type { TypedField } from "./typed-model.js";

export interface FieldSchemaContext {
  log: ReportLog;
  location: "body" | "response";
}

/** Docs write "-" for "no description". */
export function meaningfulDescription(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === "" || trimmed === "-" || trimmed === "—" ? undefined : trimmed;
}

/**
 * A table whose only row is `items`, typed as an array (`Array of …`, `[]…`), documents a bare JSON
 * array: the API returns `[ … ]`, not `{ "items": [ … ] }`.
 */
export function isBareArrayTable(fields: readonly TypedField[]): boolean {
  const [only] = fields;
  return fields.length === 1 && only !== undefined && only.name === "items" && isArrayType(only.typeCell);
}

/**
 * A table whose only row is a whole-value row documents the whole body (widdershins' `*anonymous*` row:
 * `[Pet]` with the pet's fields nested under it): the body is that row's type, not an object.
 */
export function isWholeBodyRow(fields: readonly TypedField[]): boolean {
  const [only] = fields;
  return fields.length === 1 && only !== undefined && only.whole === true;
}

/** The schema of a whole body or response table. */
export function schemaFromFields(fields: readonly TypedField[], ctx: FieldSchemaContext): JsonSchema {
  if (isBareArrayTable(fields) || isWholeBodyRow(fields)) return fieldSchema(fields[0]!, ctx).schema;
  return objectSchemaFromFields(fields, ctx);
}

/** `type: object` with one property per row; `required` only where the docs say so. */
export function objectSchemaFromFields(all: readonly TypedField[], ctx: FieldSchemaContext): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  // Generated pages show a map's value type as a row named with JSON Schema's own word.
  const valueRow = all.find((f) => f.name.trim() === "additionalProperties");
  const fields = valueRow ? all.filter((f) => f !== valueRow) : all;
  for (const field of fields) {
    const name = propertyName(field, ctx);
    if (Object.hasOwn(properties, name)) {
      ctx.log.repair(
        "duplicate-field",
        `field "${name}" is listed twice in one table; the first row is kept`,
        field.source,
      );
      continue;
    }
    const built = fieldSchema(field, ctx);
    properties[name] = built.schema;
    if (built.required) required.push(name);
  }
  openJsonPatchValue(properties, fields, ctx);
  const schema: JsonSchema = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  if (valueRow) schema.additionalProperties = fieldSchema(valueRow, ctx).schema;
  return schema;
}

/** The fields of one JSON Patch operation (RFC 6902), as Toggl's bulk-edit bodies list them. */
const JSON_PATCH_FIELDS = ["op", "path", "value"];

/**
 * A JSON Patch operation's `value` documented as a bare `object` ("The value type actually depends
 * on the field being patched") is any JSON value: `{ op: "replace", path: "/color", value: "#000000" }`
 * sends a string. An open object would reject that, so the schema says "any" (`{}`), with evidence.
 * A value documented with a real type (`Array of integer`) keeps it.
 */
export function openJsonPatchValue(
  properties: Record<string, JsonSchema>,
  fields: readonly TypedField[],
  ctx: FieldSchemaContext,
): void {
  if (
    Object.keys(properties).length !== JSON_PATCH_FIELDS.length ||
    !JSON_PATCH_FIELDS.every((name) => Object.hasOwn(properties, name))
  )
    return;
  const value = properties.value!;
  if (!(value.type === "object" && value.additionalProperties === true && value.properties === undefined)) return;
  const { type: _type, additionalProperties: _open, ...rest } = value;
  const evidence = "op | path | value: a JSON Patch operation (RFC 6902), whose value is any JSON value";
  properties.value = {
    ...rest,
    [X_INFERRED_FROM]: { ...(rest[X_INFERRED_FROM] as Record<string, string> | undefined), type: evidence },
  };
  const field = fields.find((f) => f.name.trim() === "value");
  if (field)
    ctx.log.inference("json-patch-value", `${ctx.location} field "value": any JSON value (${evidence})`, field.source);
}

/** A row without a name cannot be a property as is; it is kept under a name that points at its line. */
function propertyName(field: TypedField, ctx: FieldSchemaContext): string {
  const name = field.name.trim();
  if (name !== "") return name;
  const invented = `unnamed_${field.source.line}`;
  ctx.log.warning("field-name-missing", `a ${ctx.location} field has no name; kept as "${invented}"`, field.source);
  return invented;
}

/** The object the nested table describes, placed on the field or on its array items. */
function attachChildren(schema: JsonSchema, field: TypedField, ctx: FieldSchemaContext): JsonSchema {
  const children = field.children ?? [];
  if (children.length === 0) return schema;
  const nested = objectSchemaFromFields(children, ctx);
  // A nullable array or object ("[Pet]¦null" → `type: ["array", "null"]`) nests like the plain one.
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("array")) return { ...schema, items: nested };
  if (types.includes("object") || Object.keys(schema).length === 0) {
    // The nested table lists the object's keys, so it is no longer open.
    const { additionalProperties: _open, ...rest } = schema;
    return { ...rest, ...nested };
  }
  ctx.log.warning(
    "nested-table-on-scalar",
    `field "${field.name}" is documented as "${field.typeCell.text}" but has a nested table; documented as an object alternative`,
    field.source,
  );
  return { anyOf: [schema, nested] };
}

export interface BuiltField {
  schema: JsonSchema;
  required: boolean;
}

/** One row → its property schema, with provenance and the facts its description states. */
export function fieldSchema(field: TypedField, ctx: FieldSchemaContext): BuiltField {
  const cell = field.typeCell;
  let schema = attachChildren(structuredClone(cell.schema), field, ctx);
  if (!cell.understood) {
    schema["x-docs-type"] = cell.text;
    // A type word we do not know whose fields the page lists (a schema's name, `Pet`) is that object.
    if (!field.children?.length)
      ctx.log.warning(
        "unknown-type",
        `field "${field.name}": type "${cell.text}" is not understood; left untyped`,
        field.source,
      );
  }
  const facts = inferFromProse(field.description, { name: field.name, type: cell, location: ctx.location });
  const listed = documentedEnum(field.enum, schema, field.source.line);
  if (listed) facts.enum = listed;
  // A Required column (or a reader-level fact) outranks prose, so prose "required" is not claimed then.
  if (field.required !== undefined) delete facts.required;
  const applied = applyProseFacts(schema, facts);
  schema = applied.schema;
  const description = meaningfulDescription(field.description);
  const ordered: JsonSchema = { ...(description ? { description } : {}), ...schema };
  if (applied.deprecated) ordered.deprecated = true;
  ordered[X_SOURCE] = sourceRef(field.source);
  if (Object.keys(applied.inferred).length > 0) {
    ordered[X_INFERRED_FROM] = applied.inferred;
    for (const line of describeInferred(applied.inferred, schema)) {
      ctx.log.inference("prose", `${ctx.location} field "${field.name}": ${line}`, field.source);
    }
  }
  const required = field.required ?? applied.required;
  return { schema: ordered, required };
}
