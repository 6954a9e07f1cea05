/**
 * One merged docs operation → an OpenAPI Operation Object (tags, summary, description,
 * operationId, parameters, request body, responses, links back to the docs, provenance).
 */
import type { DocBody, DocOperation } from "../model/types.js";
import { buildParameters, type ParameterObject } from "./parameters.js";
import { sourceRef, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";
import { contentSchema, buildResponses } from "./responses.js";
import { isBareArrayTable } from "./schemas.js";
import { sectionDocsUrl } from "./tags.js";

export type OperationObject = Record<string, unknown>;

export interface OperationPlacement {
  path: string;
  operationId: string;
  tag: string;
  docsUrl?: string;
}

/** Whether the first documented success body is a JSON array (for get-vs-list naming); undefined when not shown. */
export function successReturnsArray(op: DocOperation): boolean | undefined {
  const success = op.responses.find((r) => /^2/.test(r.status.trim()) && ((r.fields?.length ?? 0) > 0 || r.example !== undefined));
  if (!success) return undefined;
  if (success.fields && success.fields.length > 0) return isBareArrayTable(success.fields);
  return Array.isArray(success.example);
}

function requestBody(body: DocBody | undefined, log: ReportLog): OperationObject | undefined {
  if (!body) return undefined;
  const schema = contentSchema(body, "body", log);
  if (!schema) {
    log.warning("empty-body", "a request body is announced but shows neither fields nor an example; left out", body.source);
    return undefined;
  }
  const media = { schema, ...(body.example !== undefined ? { example: body.example } : {}) };
  return { required: true, content: { "application/json": media } };
}

export function buildOperation(op: DocOperation, placement: OperationPlacement, log: ReportLog): OperationObject {
  const parameters: ParameterObject[] = buildParameters(op.parameters, placement.path, op.source, log);
  const body = requestBody(op.body, log);
  const description = op.description.trim();
  const result: OperationObject = {
    tags: [placement.tag],
    summary: op.title.trim() || placement.operationId,
    ...(description ? { description } : {}),
    operationId: placement.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: buildResponses(op.responses, op.source, log),
  };
  if (placement.docsUrl && op.anchor) {
    result.externalDocs = { url: `${sectionDocsUrl(placement.docsUrl, placement.tag)}#${op.anchor}` };
  }
  if (op.requiredPermissions && op.requiredPermissions.length > 0) result["x-required-permissions"] = [...op.requiredPermissions];
  result[X_SOURCE] = sourceRef(op.source);
  return result;
}
