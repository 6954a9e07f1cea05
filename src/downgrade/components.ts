import { isExtension, mapEntries, warn, type DowngradeContext } from "./context.js";
import { childPointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";
import {
  downgradeCallback,
  downgradeHeaders,
  downgradeParameterLike,
  downgradeRequestBody,
  downgradeResponse,
  referenceOr,
} from "./paths.js";
import { downgradeSchema } from "./schema.js";

/**
 * Security scheme types 3.0 knows. 3.1's `mutualTLS` has no 3.0 spelling; requirements naming
 * such a scheme are removed later (see downgradeSecurity).
 */
const SECURITY_TYPES_30 = new Set(["apiKey", "http", "oauth2", "openIdConnect"]);

function downgradeSecuritySchemes(schemes: unknown, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = {};
  for (const [name, scheme] of Object.entries(isRecord(schemes) ? schemes : {})) {
    const here = childPointer(pointer, name);
    if (isRecord(scheme) && typeof scheme.type === "string" && !SECURITY_TYPES_30.has(scheme.type)) {
      ctx.droppedSecuritySchemes.add(name);
      warn(ctx, here, `dropped security scheme of type ${scheme.type} (not in OpenAPI 3.0)`);
      continue;
    }
    out[name] = referenceOr(scheme, here, ctx, (v) => v);
  }
  return out;
}

/** Components: each kind downgraded by its own rule; `pathItems` (3.1 only) dropped after being inlined. */
export function downgradeComponents(components: JsonObject, pointer: string, ctx: DowngradeContext): JsonObject {
  const out: JsonObject = {};
  const at = (key: string): string => childPointer(pointer, key);
  for (const [key, value] of Object.entries(components)) {
    switch (key) {
      case "schemas":
        out.schemas = mapEntries(value, at(key), (s, p) => downgradeSchema(s, p, ctx));
        break;
      case "parameters":
        out.parameters = mapEntries(value, at(key), (v, p) =>
          referenceOr(v, p, ctx, (x, xp) => downgradeParameterLike(x, xp, ctx)),
        );
        break;
      case "headers":
        out.headers = downgradeHeaders(value, at(key), ctx);
        break;
      case "requestBodies":
        out.requestBodies = mapEntries(value, at(key), (v, p) =>
          referenceOr(v, p, ctx, (x, xp) => downgradeRequestBody(x, xp, ctx)),
        );
        break;
      case "responses":
        out.responses = mapEntries(value, at(key), (v, p) =>
          referenceOr(v, p, ctx, (x, xp) => downgradeResponse(x, xp, ctx)),
        );
        break;
      case "callbacks":
        out.callbacks = mapEntries(value, at(key), (v, p) =>
          referenceOr(v, p, ctx, (x, xp) => downgradeCallback(x, xp, ctx)),
        );
        break;
      case "securitySchemes":
        out.securitySchemes = downgradeSecuritySchemes(value, at(key), ctx);
        break;
      case "examples":
      case "links":
        out[key] = mapEntries(value, at(key), (v, p) => referenceOr(v, p, ctx, (x) => x));
        break;
      default:
        if (isExtension(key)) out[key] = value;
        else
          warn(
            ctx,
            at(key),
            `dropped components.${key} (not in OpenAPI 3.0${key === "pathItems" ? "; references to them were inlined" : ""})`,
          );
    }
  }
  return out;
}
