import { isRecord } from "../../openapi/types.js";
import type { HttpMethod } from "../../model/types.js";

/**
 * The plugin's `api` object is the operation as the plugin loaded it (`$ref`s resolved), plus what
 * it adds for its own pages: `method`, `path`, the API's `servers`, `securitySchemes` and `info`,
 * a Postman request and a JSON body example. Turned back into the smallest OpenAPI document that
 * says the same: `{ openapi, info, servers, paths: { path: { method: operation } }, components }`.
 */

/** Keys the plugin adds to the operation; none of them is part of an OpenAPI operation. */
const PLUGIN_KEYS = new Set([
  "method",
  "path",
  "servers",
  "securitySchemes",
  "info",
  "postman",
  "jsonRequestBodyExample",
  "info_path",
]);

const METHODS: readonly HttpMethod[] = ["get", "post", "put", "patch", "delete", "head", "options"];

export interface EmbeddedOperation {
  method: HttpMethod;
  path: string;
  document: Record<string, unknown>;
}

/** The document for one page's `api` object; undefined when it names no method and path. */
export function documentOfApi(api: Record<string, unknown>): EmbeddedOperation | undefined {
  const method = typeof api.method === "string" ? api.method.toLowerCase() : "";
  const path = typeof api.path === "string" ? api.path : "";
  if (!METHODS.includes(method as HttpMethod) || !path.startsWith("/")) return undefined;
  const operation = Object.fromEntries(Object.entries(api).filter(([key]) => !PLUGIN_KEYS.has(key)));
  const info = isRecord(api.info) ? api.info : { title: "", version: "" };
  const document: Record<string, unknown> = {
    // The plugin converts Swagger 2 to OpenAPI 3.0 and drops the version: a schema whose `type`
    // is a list can only come from 3.1, anything else reads the same as 3.0.
    openapi: usesTypeLists(operation) ? "3.1.0" : "3.0.3",
    info,
    ...(Array.isArray(api.servers) ? { servers: api.servers } : {}),
    paths: { [path]: { [method]: operation } },
    ...(isRecord(api.securitySchemes) ? { components: { securitySchemes: api.securitySchemes } } : {}),
  };
  return { method: method as HttpMethod, path, document };
}

/** Whether some schema in `value` has `type: [...]` (3.1). The plugin's objects are trees (no cycles). */
function usesTypeLists(value: unknown, depth = 0): boolean {
  if (depth > 64 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => usesTypeLists(v, depth + 1));
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.type)) return true;
  return Object.values(record).some((v) => usesTypeLists(v, depth + 1));
}
