import { childPointer, isRecord, isReference, mapEntries, warn, type DowngradeContext, type JsonRecord } from "./context.js";
import { downgradeSchema } from "./schema.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * A non-schema Reference Object: 3.1 allows `summary`/`description` beside `$ref`, 3.0 does not
 * (they would be silently ignored), so they go, with a warning.
 */
export function referenceOr(value: unknown, pointer: string, ctx: DowngradeContext, downgrade: (v: JsonRecord, p: string) => JsonRecord): unknown {
  if (isReference(value)) {
    const siblings = Object.keys(value).filter((k) => k !== "$ref");
    if (siblings.length > 0) warn(ctx, pointer, `dropped ${siblings.join(", ")} beside $ref (3.0 Reference Objects take no siblings)`);
    return { $ref: value.$ref };
  }
  return isRecord(value) ? downgrade(value, pointer) : value;
}

export function downgradeMediaType(media: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  const out: JsonRecord = { ...media };
  if (media.schema !== undefined) out.schema = downgradeSchema(media.schema, childPointer(pointer, "schema"), ctx);
  if (isRecord(media.encoding)) {
    out.encoding = mapEntries(media.encoding, childPointer(pointer, "encoding"), (encoding, p) =>
      isRecord(encoding) && isRecord(encoding.headers)
        ? { ...encoding, headers: downgradeHeaders(encoding.headers, childPointer(p, "headers"), ctx) }
        : encoding,
    );
  }
  return out;
}

function downgradeContent(content: unknown, pointer: string, ctx: DowngradeContext): JsonRecord {
  return mapEntries(content, pointer, (media, p) => (isRecord(media) ? downgradeMediaType(media, p, ctx) : media));
}

/** Parameters and headers share the schema-or-content shape. */
export function downgradeParameterLike(value: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  const out: JsonRecord = { ...value };
  if (value.schema !== undefined) out.schema = downgradeSchema(value.schema, childPointer(pointer, "schema"), ctx);
  if (value.content !== undefined) out.content = downgradeContent(value.content, childPointer(pointer, "content"), ctx);
  return out;
}

export function downgradeHeaders(headers: unknown, pointer: string, ctx: DowngradeContext): JsonRecord {
  return mapEntries(headers, pointer, (header, p) => referenceOr(header, p, ctx, (h, hp) => downgradeParameterLike(h, hp, ctx)));
}

export function downgradeRequestBody(body: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  return { ...body, content: downgradeContent(body.content, childPointer(pointer, "content"), ctx) };
}

export function downgradeResponse(response: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  const out: JsonRecord = { ...response };
  if (response.headers !== undefined) out.headers = downgradeHeaders(response.headers, childPointer(pointer, "headers"), ctx);
  if (response.content !== undefined) out.content = downgradeContent(response.content, childPointer(pointer, "content"), ctx);
  return out;
}

export function downgradeCallback(callback: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  return mapEntries(callback, pointer, (item, p, key) => (key.startsWith("x-") ? item : downgradePathItem(item, p, ctx)));
}

/** Security requirements that name a dropped scheme go: keeping them would point at nothing. */
export function downgradeSecurity(security: unknown, pointer: string, ctx: DowngradeContext): unknown {
  if (!Array.isArray(security) || ctx.droppedSecuritySchemes.size === 0) return security;
  return security.filter((requirement, i) => {
    const names = isRecord(requirement) ? Object.keys(requirement) : [];
    const dropped = names.filter((n) => ctx.droppedSecuritySchemes.has(n));
    if (dropped.length > 0) warn(ctx, childPointer(pointer, i), `dropped security requirement using ${dropped.join(", ")}`);
    return dropped.length === 0;
  });
}

function downgradeOperation(operation: JsonRecord, pointer: string, ctx: DowngradeContext): JsonRecord {
  const out: JsonRecord = { ...operation };
  if (Array.isArray(operation.parameters)) {
    out.parameters = operation.parameters.map((p, i) => referenceOr(p, childPointer(childPointer(pointer, "parameters"), i), ctx, (v, vp) => downgradeParameterLike(v, vp, ctx)));
  }
  if (operation.requestBody !== undefined) {
    out.requestBody = referenceOr(operation.requestBody, childPointer(pointer, "requestBody"), ctx, (v, vp) => downgradeRequestBody(v, vp, ctx));
  }
  if (isRecord(operation.responses) && Object.keys(operation.responses).length > 0) {
    out.responses = mapEntries(operation.responses, childPointer(pointer, "responses"), (r, p, key) =>
      key.startsWith("x-") ? r : referenceOr(r, p, ctx, (v, vp) => downgradeResponse(v, vp, ctx)),
    );
  } else {
    // 3.1 made responses optional; 3.0 requires at least one.
    out.responses = { default: { description: "Unspecified response" } };
    warn(ctx, childPointer(pointer, "responses"), "added a default response (3.0 requires responses)");
  }
  if (operation.callbacks !== undefined) {
    out.callbacks = mapEntries(operation.callbacks, childPointer(pointer, "callbacks"), (cb, p) => referenceOr(cb, p, ctx, (v, vp) => downgradeCallback(v, vp, ctx)));
  }
  if (operation.security !== undefined) out.security = downgradeSecurity(operation.security, childPointer(pointer, "security"), ctx);
  return out;
}

/**
 * A path item. One that refers to `components/pathItems` (3.1 only) is inlined, since 3.0 has
 * nowhere to keep the target.
 */
export function downgradePathItem(item: unknown, pointer: string, ctx: DowngradeContext): unknown {
  if (!isRecord(item)) return item;
  let source = item;
  if (typeof item.$ref === "string" && item.$ref.startsWith("#/components/pathItems/")) {
    const name = item.$ref.slice("#/components/pathItems/".length).replace(/~1/g, "/").replace(/~0/g, "~");
    const target = (ctx.source.components as JsonRecord | undefined)?.pathItems;
    const resolved = isRecord(target) ? target[name] : undefined;
    if (isRecord(resolved)) {
      const { $ref: _ref, ...siblings } = item;
      source = { ...resolved, ...siblings };
    }
  }
  const out: JsonRecord = { ...source };
  for (const method of METHODS) {
    if (isRecord(source[method])) out[method] = downgradeOperation(source[method] as JsonRecord, childPointer(pointer, method), ctx);
  }
  if (Array.isArray(source.parameters)) {
    out.parameters = source.parameters.map((p, i) => referenceOr(p, childPointer(childPointer(pointer, "parameters"), i), ctx, (v, vp) => downgradeParameterLike(v, vp, ctx)));
  }
  return out;
}
