/**
 * The OpenAPI objects, typed: openapi-typescript's own declarations (the generator already runs
 * it, so the types describe what it accepts), re-exported under the names our code uses, plus the
 * plain-JSON guards that read a document nobody has validated yet.
 *
 * The typed objects describe a well-formed document. Code that reads an unchecked one (a spec file
 * from the command line, the previous build's output) narrows with `isRecord` first and casts at
 * that boundary only.
 */
export type {
  ComponentsObject,
  ExternalDocumentationObject,
  HeaderObject,
  InfoObject,
  MediaTypeObject,
  OpenAPI3 as OpenApiDocument,
  OperationObject,
  ParameterObject,
  PathItemObject,
  PathsObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  ResponsesObject,
  SchemaObject,
  SecurityRequirementObject,
  SecuritySchemeObject,
  ServerObject,
  TagObject,
} from "openapi-typescript";

/** A JSON object whose shape is not known yet: what `JSON.parse` gives before any check. */
export type JsonObject = Record<string, unknown>;

/** A JSON object (not null, not an array): the one guard every reader of a parsed document uses. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object itself, or an empty one for anything else: for optional maps read leniently. */
export function asRecord(value: unknown): JsonObject {
  return isRecord(value) ? value : {};
}

/** An object holding a `$ref` string (a Reference Object, or a 3.1 schema with `$ref`). */
export function isReference(value: unknown): value is JsonObject & { $ref: string } {
  return isRecord(value) && typeof value.$ref === "string";
}

/** The HTTP methods a Path Item Object can hold, in the order OpenAPI lists them. */
export const PATH_ITEM_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
