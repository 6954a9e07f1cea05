/**
 * One merged docs operation → an OpenAPI Operation Object (tags, summary, description,
 * operationId, parameters, request body, responses, links back to the docs, provenance), in two
 * steps around the choice of components: `readOperationParts` reads what the docs say
 * (parameters, the body and response schemas, pagination; every report entry of the operation is
 * logged there, in the docs' order), `buildOperation` then writes the Operation Object with each
 * schema placed by the components plan (components.ts).
 */
import type { DocResponseHeader } from "../model/types.js";
import type { DecidedOperation } from "./method-evidence.js";
import { buildParameters, type ParameterObject } from "./parameters.js";
import { sourceRef, X_INFERRED_FROM, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";
import { exportFormats } from "./media-types.js";
import { paginationOf, type PaginationFinding } from "./pagination.js";
import type { SchemaUse } from "./components.js";
import type { JsonSchema } from "./doc-types.js";
import {
  contentSchema,
  isSuccessStatus,
  readResponses,
  responseWithBody,
  type ResponseContext,
  type ResponsePart,
} from "./responses.js";
import { isBareArrayTable } from "./schemas.js";
import { docsLink, type DocsLinks } from "./tags.js";
import type { ErrorBodyConvention } from "../config/types.js";
import type { TypedBody, TypedOperation } from "./typed-model.js";

export type OperationObject = Record<string, unknown>;

export interface OperationPlacement {
  path: string;
  operationId: string;
  tag: string;
  /** Where the docs live and how their links are built; absent when the API has no docsUrl. */
  docsLinks?: DocsLinks;
  /** The API's convention for error bodies the docs do not show (its profile); default "none". */
  errorBody?: ErrorBodyConvention;
  /** The operation's own server URL, when it lives outside the API's base path. */
  server?: string;
  /** Response headers the API's pages define in prose (overview pages), for their descriptions. */
  responseHeaders?: readonly DocResponseHeader[];
}

/** Whether the first documented success body is a JSON array (for get-vs-list naming); undefined when not shown. */
export function successReturnsArray(op: TypedOperation): boolean | undefined {
  const success = op.responses.find(
    (r) => /^2/.test(r.status.trim()) && ((r.fields?.length ?? 0) > 0 || r.example !== undefined),
  );
  if (!success) return undefined;
  if (success.fields && success.fields.length > 0) return isBareArrayTable(success.fields);
  return Array.isArray(success.example);
}

/** A request body's schema and example, as the docs show them. */
export interface BodyPart {
  schema: JsonSchema;
  example?: unknown;
}

function readRequestBody(body: TypedBody | undefined, log: ReportLog): BodyPart | undefined {
  if (!body) return undefined;
  const schema = contentSchema(body, "body", log);
  if (!schema) {
    log.warning(
      "empty-body",
      "a request body is announced but shows neither fields nor an example; left out",
      body.source,
    );
    return undefined;
  }
  return { schema, ...(body.example !== undefined ? { example: body.example } : {}) };
}

/**
 * The `.{extension}` placeholder of an export URL takes the formats the docs name as its enum
 * ("csv,xlsx"; "in the specified format: csv or xlsx").
 */
function constrainExportPlaceholder(
  op: DecidedOperation,
  context: ResponseContext,
  parameters: ParameterObject[],
  log: ReportLog,
): void {
  const success = op.responses.find((r) => isSuccessStatus(r.status.trim()));
  const formats = exportFormats(context.path, {
    sentence: success?.description ?? "",
    parameterDescriptions: context.parameterDescriptions,
  });
  if (!formats?.parameter) return;
  const parameter = parameters.find((p) => p.in === "path" && p.name === formats.parameter);
  if (!parameter) return;
  parameter.schema = { ...(parameter.schema as Record<string, unknown>), type: "string", enum: formats.formats };
  const evidence = formats.evidence.join(" | ");
  parameter[X_INFERRED_FROM] = {
    ...(parameter[X_INFERRED_FROM] as Record<string, string> | undefined),
    enum: evidence,
  };
  log.inference(
    "prose",
    `path parameter "${formats.parameter}": enum [${formats.formats.join(", ")}] from "${evidence}"`,
    op.source,
  );
}

export function responseContext(op: DecidedOperation, path: string): ResponseContext {
  return {
    method: op.method,
    path,
    title: op.title,
    description: op.description,
    parameterDescriptions: Object.fromEntries(op.parameters.map((p) => [p.name, p.description])),
  };
}

/** `x-pagination` on the operation, and the cursor headers declared on its success responses. */
function applyPagination(
  result: OperationObject,
  finding: PaginationFinding,
  documented: readonly DocResponseHeader[],
): void {
  // Exactly the runtime's PaginationInfo shape; the evidence sits beside it.
  result["x-pagination"] = finding.pagination;
  result[X_INFERRED_FROM] = {
    ...(result[X_INFERRED_FROM] as Record<string, string> | undefined),
    pagination: finding.evidence,
  };
  if (!finding.headers) return;
  const responses = result.responses as Record<string, Record<string, unknown>>;
  for (const [status, response] of Object.entries(responses)) {
    if (!isSuccessStatus(status)) continue;
    const cursors = (finding.pagination as { cursors: Record<string, string> }).cursors;
    response.headers = Object.fromEntries(
      finding.headers.map((header) => {
        const definition = documented.find((h) => h.name.toLowerCase() === header.toLowerCase());
        const sendBack = `Send it back as \`${cursors[header]}\` for the next page; absent on the last page.`;
        return [
          header,
          {
            description: definition ? `${definition.description} ${sendBack}` : sendBack,
            schema: { type: "integer" },
            ...(definition ? { [X_SOURCE]: sourceRef(definition.source) } : {}),
          },
        ];
      }),
    );
  }
}

/** What the docs say about one operation, read before components are chosen. */
export interface OperationParts {
  op: TypedOperation;
  placement: OperationPlacement;
  parameters: ParameterObject[];
  body?: BodyPart;
  responses: Record<string, ResponsePart>;
  pagination?: PaginationFinding;
}

/** Reads the operation's parameters, schemas and pagination from the docs, logging what it infers or repairs. */
export function readOperationParts(op: TypedOperation, placement: OperationPlacement, log: ReportLog): OperationParts {
  const parameters: ParameterObject[] = buildParameters(op.parameters, placement.path, op.source, log);
  const context = responseContext(op, placement.path);
  constrainExportPlaceholder(op, context, parameters, log);
  const body = readRequestBody(op.body, log);
  const responses = readResponses(op.responses, op.source, log, context, placement.errorBody);
  const pagination = paginationOf(op, body?.schema);
  if (pagination)
    log.inference("pagination", `${pagination.pagination.style} pagination from ${pagination.evidence}`, op.source);
  return { op, placement, parameters, ...(body ? { body } : {}), responses, ...(pagination ? { pagination } : {}) };
}

/**
 * The schemas the components plan chooses from: each JSON success body, then the request body,
 * with what naming a component for them needs (`site`).
 */
export function schemaUses(
  parts: OperationParts,
  site: Pick<SchemaUse, "operationId" | "verb" | "responseName">,
): SchemaUse[] {
  // Object.entries: the order the Operation Object lists its responses in ("200" before "201").
  const successes = Object.entries(parts.responses)
    .filter(([status, response]) => isSuccessStatus(status) && response.json)
    .map(([, response]): SchemaUse => ({ ...site, role: "response", schema: response.json!.schema }));
  return parts.body ? [...successes, { ...site, role: "body", schema: parts.body.schema }] : successes;
}

/**
 * The Operation Object, each body schema as `place` puts it: a `$ref` where the components plan
 * chose a component for it (by default, as the docs give it).
 */
export function buildOperation(
  parts: OperationParts,
  place: (schema: JsonSchema) => JsonSchema = (schema) => schema,
): OperationObject {
  const { op, placement, parameters, body, pagination } = parts;
  const description = op.description.trim();
  const media = body
    ? { schema: place(body.schema), ...(body.example !== undefined ? { example: body.example } : {}) }
    : undefined;
  const result: OperationObject = {
    tags: [placement.tag],
    summary: op.title.trim() || placement.operationId,
    ...(description ? { description } : {}),
    operationId: placement.operationId,
    ...(placement.server ? { servers: [{ url: placement.server }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(media ? { requestBody: { required: true, content: { "application/json": media } } } : {}),
    responses: Object.fromEntries(
      Object.entries(parts.responses).map(([status, response]) => [status, responseWithBody(response, place)]),
    ),
  };
  if (placement.docsLinks && op.anchor) {
    const { docsUrl, patterns } = placement.docsLinks;
    result.externalDocs = { url: docsLink(patterns.operation, { docsUrl, section: placement.tag, anchor: op.anchor }) };
  }
  if (pagination) applyPagination(result, pagination, placement.responseHeaders ?? []);
  if (op.requiredPermissions && op.requiredPermissions.length > 0)
    result["x-required-permissions"] = [...op.requiredPermissions];
  result[X_SOURCE] = sourceRef(op.source);
  return result;
}
