import { mapEntries, warn, type DowngradeContext } from "./context.js";
import { childPointer, resolvePointer } from "../openapi/pointer.js";
import { PATH_ITEM_METHODS, isRecord, isReference, type JsonObject } from "../openapi/types.js";
import { downgradeSchema } from "./schema.js";

/**
 * A non-schema Reference Object: 3.1 allows `summary`/`description` beside `$ref`, 3.0 does not
 * (they would be silently ignored), so they go, with a warning.
 */
export function referenceOr(
  value: unknown,
  pointer: string,
  ctx: DowngradeContext,
  downgrade: (v: JsonObject, p: string) => JsonObject,
): unknown {
  if (isReference(value)) {
    const siblings = Object.keys(value).filter((k) => k !== "$ref");
    if (siblings.length > 0)
      warn(ctx, pointer, `dropped ${siblings.join(", ")} beside $ref (3.0 Reference Objects take no siblings)`);
    return { $ref: value.$ref };
  }
  return isRecord(value) ? downgrade(value, pointer) : value;
}

function downgradeMediaType(media: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = { ...media };
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

function downgradeContent(content: unknown, pointer: string, ctx: DowngradeContext): JsonObject {
  return mapEntries(content, pointer, (media, p) => (isRecord(media) ? downgradeMediaType(media, p, ctx) : media));
}

/** Parameters and headers share the schema-or-content shape. */
export function downgradeParameterLike(value: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = { ...value };
  if (value.schema !== undefined) out.schema = downgradeSchema(value.schema, childPointer(pointer, "schema"), ctx);
  if (value.content !== undefined) out.content = downgradeContent(value.content, childPointer(pointer, "content"), ctx);
  return out;
}

export function downgradeHeaders(headers: unknown, pointer: string, ctx: DowngradeContext): JsonObject {
  return mapEntries(headers, pointer, (header, p) =>
    referenceOr(header, p, ctx, (h, hp) => downgradeParameterLike(h, hp, ctx)),
  );
}

export function downgradeRequestBody(body: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  return { ...body, content: downgradeContent(body.content, childPointer(pointer, "content"), ctx) };
}

export function downgradeResponse(response: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = { ...response };
  if (response.headers !== undefined)
    out.headers = downgradeHeaders(response.headers, childPointer(pointer, "headers"), ctx);
  if (response.content !== undefined)
    out.content = downgradeContent(response.content, childPointer(pointer, "content"), ctx);
  return out;
}

export function downgradeCallback(callback: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  return mapEntries(callback, pointer, (item, p, key) =>
    key.startsWith("x-") ? item : downgradePathItem(item, p, ctx),
  );
}

/** Security requirements that name a dropped scheme go: keeping them would point at nothing. */
export function downgradeSecurity(security: unknown, pointer: string, ctx: DowngradeContext): unknown {
  if (!Array.isArray(security) || ctx.droppedSecuritySchemes.size === 0) return security;
  return security.filter((requirement, i) => {
    const names = isRecord(requirement) ? Object.keys(requirement) : [];
    const dropped = names.filter((n) => ctx.droppedSecuritySchemes.has(n));
    if (dropped.length > 0)
      warn(ctx, childPointer(pointer, i), `dropped security requirement using ${dropped.join(", ")}`);
    return dropped.length === 0;
  });
}

function downgradeOperation(operation: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = { ...operation };
  if (Array.isArray(operation.parameters)) {
    out.parameters = operation.parameters.map((p, i) =>
      referenceOr(p, childPointer(childPointer(pointer, "parameters"), i), ctx, (v, vp) =>
        downgradeParameterLike(v, vp, ctx),
      ),
    );
  }
  if (operation.requestBody !== undefined) {
    out.requestBody = referenceOr(operation.requestBody, childPointer(pointer, "requestBody"), ctx, (v, vp) =>
      downgradeRequestBody(v, vp, ctx),
    );
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
    out.callbacks = mapEntries(operation.callbacks, childPointer(pointer, "callbacks"), (cb, p) =>
      referenceOr(cb, p, ctx, (v, vp) => downgradeCallback(v, vp, ctx)),
    );
  }
  if (operation.security !== undefined)
    out.security = downgradeSecurity(operation.security, childPointer(pointer, "security"), ctx);
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
    const resolved = resolvePointer(ctx.source, item.$ref);
    if (isRecord(resolved)) {
      const { $ref: _ref, ...siblings } = item;
      source = { ...resolved, ...siblings };
    }
  }
  const out: JsonObject = { ...source };
  for (const method of PATH_ITEM_METHODS) {
    if (isRecord(source[method]))
      out[method] = downgradeOperation(source[method] as JsonObject, childPointer(pointer, method), ctx);
  }
  if (Array.isArray(source.parameters)) {
    out.parameters = source.parameters.map((p, i) =>
      referenceOr(p, childPointer(childPointer(pointer, "parameters"), i), ctx, (v, vp) =>
        downgradeParameterLike(v, vp, ctx),
      ),
    );
  }
  return out;
}
