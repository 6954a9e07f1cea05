import { isExtension, mapEntries, warn, type DowngradeContext } from "./context.js";
import { childPointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";
import { downgradeComponents } from "./components.js";
import { warnDanglingRefs } from "./dangling-refs.js";
import { findDefs, retargetRefs } from "./hoist-defs.js";
import { downgradePathItem, downgradeSecurity } from "./paths.js";
import { downgradeSchema } from "./schema.js";

/** Top-level fields of an OpenAPI 3.0 document; 3.1 adds `webhooks`, `jsonSchemaDialect`. */
const TOP_LEVEL_30 = new Set(["openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"]);

function downgradeInfo(info: unknown, ctx: DowngradeContext): unknown {
  if (!isRecord(info)) return info;
  const { summary, license, ...rest } = info;
  const out: JsonObject = { ...rest };
  if (summary !== undefined) warn(ctx, "#/info/summary", "dropped info.summary (not in OpenAPI 3.0)");
  if (isRecord(license)) {
    const { identifier, ...licenseRest } = license;
    if (identifier !== undefined)
      warn(
        ctx,
        "#/info/license/identifier",
        `dropped license identifier ${JSON.stringify(identifier)} (not in OpenAPI 3.0)`,
      );
    out.license = licenseRest;
  } else if (license !== undefined) {
    out.license = license;
  }
  return out;
}

/**
 * An OpenAPI 3.1 document → its OpenAPI 3.0.3 twin, for generators that lack 3.1. Pure and
 * deterministic: the input is cloned first and never touched; every piece of information the
 * twin cannot carry is listed in `warnings` as `<JSON pointer>: <what happened>`.
 */
export function toOpenApi30(doc31: object): { document: object; warnings: string[] } {
  const source = structuredClone(doc31) as JsonObject;
  const ctx: DowngradeContext = { source, warnings: [], droppedSecuritySchemes: new Set() };
  // Components go first so that dropped security schemes are known before requirements are read.
  const components = isRecord(source.components)
    ? downgradeComponents(source.components, "#/components", ctx)
    : undefined;

  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "openapi") out.openapi = "3.0.3";
    else if (key === "info") out.info = downgradeInfo(value, ctx);
    else if (key === "paths")
      out.paths = mapEntries(value, "#/paths", (item, p, path) =>
        isExtension(path) ? item : downgradePathItem(item, p, ctx),
      );
    else if (key === "components") out.components = components;
    else if (key === "security") out.security = downgradeSecurity(value, "#/security", ctx);
    else if (isExtension(key) || TOP_LEVEL_30.has(key)) out[key] = value;
    else warn(ctx, childPointer("#", key), `dropped ${key} (not in OpenAPI 3.0)`);
  }
  out.openapi = "3.0.3";
  out.paths ??= {}; // optional in 3.1, required in 3.0
  const defs = findDefs(source);
  if (defs.length > 0) {
    const hoisted: JsonObject = {};
    for (const def of defs) hoisted[def.name] = downgradeSchema(def.schema, def.pointer, ctx);
    const existing = isRecord(out.components) ? out.components : {};
    out.components = { ...existing, schemas: { ...(isRecord(existing.schemas) ? existing.schemas : {}), ...hoisted } };
  }
  const document = defs.length > 0 ? (retargetRefs(out, defs) as JsonObject) : out;
  warnDanglingRefs(document, ctx);
  return { document, warnings: ctx.warnings };
}
