/**
 * Documented response blocks → OpenAPI responses, keyed by status string. A fields table (or a
 * JSON example) becomes an `application/json` schema; a sentence becomes the description; a list
 * of messages is kept in `x-error-messages`. An error status shown with neither gets the API's
 * error-body convention (its profile's `errorBody`): no content by default, a JSON-encoded string
 * for an API known to answer errors that way.
 */
import type { ErrorBodyConvention } from "../config/types.js";
import type { DocResponse, HttpMethod, SourceLocation } from "../model/types.js";
import { openObject, type JsonSchema, type TypeCell } from "./doc-types.js";
import { binaryContent, exportFormats, type ExportFormats } from "./media-types.js";
import { inferFromProse } from "./prose.js";
import { schemaFromExample } from "./example-schema.js";
import { mergeTableWithExample, stampExampleSource } from "./example-merge.js";
import { sourceRef, X_INFERRED_FROM } from "./provenance.js";
import type { ReportLog } from "./report.js";
import { schemaFromFields } from "./schemas.js";
import type { TypedField, TypedResponse } from "./typed-model.js";

export type ResponseObject = Record<string, unknown>;

const REASON_PHRASES: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "204": "No Content",
  "206": "Partial Content",
  "301": "Moved Permanently",
  "302": "Found",
  "304": "Not Modified",
  "400": "Bad Request",
  "401": "Unauthorized",
  "402": "Payment Required",
  "403": "Forbidden",
  "404": "Not Found",
  "405": "Method Not Allowed",
  "409": "Conflict",
  "410": "Gone",
  "412": "Precondition Failed",
  "413": "Payload Too Large",
  "415": "Unsupported Media Type",
  "422": "Unprocessable Entity",
  "429": "Too Many Requests",
  "500": "Internal Server Error",
  "502": "Bad Gateway",
  "503": "Service Unavailable",
  "504": "Gateway Timeout",
};

const STATUS_CLASS_PHRASES: Record<string, string> = {
  "1": "Informational",
  "2": "Success",
  "3": "Redirection",
  "4": "Client error",
  "5": "Server error",
};

export function reasonPhrase(status: string): string {
  return REASON_PHRASES[status] ?? STATUS_CLASS_PHRASES[status.charAt(0)] ?? "Response";
}

/** "200", "4XX" and "default" are valid response keys; "2xx" is normalised; anything else is not a status. */
export function normaliseStatus(status: string): string | undefined {
  const trimmed = status.trim();
  if (/^[1-5]\d\d$/.test(trimmed)) return trimmed;
  if (/^[1-5]xx$/i.test(trimmed)) return trimmed.toUpperCase();
  if (trimmed.toLowerCase() === "default") return "default";
  return undefined;
}

export function isSuccessStatus(status: string): boolean {
  return status.startsWith("2");
}

/** The schema of a table and/or an example; undefined when the docs show neither. */
export function contentSchema(
  shown: { fields?: readonly TypedField[]; typeCell?: TypeCell; example?: unknown; source: SourceLocation },
  location: "body" | "response",
  log: ReportLog,
): JsonSchema | undefined {
  // A documented type of the whole body is a nameless row over its fields (see isWholeBodyRow).
  const cell = shown.typeCell;
  const fields: readonly TypedField[] =
    cell !== undefined
      ? [
          {
            name: "",
            whole: true,
            type: cell.text,
            typeCell: cell,
            description: "",
            children: [...(shown.fields ?? [])],
            source: shown.source,
          },
        ]
      : (shown.fields ?? []);
  const table = fields.length > 0 ? schemaFromFields(fields, { log, location }) : undefined;
  if (shown.example === undefined) return table;
  const fromExample = stampExampleSource(schemaFromExample(shown.example), sourceRef(shown.source));
  if (table) return mergeTableWithExample(table, fromExample);
  log.inference("schema-from-example", `${location} schema read from its JSON example (no table)`, shown.source);
  return fromExample;
}

function responseDescription(response: DocResponse, status: string): string {
  const sentence = response.description.trim() || reasonPhrase(status);
  const messages = response.messages ?? [];
  if (messages.length === 0) return sentence;
  return `${sentence}\n\nPossible messages:\n${messages.map((m) => `- ${m}`).join("\n")}`;
}

/** What the responses step needs to know about the operation they belong to. */
export interface ResponseContext {
  method: HttpMethod;
  /** OpenAPI path, relative to the server. */
  path: string;
  title: string;
  description: string;
  /** Documented description of each parameter, by name (for an `{extension}` placeholder). */
  parameterDescriptions: Record<string, string>;
}

/** A success sentence that says there is no body ("Returns only status code."). */
const NO_BODY = /\bonly\s+(?:the\s+)?status\s+code\b|\bno\s+(?:content|body)\b|\bempty\s+(?:body|response)\b/i;
/** A success sentence that says what comes back ("Returns grouped time entries", "A stream with the csv"). */
const SAYS_WHAT_RETURNS = /\b(?:returns?|returned|responds?\s+with|stream|list\s+of)\b/i;

/**
 * Why a success response without a table has a body of unknown shape, or undefined when it has
 * none: a sentence that says what comes back, or any GET (a read answers with something), unless
 * the sentence says only the status is sent. 204 and 205 never carry a body.
 */
export function unknownBodyEvidence(
  status: string,
  sentence: string,
  method: HttpMethod | undefined,
): string | undefined {
  if (status === "204" || status === "205" || NO_BODY.test(sentence)) return undefined;
  if (SAYS_WHAT_RETURNS.test(sentence)) return sentence.trim();
  if (method === "get") return `GET ${status}${sentence.trim() ? `: ${sentence.trim()}` : ""}`;
  return undefined;
}

/** The path's last segment names the running/current item, which may not exist. */
const CURRENT_SEGMENT = /^(?:current|running|active)$/i;
const CURRENT_PHRASE = /\b(?:running|current|currently\s+running)\s+[a-z]+(?:\s+entry)?\b/i;

/**
 * Why a success body may be `null`: its sentence says so ("Returns null if …"), or a GET of the
 * running/current item (`/me/time_entries/current`, "Load running time entry") answers `null` when
 * there is none. The URL and the title or description must both say it.
 */
export function nullableSuccessEvidence(
  response: DocResponse,
  context: ResponseContext | undefined,
): string | undefined {
  const stated = inferFromProse(response.description, {
    name: "response",
    type: { schema: openObject(), understood: true },
    location: "response",
  }).nullable;
  if (stated) return stated.evidence;
  if (!context || context.method !== "get") return undefined;
  const last = context.path.split("/").filter(Boolean).at(-1) ?? "";
  if (!CURRENT_SEGMENT.test(last)) return undefined;
  return CURRENT_PHRASE.exec(context.description)?.[0] ?? CURRENT_PHRASE.exec(context.title)?.[0];
}

/**
 * A response as the docs state it, read before components are chosen: the Response Object, and
 * apart from it its JSON body (table, example, or the conventions below), whose schema the
 * operation places when it is built (`responseWithBody`): a `$ref` where a component stands for it.
 */
export interface ResponsePart {
  /** The Response Object; without `content` when `json` holds the body. */
  object: ResponseObject;
  json?: { schema: JsonSchema; example?: unknown };
  /** The success body may be `null` (`x-inferred-from.nullable`). */
  nullable: boolean;
}

function exportResponse(
  result: ResponseObject,
  response: DocResponse,
  formats: ExportFormats,
  log: ReportLog,
): ResponsePart {
  if ((response.fields?.length ?? 0) > 0 || response.example !== undefined) {
    log.warning(
      "export-table-dropped",
      `the URL names a file export (${formats.formats.join(", ")}) but the docs also show a JSON table for it; the body is typed as the file`,
      response.source,
    );
  }
  result.content = binaryContent(formats.formats);
  result[X_INFERRED_FROM] = { mediaType: formats.evidence.join(" | ") };
  log.inference(
    "export-media-type",
    `success body is ${formats.formats.join(" or ")} (from ${formats.evidence.map((e) => `"${e}"`).join(", ")})`,
    response.source,
  );
  return { object: result, nullable: false };
}

function readResponse(
  response: TypedResponse,
  status: string,
  log: ReportLog,
  context: ResponseContext | undefined,
  errorBody: ErrorBodyConvention,
): ResponsePart {
  const result: ResponseObject = { description: responseDescription(response, status) };
  const part: ResponsePart = { object: result, nullable: false };
  const isError = /^[45]/.test(status);
  if (isSuccessStatus(status) && context) {
    const formats = exportFormats(context.path, {
      sentence: response.description,
      parameterDescriptions: context.parameterDescriptions,
    });
    if (formats) return exportResponse(result, response, formats, log);
  }
  const schema = contentSchema(response, "response", log);
  if (schema) {
    part.json = { schema, ...(response.example !== undefined ? { example: response.example } : {}) };
    const nullable = isSuccessStatus(status) ? nullableSuccessEvidence(response, context) : undefined;
    if (nullable) {
      // Applied once the body's schema is placed (it may be a component's $ref): see responseWithBody.
      part.nullable = true;
      result[X_INFERRED_FROM] = { nullable };
      log.inference("nullable-response", `success body may be null ("${nullable}")`, response.source);
    }
  } else if (isError && errorBody === "json-string") {
    part.json = { schema: { type: "string" } };
  } else if (isSuccessStatus(status)) {
    const evidence = unknownBodyEvidence(status, response.description, context?.method);
    if (evidence) {
      part.json = { schema: {} };
      result[X_INFERRED_FROM] = { body: evidence };
      log.inference(
        "response-body-unknown",
        `status ${status} has a body of unknown shape (no table; "${evidence}")`,
        response.source,
      );
    }
  }
  if (response.messages && response.messages.length > 0) result["x-error-messages"] = [...response.messages];
  return part;
}

/**
 * Responses keyed by status, in documented order, read from the docs (every report entry about
 * them is logged here). An operation must have a success response; when the docs show none, a
 * plain `200` is added and the repair reported.
 */
export function readResponses(
  responses: readonly TypedResponse[],
  operationSource: SourceLocation,
  log: ReportLog,
  context?: ResponseContext,
  errorBody: ErrorBodyConvention = "none",
): Record<string, ResponsePart> {
  const result: Record<string, ResponsePart> = {};
  for (const response of responses) {
    const status = normaliseStatus(response.status);
    if (status === undefined) {
      log.warning(
        "bad-status",
        `response status "${response.status}" is not an HTTP status; left out`,
        response.source,
      );
      continue;
    }
    if (Object.hasOwn(result, status)) {
      log.repair("duplicate-status", `status ${status} is documented twice; the first block is kept`, response.source);
      continue;
    }
    result[status] = readResponse(response, status, log, context, errorBody);
  }
  // A documented `default` response is the answer to every status, success included.
  if (!Object.keys(result).some((status) => isSuccessStatus(status) || status === "default")) {
    log.repair(
      "success-response-added",
      "no success response is documented; a 200 without a body was added",
      operationSource,
    );
    result["200"] = { object: { description: reasonPhrase("200") }, nullable: false };
  }
  return result;
}

/**
 * A body that may be `null`. A component's `$ref` is wrapped (`anyOf: [$ref, null]`) rather than
 * the shared component changed for every operation that uses it.
 */
export function nullableSchema(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === "string" && schema.$ref === undefined) return { ...schema, type: [schema.type, "null"] };
  return { anyOf: [schema, { type: "null" }] };
}

/** The Response Object with its JSON body's schema as `place` puts it (by default: as the docs give it). */
export function responseWithBody(
  part: ResponsePart,
  place: (schema: JsonSchema) => JsonSchema = (schema) => schema,
): ResponseObject {
  if (!part.json) return { ...part.object };
  const { description, ...rest } = part.object;
  const placed = place(part.json.schema);
  const media = {
    schema: part.nullable ? nullableSchema(placed) : placed,
    ...(part.json.example !== undefined ? { example: part.json.example } : {}),
  };
  // The body follows the description, as in every Response Object this module writes.
  return { description, content: { "application/json": media }, ...rest };
}
