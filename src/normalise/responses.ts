/**
 * Documented response blocks → OpenAPI responses, keyed by status string. A fields table (or a
 * JSON example) becomes an `application/json` schema; a sentence becomes the description; a list
 * of messages is kept in `x-error-messages`. Toggl sends error bodies as JSON-encoded strings, so
 * an error status with no table is typed as a JSON string.
 */
import type { DocBody, DocResponse, SourceLocation } from "../model/types.js";
import type { JsonSchema } from "./doc-types.js";
import { schemaFromExample } from "./example-schema.js";
import { mergeTableWithExample, stampExampleSource } from "./example-merge.js";
import { sourceRef } from "./provenance.js";
import type { ReportLog } from "./report.js";
import { schemaFromFields } from "./schemas.js";

export type ResponseObject = Record<string, unknown>;

const REASON_PHRASES: Record<string, string> = {
  "200": "OK", "201": "Created", "202": "Accepted", "204": "No Content", "206": "Partial Content",
  "301": "Moved Permanently", "302": "Found", "304": "Not Modified",
  "400": "Bad Request", "401": "Unauthorized", "402": "Payment Required", "403": "Forbidden", "404": "Not Found",
  "405": "Method Not Allowed", "409": "Conflict", "410": "Gone", "412": "Precondition Failed",
  "413": "Payload Too Large", "415": "Unsupported Media Type", "422": "Unprocessable Entity", "429": "Too Many Requests",
  "500": "Internal Server Error", "502": "Bad Gateway", "503": "Service Unavailable", "504": "Gateway Timeout",
};

const STATUS_CLASS_PHRASES: Record<string, string> = {
  "1": "Informational", "2": "Success", "3": "Redirection", "4": "Client error", "5": "Server error",
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
  shown: { fields?: DocBody["fields"]; example?: unknown; source: SourceLocation },
  location: "body" | "response",
  log: ReportLog,
): JsonSchema | undefined {
  const fields = shown.fields ?? [];
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

function responseObject(response: DocResponse, status: string, log: ReportLog): ResponseObject {
  const result: ResponseObject = { description: responseDescription(response, status) };
  const schema = contentSchema(response, "response", log);
  const isError = /^[45]/.test(status);
  if (schema) {
    result.content = {
      "application/json": { schema, ...(response.example !== undefined ? { example: response.example } : {}) },
    };
  } else if (isError) {
    result.content = { "application/json": { schema: { type: "string" } } };
  }
  if (response.messages && response.messages.length > 0) result["x-error-messages"] = [...response.messages];
  return result;
}

/**
 * Responses keyed by status, in documented order. An operation must have a success response;
 * when the docs show none, a plain `200` is added and the repair reported.
 */
export function buildResponses(responses: readonly DocResponse[], operationSource: SourceLocation, log: ReportLog): Record<string, ResponseObject> {
  const result: Record<string, ResponseObject> = {};
  for (const response of responses) {
    const status = normaliseStatus(response.status);
    if (status === undefined) {
      log.warning("bad-status", `response status "${response.status}" is not an HTTP status; left out`, response.source);
      continue;
    }
    if (Object.hasOwn(result, status)) {
      log.repair("duplicate-status", `status ${status} is documented twice; the first block is kept`, response.source);
      continue;
    }
    result[status] = responseObject(response, status, log);
  }
  if (!Object.keys(result).some(isSuccessStatus)) {
    log.repair("success-response-added", "no success response is documented; a 200 without a body was added", operationSource);
    result["200"] = { description: reasonPhrase("200") };
  }
  return result;
}
