/**
 * Reads an OpenAPI 3.0/3.1 document into the few facts the generator needs per operation, resolving
 * local `$ref`s. Any document that is not what it claims (no `paths`, a dangling `$ref`) becomes a
 * `DocsInputError` naming the spec file and the JSON pointer, never a stack trace.
 */
import { isErrorStatus, isReasonPhrase } from "./http-status.js";
import { DocsInputError } from "../model/errors.js";
import type { Diagnostic } from "../model/types.js";
import type { HttpMethod, PaginationInfo } from "../runtime/operation.js";
import { jsonMediaType, preferredMediaType, responseKindFor, type ResponseKind } from "../openapi/media-type.js";
import { dereference, pointerTo, resolvePointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
}

export interface SpecOperation {
  /** JSON pointer of the operation object, for messages: "#/paths/~1clients/get". */
  pointer: string;
  /** As written in the spec; absent when the spec gives none. */
  operationId?: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  externalDocsUrl?: string;
  /** Path-item and operation parameters merged (the operation's win), `$ref`s resolved; cookies left out. */
  parameters: SpecParameter[];
  body?: { required: boolean; mediaType?: string; description?: string };
  /** One entry per 2xx response: its status key and its JSON media type, if it has a body. */
  successResponses: {
    status: string;
    mediaType?: string;
    hasContent: boolean;
  }[];
  /** The success body as documented: its media type (JSON preferred) and how it is read. */
  response: { mediaType?: string; kind: ResponseKind };
  /** The absolute URL of an operation-level (or path-level) `servers` entry, when there is one. */
  serverUrl?: string;
  /** `x-pagination`, when the spec says how the operation pages. */
  pagination?: PaginationInfo;
  /** `x-error-messages` per response status. */
  errorMessages: Record<string, string[]>;
  /** True when the operation sits in a `$ref`'d path item, so openapi-typescript does not list it under `operations`. */
  viaPathItemRef: boolean;
}

export interface SpecSummary {
  title: string;
  baseUrl: string;
  auth: ("basic" | "bearer")[];
  /** The response headers announcing a request quota (`x-quota-headers`), when the spec names them. */
  quotaHeaders?: { remaining: string; resetsIn: string };
  /** Tag descriptions from the top-level `tags` list. */
  tagDescriptions: Map<string, string>;
  operations: SpecOperation[];
}

const METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete", "options", "head", "patch"];

function inputError(specPath: string, pointer: string, message: string): DocsInputError {
  // A parsed document has no line numbers; the pointer is the location.
  return new DocsInputError(diagnostic(specPath, pointer, message));
}

function diagnostic(specPath: string, pointer: string, message: string): Diagnostic {
  return {
    severity: "error",
    code: "bad-spec",
    message: `${pointer}: ${message}`,
    source: { file: specPath, line: 1 },
  };
}

/** Every `$ref` in the document that does not resolve, with the pointer of the object holding it. */
export function findBrokenRefs(document: JsonObject, specPath: string): Diagnostic[] {
  const broken: Diagnostic[] = [];
  const known = new Map<string, boolean>();
  // One shared token stack: the GitHub spec has ~10⁶ nodes, and copying a path per node shows.
  const tokens: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        tokens.push(String(i));
        visit(item);
        tokens.pop();
      });
      return;
    }
    if (!isRecord(node)) return;
    const ref = node.$ref;
    if (typeof ref === "string") {
      let ok = known.get(ref);
      if (ok === undefined) known.set(ref, (ok = resolvePointer(document, ref) !== undefined));
      if (!ok) {
        const why = ref.startsWith("#")
          ? "is not defined in this document"
          : "is external; only local references are supported";
        broken.push(diagnostic(specPath, pointerTo(...tokens), `$ref "${ref}" ${why}`));
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== "object" || value === null) continue;
      tokens.push(key);
      visit(value);
      tokens.pop();
    }
  };
  visit(document);
  return broken;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function readParameters(document: JsonObject, list: unknown, pointer: string, specPath: string): SpecParameter[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw inputError(specPath, pointer, "parameters must be an array");
  return list.flatMap((entry, i): SpecParameter[] => {
    const p = dereference(document, entry);
    const at = `${pointer}/${i}`;
    if (!isRecord(p) || typeof p.name !== "string" || typeof p.in !== "string") {
      throw inputError(specPath, at, "a parameter needs a string `name` and `in`");
    }
    if (p.in !== "path" && p.in !== "query" && p.in !== "header") return [];
    const description = optionalString(p.description);
    return [
      {
        name: p.name,
        in: p.in,
        required: p.in === "path" || p.required === true,
        ...(description ? { description } : {}),
      },
    ];
  });
}

function mergeParameters(pathLevel: SpecParameter[], operationLevel: SpecParameter[]): SpecParameter[] {
  const key = (p: SpecParameter) => `${p.in}:${p.name}`;
  const overridden = new Set(operationLevel.map(key));
  return [...pathLevel.filter((p) => !overridden.has(key(p))), ...operationLevel];
}

/**
 * The messages the docs give for an error status: the `x-error-messages` list when there is one,
 * else the response's own sentence ("Client doesn't exist in the workspace.") unless it only
 * restates the status ("Forbidden").
 */
function readErrorMessages(status: string, response: JsonObject): string[] {
  const messages = response["x-error-messages"];
  if (Array.isArray(messages)) return messages.filter((m): m is string => typeof m === "string");
  const sentence = optionalString(response.description)?.split("\n")[0]?.trim();
  return isErrorStatus(status) && sentence && !isReasonPhrase(sentence) ? [sentence] : [];
}

function readOperation(
  document: JsonObject,
  specPath: string,
  path: string,
  method: HttpMethod,
  op: unknown,
  pathParameters: SpecParameter[],
  viaPathItemRef: boolean,
  pathServerUrl: string | undefined,
): SpecOperation {
  const pointer = pointerTo("paths", path, method);
  if (!isRecord(op)) throw inputError(specPath, pointer, "an operation must be an object");
  const parameters = mergeParameters(
    pathParameters,
    readParameters(document, op.parameters, `${pointer}/parameters`, specPath),
  );
  const successResponses: SpecOperation["successResponses"] = [];
  let responseMediaType: string | undefined;
  const errorMessages: Record<string, string[]> = {};
  const responses = op.responses ?? {};
  if (!isRecord(responses)) throw inputError(specPath, `${pointer}/responses`, "responses must be an object");
  for (const [status, raw] of Object.entries(responses)) {
    const response = dereference(document, raw);
    if (!isRecord(response))
      throw inputError(specPath, `${pointer}/responses/${status}`, "a response must be an object");
    if (/^2(\d\d|XX)$/i.test(status)) {
      const mediaType = jsonMediaType(response.content);
      responseMediaType ??= preferredMediaType(response.content);
      const hasContent = isRecord(response.content) && Object.keys(response.content).length > 0;
      successResponses.push({
        status,
        hasContent,
        ...(mediaType ? { mediaType } : {}),
      });
    }
    const messages = readErrorMessages(status, response);
    if (messages.length > 0) errorMessages[status] = messages;
  }
  const requestBody = dereference(document, op.requestBody);
  let body: SpecOperation["body"];
  if (isRecord(requestBody)) {
    const mediaType = preferredMediaType(requestBody.content);
    const description = optionalString(requestBody.description);
    body = {
      required: requestBody.required === true,
      ...(mediaType ? { mediaType } : {}),
      ...(description ? { description } : {}),
    };
  }
  const externalDocsUrl = isRecord(op.externalDocs) ? optionalString(op.externalDocs.url) : undefined;
  const operationId = optionalString(op.operationId);
  const serverUrl = readServerUrl(op.servers) ?? pathServerUrl;
  const pagination = readPagination(op["x-pagination"], specPath, `${pointer}/x-pagination`);
  const summary = optionalString(op.summary);
  const description = optionalString(op.description);
  return {
    pointer,
    ...(operationId ? { operationId } : {}),
    method,
    path,
    tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [],
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
    deprecated: op.deprecated === true,
    ...(externalDocsUrl ? { externalDocsUrl } : {}),
    parameters,
    ...(body ? { body } : {}),
    successResponses,
    response: {
      ...(responseMediaType ? { mediaType: responseMediaType } : {}),
      kind: responseKindFor(responseMediaType),
    },
    ...(serverUrl ? { serverUrl } : {}),
    ...(pagination ? { pagination } : {}),
    errorMessages,
    viaPathItemRef,
  };
}

/** `servers[0].url` with server variables replaced by their defaults; "" when the spec names no server. */
function readBaseUrl(document: JsonObject): string {
  return readServerUrl(document.servers) ?? "";
}

/** The first entry of a `servers` list, variables replaced by their defaults; undefined when there is none. */
function readServerUrl(servers: unknown): string | undefined {
  const server = Array.isArray(servers) ? servers[0] : undefined;
  if (!isRecord(server) || typeof server.url !== "string") return undefined;
  const variables = isRecord(server.variables) ? server.variables : {};
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isRecord(variable) && typeof variable.default === "string" ? variable.default : whole;
  });
}

/** The http basic/bearer schemes, those the top-level `security` lists first. */
function readAuth(document: JsonObject): ("basic" | "bearer")[] {
  const components = isRecord(document.components) ? document.components : {};
  const schemes = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  const preferred = Array.isArray(document.security)
    ? document.security.flatMap((req) => (isRecord(req) ? Object.keys(req) : []))
    : [];
  const order = [...new Set([...preferred, ...Object.keys(schemes)])];
  const kinds: ("basic" | "bearer")[] = [];
  for (const name of order) {
    const scheme = dereference(document, schemes[name]);
    if (!isRecord(scheme) || scheme.type !== "http" || typeof scheme.scheme !== "string") continue;
    const kind = scheme.scheme.toLowerCase();
    if ((kind === "basic" || kind === "bearer") && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

function readTagDescriptions(document: JsonObject): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const tag of Array.isArray(document.tags) ? document.tags : []) {
    if (isRecord(tag) && typeof tag.name === "string" && typeof tag.description === "string")
      descriptions.set(tag.name, tag.description);
  }
  return descriptions;
}

/** Checks that `document` is an OpenAPI 3.x document and reads it; throws `DocsInputError` otherwise. */
export function readSpec(document: unknown, specPath: string): SpecSummary {
  if (!isRecord(document)) throw inputError(specPath, "#", "not an OpenAPI document (expected a JSON/YAML object)");
  if (typeof document.openapi !== "string" || !/^3\.[01]\b/.test(document.openapi)) {
    const found =
      typeof document.swagger === "string" ? `Swagger ${document.swagger}` : JSON.stringify(document.openapi ?? null);
    throw inputError(specPath, "#/openapi", `not an OpenAPI 3.0/3.1 document (found ${found})`);
  }
  if (!isRecord(document.paths)) throw inputError(specPath, "#/paths", "the document has no `paths` object");
  const broken = findBrokenRefs(document, specPath);
  if (broken.length > 0) throw new DocsInputError(broken);
  const info = isRecord(document.info) ? document.info : {};
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = dereference(document, rawItem);
    if (!isRecord(item)) throw inputError(specPath, pointerTo("paths", path), "a path item must be an object");
    const viaRef = isRecord(rawItem) && typeof rawItem.$ref === "string";
    const pathParameters = readParameters(
      document,
      item.parameters,
      `${pointerTo("paths", path)}/parameters`,
      specPath,
    );
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      operations.push(
        readOperation(
          document,
          specPath,
          path,
          method,
          item[method],
          pathParameters,
          viaRef,
          readServerUrl(item.servers),
        ),
      );
    }
  }
  const baseUrl = readBaseUrl(document);
  return {
    title: optionalString(info.title) ?? "an OpenAPI document",
    baseUrl,
    auth: readAuth(document),
    ...readQuotaHeaders(document),
    tagDescriptions: readTagDescriptions(document),
    operations: operations.map((op) => withAbsoluteServerUrl(op, baseUrl)),
  };
}

/**
 * `x-quota-headers: { remaining, resetsIn }` at the root (docs2client writes it from a
 * getting-started page): the runtime tracks the quota under these names. Anything malformed is
 * ignored rather than guessed at.
 */
function readQuotaHeaders(document: JsonObject): Pick<SpecSummary, "quotaHeaders"> {
  const raw = document["x-quota-headers"] as { remaining?: unknown; resetsIn?: unknown } | undefined;
  if (typeof raw?.remaining !== "string" || typeof raw.resetsIn !== "string") return {};
  return { quotaHeaders: { remaining: raw.remaining, resetsIn: raw.resetsIn } };
}

const PAGINATION_LOCATIONS = ["query", "body"];

/**
 * `x-pagination` (the shape of the runtime's `PaginationInfo`): checked, because the runtime pages
 * by it; a malformed one is the spec's error, named by its pointer.
 */
function readPagination(raw: unknown, specPath: string, pointer: string): PaginationInfo | undefined {
  if (raw === undefined) return undefined;
  const bad = (why: string) => inputError(specPath, pointer, `x-pagination ${why}`);
  if (!isRecord(raw)) throw bad("must be an object");
  if (typeof raw.in !== "string" || !PAGINATION_LOCATIONS.includes(raw.in)) throw bad('needs `in`: "query" or "body"');
  const where = raw.in as "query" | "body";
  if (raw.style === "page") {
    if (typeof raw.pageParam !== "string") throw bad("of style page needs a string `pageParam`");
    if (raw.perPageParam !== undefined && typeof raw.perPageParam !== "string")
      throw bad("`perPageParam` must be a string");
    return {
      style: "page",
      in: where,
      pageParam: raw.pageParam,
      ...(typeof raw.perPageParam === "string" ? { perPageParam: raw.perPageParam } : {}),
    };
  }
  if (raw.style === "headers") {
    const cursors = raw.cursors;
    if (
      !isRecord(cursors) ||
      Object.keys(cursors).length === 0 ||
      Object.values(cursors).some((v) => typeof v !== "string")
    )
      throw bad("of style headers needs `cursors`: { header name: parameter name }");
    return { style: "headers", in: where, cursors: cursors as Record<string, string> };
  }
  throw bad('`style` must be "page" or "headers"');
}

/**
 * An operation's own server as an absolute URL (a relative one is resolved against the API's, as
 * OpenAPI says); dropped when it is the API's server anyway.
 */
function withAbsoluteServerUrl(op: SpecOperation, baseUrl: string): SpecOperation {
  if (op.serverUrl === undefined) return op;
  const { serverUrl, ...rest } = op;
  let absolute = serverUrl;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(serverUrl) && /^https?:\/\//i.test(baseUrl))
    absolute = new URL(serverUrl, baseUrl).href;
  const trim = (url: string) => url.replace(/\/+$/, "");
  return trim(absolute) === trim(baseUrl) ? rest : { ...rest, serverUrl: trim(absolute) };
}
