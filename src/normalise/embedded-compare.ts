/**
 * The visible operations of pages that embed their spec, compared with that spec: the spec is what
 * the API becomes (./embedded-spec.ts), the page is what readers of the docs see, and each place
 * where they disagree is a report entry (an operation, parameter or field one shows and the other
 * lacks, a different type or required flag). A level the page does not show at all (a collapsed
 * response, a nested object drawn closed: Redoc's default render) is not a disagreement: it is
 * counted as hidden and said once, since its content comes from the spec.
 */
import { dereferenceRecord as dereference } from "../openapi/pointer.js";
import { preferredMediaType } from "../openapi/media-type.js";
import { isRecord, type JsonObject as JsonRecord } from "../openapi/types.js";
import type { DocOperation, DocPage, HttpMethod, SourceLocation } from "../model/types.js";
import type { TypeCell } from "./doc-types.js";
import { pathShapeKey, pathTemplateFromUrl } from "./paths.js";
import { decideMethod } from "./method-evidence.js";
import type { ReportLog } from "./report.js";
import { isBareArrayTable } from "./schemas.js";
import { typeOperation, type TypedField, type TypedOperation } from "./typed-model.js";

export const OPERATION_METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch"];

export interface ComparedOperation {
  op: DocOperation;
  path: string;
  method: HttpMethod;
}

export interface Comparison {
  /** Visible operations found in the spec, with the spec's path. */
  matched: ComparedOperation[];
  /** Nested fields, response schemas and whole operations (`DocOperation.collapsed`) the page keeps closed. */
  hidden: { fields: number; responses: number; operations: number };
  disagreements: number;
}

interface Ctx {
  doc: JsonRecord;
  log: ReportLog;
  where: string;
  hidden: Comparison["hidden"];
  disagreements: number;
}

function disagree(ctx: Ctx, message: string, source: SourceLocation | string): void {
  ctx.disagreements++;
  ctx.log.conflict("embedded-spec-mismatch", `${message} (the spec embedded at ${ctx.where} is kept)`, source);
}

/** The JSON type of a schema, when it states one: "object" for a schema with properties. */
function jsonType(doc: JsonRecord, schema: unknown): string | undefined {
  const resolved = dereference(doc, schema);
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== "null") : resolved.type;
  if (typeof type === "string") return type;
  if (isRecord(resolved.properties)) return "object";
  return undefined;
}

/** Properties of an object schema (or of an array's items), `allOf` members included. */
function propertiesOf(
  doc: JsonRecord,
  schema: unknown,
  depth = 0,
): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>();
  const required = new Set<string>();
  if (depth > 16) return { properties, required };
  let resolved = dereference(doc, schema);
  if (resolved.type === "array" || (resolved.items !== undefined && resolved.properties === undefined))
    resolved = dereference(doc, resolved.items);
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) {
    const inner = propertiesOf(doc, member, depth + 1);
    for (const [name, value] of inner.properties) properties.set(name, value);
    for (const name of inner.required) required.add(name);
  }
  if (isRecord(resolved.properties))
    for (const [name, value] of Object.entries(resolved.properties)) properties.set(name, value);
  if (Array.isArray(resolved.required))
    for (const name of resolved.required) if (typeof name === "string") required.add(name);
  return { properties, required };
}

/** The type the page states, as a JSON type ("integer <int64>" → "integer"); undefined when unread. */
function visibleType(cell: TypeCell): string | undefined {
  const { schema, understood } = cell;
  if (!understood) return undefined;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  return typeof type === "string" ? type : undefined;
}

/** Integer and number pages often blur; a page saying "number" for an integer field is not a disagreement. */
function typesAgree(page: string, spec: string): boolean {
  return page === spec || (page === "number" && spec === "integer");
}

function countNested(doc: JsonRecord, schema: unknown, seen = new Set<unknown>()): number {
  const resolved = dereference(doc, schema);
  if (seen.has(resolved) || seen.size > 64) return 0;
  seen.add(resolved);
  const { properties } = propertiesOf(doc, resolved);
  let count = properties.size;
  for (const value of properties.values()) count += countNested(doc, value, seen);
  return count;
}

/** Fields the page shows at one level against the schema's properties at that level, both ways. */
function compareFields(
  ctx: Ctx,
  fields: readonly TypedField[],
  schema: unknown,
  label: string,
  source: SourceLocation,
): void {
  const only = fields[0];
  if (only && isBareArrayTable(fields) && jsonType(ctx.doc, schema) === "array") {
    // A table of an array's items under one `items` row: its children are the items' fields.
    if (only.children && only.children.length > 0) compareFields(ctx, only.children, schema, `${label}[]`, only.source);
    else ctx.hidden.fields += countNested(ctx.doc, schema);
    return;
  }
  const { properties, required } = propertiesOf(ctx.doc, schema);
  const shown = new Set(fields.map((f) => f.name));
  for (const field of fields) {
    const name = `${label}.${field.name}`;
    if (!properties.has(field.name)) {
      disagree(ctx, `the page shows field ${name}, the embedded spec has no such property`, field.source);
      continue;
    }
    const property = properties.get(field.name);
    const pageType = visibleType(field.typeCell);
    const specType = jsonType(ctx.doc, property);
    if (pageType && specType && !typesAgree(pageType, specType)) {
      disagree(ctx, `field ${name} is "${field.type}" on the page, ${specType} in the embedded spec`, field.source);
    }
    if (field.required !== undefined && field.required !== required.has(field.name)) {
      disagree(
        ctx,
        `field ${name} is ${field.required ? "required" : "optional"} on the page, ${required.has(field.name) ? "required" : "optional"} in the embedded spec`,
        field.source,
      );
    }
    const nested = propertiesOf(ctx.doc, property).properties.size;
    if (field.children && field.children.length > 0) compareFields(ctx, field.children, property, name, field.source);
    else if (nested > 0 && (specType === "object" || specType === "array"))
      ctx.hidden.fields += countNested(ctx.doc, property);
  }
  for (const name of properties.keys()) {
    if (!shown.has(name))
      disagree(ctx, `the embedded spec has field ${label}.${name}, the page does not show it`, source);
  }
}

function specParameters(doc: JsonRecord, pathItem: JsonRecord, operation: JsonRecord): JsonRecord[] {
  const byKey = new Map<string, JsonRecord>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = dereference(doc, raw);
      if (typeof parameter.name === "string" && typeof parameter.in === "string")
        byKey.set(`${parameter.in} ${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function compareParameters(ctx: Ctx, op: TypedOperation, parameters: readonly JsonRecord[], label: string): void {
  const shown = new Set(op.parameters.map((p) => `${p.in} ${p.name}`));
  for (const parameter of op.parameters) {
    const spec = parameters.find((p) => p.in === parameter.in && p.name === parameter.name);
    if (!spec) {
      disagree(
        ctx,
        `${label}: the page shows ${parameter.in} parameter ${parameter.name}, the embedded spec has no such parameter`,
        parameter.source,
      );
      continue;
    }
    const pageType = visibleType(parameter.typeCell);
    const specType = jsonType(ctx.doc, spec.schema);
    if (pageType && specType && !typesAgree(pageType, specType)) {
      disagree(
        ctx,
        `${label}: ${parameter.in} parameter ${parameter.name} is "${parameter.type}" on the page, ${specType} in the embedded spec`,
        parameter.source,
      );
    }
    if (parameter.required !== (spec.required === true)) {
      disagree(
        ctx,
        `${label}: ${parameter.in} parameter ${parameter.name} is ${parameter.required ? "required" : "optional"} on the page, ${spec.required === true ? "required" : "optional"} in the embedded spec`,
        parameter.source,
      );
    }
  }
  for (const spec of parameters) {
    // Cookie parameters have no place in the model; a page cannot be said to leave them out.
    if (spec.in === "cookie") continue;
    if (!shown.has(`${String(spec.in)} ${String(spec.name)}`)) {
      disagree(
        ctx,
        `${label}: the embedded spec has ${String(spec.in)} parameter ${String(spec.name)}, the page does not show it`,
        op.source,
      );
    }
  }
}

/** The schema of a body or response: the JSON media type's, else the first one's (what Redoc shows first). */
function contentSchema(doc: JsonRecord, holder: unknown): unknown {
  const content = dereference(doc, holder).content;
  const media = preferredMediaType(content);
  return media === undefined || !isRecord(content) ? undefined : dereference(doc, content[media]).schema;
}

function compareOperation(
  ctx: Ctx,
  op: TypedOperation,
  pathItem: JsonRecord,
  operation: JsonRecord,
  label: string,
): void {
  compareParameters(ctx, op, specParameters(ctx.doc, pathItem, operation), label);
  const bodySchema = operation.requestBody === undefined ? undefined : contentSchema(ctx.doc, operation.requestBody);
  if (op.body && op.body.fields.length > 0) {
    if (bodySchema === undefined)
      disagree(ctx, `${label}: the page shows a request body, the embedded spec has none`, op.body.source);
    else compareFields(ctx, op.body.fields, bodySchema, `${label} body`, op.body.source);
  } else if (!op.body && operation.requestBody !== undefined) {
    disagree(ctx, `${label}: the embedded spec has a request body, the page shows none`, op.source);
  }
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const shown = new Set(op.responses.map((r) => r.status.toLowerCase()));
  for (const response of op.responses) {
    const spec = Object.entries(responses).find(
      ([status]) => status.toLowerCase() === response.status.toLowerCase(),
    )?.[1];
    if (spec === undefined) {
      disagree(
        ctx,
        `${label}: the page shows response ${response.status}, the embedded spec has no such status`,
        response.source,
      );
      continue;
    }
    const schema = contentSchema(ctx.doc, spec);
    if (response.fields && response.fields.length > 0 && schema !== undefined)
      compareFields(ctx, response.fields, schema, `${label} ${response.status}`, response.source);
    else if (schema !== undefined && countNested(ctx.doc, schema) > 0) ctx.hidden.responses++;
  }
  for (const status of Object.keys(responses)) {
    if (!shown.has(status.toLowerCase()))
      disagree(ctx, `${label}: the embedded spec has response ${status}, the page does not show it`, op.source);
  }
}

/** The spec's operation for a visible one: same method, same path (placeholder names aside). */
function findSpecOperation(
  doc: JsonRecord,
  op: DocOperation,
  method: HttpMethod,
  server: string | undefined,
): { path: string; pathItem: JsonRecord; operation: JsonRecord } | undefined {
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const candidates = [pathTemplateFromUrl(op.url, server).path, pathTemplateFromUrl(op.url, undefined).path];
  for (const wanted of candidates) {
    const shape = pathShapeKey(wanted);
    for (const [path, raw] of Object.entries(paths)) {
      if (path !== wanted && pathShapeKey(path) !== shape) continue;
      const pathItem = dereference(doc, raw);
      if (isRecord(pathItem[method])) return { path, pathItem, operation: pathItem[method] as JsonRecord };
    }
  }
  return undefined;
}

function firstServer(doc: JsonRecord): string | undefined {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const url = isRecord(servers[0]) ? servers[0].url : undefined;
  return typeof url === "string" ? url : undefined;
}

/**
 * Compares the visible operations of `page` with `doc`, the spec it embeds, logging each
 * disagreement. A page that shows no operation at all is not compared (its HTML is drawn by
 * script); the caller says so.
 */
export function compareWithEmbeddedSpec(page: DocPage, doc: JsonRecord, where: string, log: ReportLog): Comparison {
  const ctx: Ctx = { doc, log, where, hidden: { fields: 0, responses: 0, operations: 0 }, disagreements: 0 };
  const matched: ComparedOperation[] = [];
  const server = firstServer(doc);
  for (const op of page.operations) {
    const method = decideMethod(op.methodEvidence);
    const label = `${method?.toUpperCase() ?? "(method not stated)"} ${op.url}`;
    const found = method ? findSpecOperation(doc, op, method, server) : undefined;
    if (!method || !found) {
      disagree(
        ctx,
        `the page shows operation ${label} ("${op.title}"), the embedded spec has no such operation`,
        op.source,
      );
      continue;
    }
    matched.push({ op, path: found.path, method });
    // A collapsed operation shows only its method and path: its details are hidden, not missing.
    if (op.collapsed) ctx.hidden.operations++;
    // The page's type cells are parsed once here, as placeOperations does for pages without a spec.
    else compareOperation(ctx, typeOperation({ ...op, method }), found.pathItem, found.operation, label);
  }
  if (page.operations.length > 0) {
    const seen = new Set(matched.map((m) => `${m.method} ${m.path}`));
    for (const [path, raw] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
      const pathItem = dereference(doc, raw);
      for (const method of OPERATION_METHODS) {
        if (isRecord(pathItem[method]) && !seen.has(`${method} ${path}`)) {
          disagree(
            ctx,
            `the embedded spec has operation ${method.toUpperCase()} ${path}, the page does not show it`,
            where,
          );
        }
      }
    }
  }
  return { matched, hidden: ctx.hidden, disagreements: ctx.disagreements };
}
