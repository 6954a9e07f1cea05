import { isExtension, mapEntries, warn, type DowngradeContext } from "./context.js";
import { childPointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";

/** The keywords an OpenAPI 3.0 Schema Object allows (3.0.3 §4.7.24); everything else must go. */
const SCHEMA_30_KEYWORDS = new Set([
  "title",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "enum",
  "type",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "items",
  "properties",
  "additionalProperties",
  "description",
  "format",
  "default",
  "nullable",
  "discriminator",
  "readOnly",
  "writeOnly",
  "xml",
  "externalDocs",
  "example",
  "deprecated",
]);

/** Keywords handled by a dedicated rule below rather than copied or dropped. */
const CONVERTED = new Set([
  "type",
  "const",
  "examples",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minimum",
  "maximum",
  "prefixItems",
  "contentEncoding",
  "contentMediaType",
  "required",
]);

const SUB_SCHEMA_LISTS = ["allOf", "anyOf", "oneOf"] as const;

/**
 * 3.1 `type` (a name or a list, "null" allowed) → 3.0 `type` + `nullable`, or `anyOf` of
 * single types when several remain (3.0 `type` takes exactly one name).
 */
function convertType(schema: JsonObject, out: JsonObject): void {
  if (schema.type === undefined) return;
  const list = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === "string",
  );
  const nullable = list.includes("null");
  const types = list.filter((t) => t !== "null");
  if (types.length === 0 && nullable) {
    // 3.0.3 counts `nullable` only beside a `type` (Redocly: nullable-type-sibling); the enum
    // admits null alone, so the nominal type never lets another value through.
    out.type = "object";
    out.nullable = true;
    out.enum = [null];
  } else if (types.length === 1) {
    out.type = types[0];
    if (nullable) out.nullable = true;
  } else if (types.length > 1) {
    // 3.0.3 says nullable only counts beside an explicit type, so each branch carries its own.
    out.anyOf = types.map((t) => (nullable ? { type: t, nullable: true } : { type: t }));
  }
}

/** 3.1 numeric `exclusiveMinimum: n` → 3.0 `minimum: n, exclusiveMinimum: true` (keeping the stricter bound). */
function convertBound(
  schema: JsonObject,
  out: JsonObject,
  inclusive: "minimum" | "maximum",
  exclusive: "exclusiveMinimum" | "exclusiveMaximum",
): void {
  const bound = schema[inclusive];
  const strict = schema[exclusive];
  if (typeof strict === "boolean") {
    if (bound !== undefined) out[inclusive] = bound;
    out[exclusive] = strict; // already 3.0 spelling
    return;
  }
  if (typeof strict !== "number") {
    if (bound !== undefined) out[inclusive] = bound;
    return;
  }
  const tighter =
    inclusive === "minimum" ? typeof bound === "number" && bound > strict : typeof bound === "number" && bound < strict;
  if (tighter) {
    out[inclusive] = bound; // the inclusive bound already excludes the exclusive one
  } else {
    out[inclusive] = strict;
    out[exclusive] = true;
  }
}

function convertExamples(schema: JsonObject, out: JsonObject, pointer: string, ctx: DowngradeContext): void {
  if (schema.examples === undefined) return;
  const here = childPointer(pointer, "examples");
  if (!Array.isArray(schema.examples) || schema.examples.length === 0) {
    warn(ctx, here, "dropped examples (not a non-empty list)");
    return;
  }
  if (schema.example === undefined) out.example = schema.examples[0];
  const dropped = schema.example === undefined ? schema.examples.length - 1 : schema.examples.length;
  if (dropped > 0) warn(ctx, here, `kept one example, dropped ${dropped} (3.0 schemas take a single example)`);
}

/** 3.1 binary/base64 spelling → 3.0 `format: binary` / `format: byte` (the mapping the 3.1 spec gives). */
function convertContentKeywords(schema: JsonObject, out: JsonObject, pointer: string, ctx: DowngradeContext): void {
  const encoding = schema.contentEncoding;
  const mediaType = schema.contentMediaType;
  if (encoding !== undefined) {
    if (encoding === "base64" && schema.format === undefined) out.format = "byte";
    else
      warn(
        ctx,
        childPointer(pointer, "contentEncoding"),
        `dropped contentEncoding ${JSON.stringify(encoding)} (no 3.0 equivalent)`,
      );
  }
  if (mediaType !== undefined) {
    if (encoding === undefined && schema.format === undefined) out.format = "binary";
    else
      warn(
        ctx,
        childPointer(pointer, "contentMediaType"),
        `dropped contentMediaType ${JSON.stringify(mediaType)} (no 3.0 equivalent)`,
      );
  }
}

/** `prefixItems` has no 3.0 form; its schemas become the (looser) `items: anyOf` when `items` is absent. */
function convertPrefixItems(schema: JsonObject, out: JsonObject, pointer: string, ctx: DowngradeContext): void {
  if (!Array.isArray(schema.prefixItems)) return;
  const here = childPointer(pointer, "prefixItems");
  if (schema.items === undefined && schema.prefixItems.length > 0) {
    const branches = schema.prefixItems.map((s, i) => downgradeSchema(s, childPointer(here, i), ctx));
    out.items = branches.length === 1 ? branches[0] : { anyOf: branches };
    warn(ctx, here, "replaced prefixItems by items (positions are lost)");
  } else {
    warn(ctx, here, "dropped prefixItems (3.0 has no tuple schemas)");
  }
}

/** $ref siblings are ignored in 3.0, so a ref with siblings becomes `allOf: [{$ref}]` beside them. */
function downgradeReferenceWithSiblings(
  schema: JsonObject & { $ref: string },
  pointer: string,
  ctx: DowngradeContext,
): JsonObject {
  const { $ref, ...siblings } = schema;
  if (Object.keys(siblings).length === 0) return { $ref };
  const rest = downgradeSchema(siblings, pointer, ctx) as JsonObject;
  const allOf = Array.isArray(rest.allOf) ? [{ $ref }, ...rest.allOf] : [{ $ref }];
  return { ...rest, allOf };
}

function downgradeSubSchemas(schema: JsonObject, out: JsonObject, pointer: string, ctx: DowngradeContext): void {
  if (isRecord(schema.properties)) {
    out.properties = mapEntries(schema.properties, childPointer(pointer, "properties"), (s, p) =>
      downgradeSchema(s, p, ctx),
    );
  }
  if (schema.items !== undefined) out.items = downgradeSchema(schema.items, childPointer(pointer, "items"), ctx);
  if (schema.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof schema.additionalProperties === "boolean"
        ? schema.additionalProperties // 3.0 keeps the boolean form here, and only here
        : downgradeSchema(schema.additionalProperties, childPointer(pointer, "additionalProperties"), ctx);
  }
  if (schema.not !== undefined) out.not = downgradeSchema(schema.not, childPointer(pointer, "not"), ctx);
  for (const key of SUB_SCHEMA_LISTS) {
    if (!Array.isArray(schema[key])) continue;
    const list = (schema[key] as unknown[]).map((s, i) =>
      downgradeSchema(s, childPointer(childPointer(pointer, key), i), ctx),
    );
    if (key === "anyOf" && out.anyOf !== undefined) {
      // A multi-type `type` already produced an anyOf: both must hold, so each goes under allOf.
      out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { anyOf: out.anyOf }, { anyOf: list }];
      delete out.anyOf;
    } else {
      out[key] = list;
    }
  }
}

/**
 * One 3.1 (JSON Schema 2020-12) schema → a 3.0 Schema Object. Every keyword 3.0 lacks is either
 * rewritten to its nearest 3.0 spelling or dropped with a warning naming its pointer.
 */
export function downgradeSchema(schema: unknown, pointer: string, ctx: DowngradeContext): unknown {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (!isRecord(schema)) return schema;
  if (typeof schema.$ref === "string")
    return downgradeReferenceWithSiblings(schema as JsonObject & { $ref: string }, pointer, ctx);

  const out: JsonObject = {};
  convertType(schema, out);
  if ("const" in schema) {
    out.enum = [schema.const];
    if (schema.const === null) out.nullable = true;
    if (schema.enum !== undefined) warn(ctx, childPointer(pointer, "enum"), "replaced enum by const's single value");
  }
  convertExamples(schema, out, pointer, ctx);
  convertBound(schema, out, "minimum", "exclusiveMinimum");
  convertBound(schema, out, "maximum", "exclusiveMaximum");
  convertContentKeywords(schema, out, pointer, ctx);
  convertPrefixItems(schema, out, pointer, ctx);
  // 3.0 requires a non-empty list; an empty one says nothing, so dropping it loses nothing.
  if (Array.isArray(schema.required) && schema.required.length > 0) out.required = schema.required;

  for (const [key, value] of Object.entries(schema)) {
    if (CONVERTED.has(key) || key in out) continue;
    if (isExtension(key)) out[key] = value;
    else if (["properties", "items", "additionalProperties", "not", ...SUB_SCHEMA_LISTS].includes(key)) continue;
    else if (SCHEMA_30_KEYWORDS.has(key)) out[key] = value;
    else if (key === "$defs")
      warn(ctx, childPointer(pointer, key), "moved $defs entries to #/components/schemas (3.0 has no $defs)");
    else warn(ctx, childPointer(pointer, key), `dropped ${key} (not allowed in an OpenAPI 3.0 Schema Object)`);
  }
  downgradeSubSchemas(schema, out, pointer, ctx);
  if (out.type === "array" && out.items === undefined) out.items = {}; // 3.0: items MUST be present for arrays
  return out;
}
