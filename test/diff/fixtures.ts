/** Small builders for hand-written OpenAPI documents used by the diff tests. */

export type Json = Record<string, unknown>;

export function spec(paths: Json, schemas: Json = {}): Json {
  return { openapi: "3.1.0", info: { title: "T", version: "1" }, paths, components: { schemas } };
}

export function jsonBody(schema: unknown, required = true): Json {
  return { required, content: { "application/json": { schema } } };
}

export function okResponse(schema: unknown, status = "200"): Json {
  return { [status]: { description: "OK", content: { "application/json": { schema } } } };
}

export function object(properties: Json, required: string[] = []): Json {
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}
