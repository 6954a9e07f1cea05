/**
 * Path, query and header parameters. Path parameters are always required and must match the
 * template exactly (OpenAPI validators reject a spec where they do not), so the template is the
 * authority: a placeholder no table declares is added, a declared one the URL lacks is reported.
 */
import type { DocParameter } from "../model/types.js";
import type { JsonSchema } from "./doc-types.js";
import { inferFromProse } from "./prose.js";
import { applyProseFacts, describeInferred } from "./prose-facts.js";
import { pathParameterNames } from "./paths.js";
import { sourceRef, X_INFERRED_FROM, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";
import type { TypedParameter } from "./typed-model.js";
import { meaningfulDescription } from "./schemas.js";
import type { SourceLocation } from "../model/types.js";

export type ParameterObject = Record<string, unknown>;

/**
 * Headers OpenAPI describes elsewhere: a parameter named like these is ignored by tools, so it is
 * not emitted; the body's media type and the security schemes say the same thing.
 */
const RESERVED_HEADERS = new Set(["content-type", "accept", "authorization"]);

/** One key per parameter: `in` + name, header names case-insensitively. */
export function parameterKey(p: DocParameter): string {
  // Header names are case-insensitive; path and query names are not.
  return `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
}

/** One declaration per parameter: later duplicates are folded into the first, and reported. */
function mergeDuplicates(params: readonly TypedParameter[], log: ReportLog): TypedParameter[] {
  const byKey = new Map<string, TypedParameter>();
  for (const param of params) {
    const key = parameterKey(param);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, param);
      continue;
    }
    const differences: string[] = [];
    if (first.type !== param.type) differences.push(`type "${first.type}" vs "${param.type}"`);
    if (first.required !== param.required) differences.push(`required ${first.required} vs ${param.required}`);
    log.repair(
      "parameter-merged",
      `${param.in} parameter "${param.name}" is declared twice (also at ${sourceRef(first.source)}); merged` +
        (differences.length > 0 ? `, keeping the first declaration's ${differences.join(", ")}` : ""),
      param.source,
    );
    byKey.set(key, {
      ...first,
      required: first.required || param.required,
      description: meaningfulDescription(first.description) ? first.description : param.description,
    });
  }
  return [...byKey.values()];
}

function parameterObject(param: TypedParameter, log: ReportLog): ParameterObject {
  const typed = param.typeCell;
  const base: JsonSchema = typed.understood && Object.keys(typed.schema).length > 0 ? structuredClone(typed.schema) : { type: "string" };
  if (!typed.understood) {
    base["x-docs-type"] = typed.text;
    log.warning("unknown-type", `${param.in} parameter "${param.name}": type "${param.type}" is not understood; typed as string`, param.source);
  }
  const facts = inferFromProse(param.description, { name: param.name, type: param.typeCell, location: param.in });
  // The table's required column is the authority for parameters; prose cannot override it.
  delete facts.required;
  const applied = applyProseFacts(base, facts);
  const description = meaningfulDescription(param.description);
  const result: ParameterObject = {
    name: param.name,
    in: param.in,
    ...(description ? { description } : {}),
    // Required exactly as the table says: Toggl's own contract agrees with its docs' Required column.
    required: param.in === "path" ? true : param.required,
    ...(applied.deprecated ? { deprecated: true } : {}),
    schema: applied.schema,
    [X_SOURCE]: sourceRef(param.source),
  };
  if (Object.keys(applied.inferred).length > 0) {
    result[X_INFERRED_FROM] = applied.inferred;
    for (const line of describeInferred(applied.inferred, applied.schema)) {
      log.inference("prose", `${param.in} parameter "${param.name}": ${line}`, param.source);
    }
  }
  return result;
}

/**
 * The operation's parameters: path parameters in template order, then query and header ones in
 * documented order.
 */
export function buildParameters(
  params: readonly TypedParameter[],
  path: string,
  operationSource: SourceLocation,
  log: ReportLog,
): ParameterObject[] {
  const merged = mergeDuplicates(params, log);
  const placeholders = pathParameterNames(path);
  const result: ParameterObject[] = [];
  for (const name of placeholders) {
    const declared = merged.find((p) => p.in === "path" && p.name === name);
    if (declared) {
      result.push(parameterObject(declared, log));
      continue;
    }
    log.repair("path-parameter-added", `path parameter "${name}" is in the URL but in no parameters table; added as a required string`, operationSource);
    result.push({ name, in: "path", required: true, schema: { type: "string" }, [X_SOURCE]: sourceRef(operationSource) });
  }
  for (const param of merged) {
    if (param.in === "path") {
      if (!placeholders.includes(param.name)) {
        log.warning("path-parameter-not-in-url", `path parameter "${param.name}" is declared but the URL ${path} has no {${param.name}}; left out of the spec`, param.source);
      }
      continue;
    }
    if (param.in === "header" && RESERVED_HEADERS.has(param.name.toLowerCase())) {
      log.repair(
        "reserved-header",
        `header "${param.name}" is expressed by the ${param.name.toLowerCase() === "authorization" ? "security scheme" : "media type"}, not as a parameter`,
        param.source,
      );
      continue;
    }
    result.push(parameterObject(param, log));
  }
  return result;
}
