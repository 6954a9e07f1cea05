/**
 * Path, query and header parameters. Path parameters are always required and must match the
 * template exactly (OpenAPI validators reject a spec where they do not), so the template is the
 * authority: a placeholder no table declares is added, a declared one the URL lacks is reported.
 */
import type { DocParameter } from "../model/types.js";
import { sameTypeCell, type JsonSchema } from "./doc-types.js";
import { documentedEnum } from "./documented-enum.js";
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
 * Headers OpenAPI describes elsewhere ("If in is header and the name is Accept, Content-Type or
 * Authorization, the parameter definition SHALL be ignored"): not emitted, and reported. The body's
 * media type and the security schemes say the same thing (an Authorization row is auth evidence,
 * `security.ts`). The one place this is decided: readers keep such rows.
 */
const RESERVED_HEADERS = new Set(["content-type", "accept", "authorization"]);

/** One key per parameter: `in` + name, header names case-insensitively. */
export function parameterKey(p: DocParameter): string {
  // Header names are case-insensitive; path and query names are not.
  return `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
}

/** How two declarations of one parameter differ in what the spec says of it (type, required); [] when they agree. */
function declarationConflicts(first: TypedParameter, second: TypedParameter): string[] {
  const conflicts: string[] = [];
  if (!sameTypeCell(first.typeCell, second.typeCell)) conflicts.push(`type "${first.type}" vs "${second.type}"`);
  if (first.in !== "path" && first.required !== second.required)
    conflicts.push(`required ${first.required} vs ${second.required}`);
  return conflicts;
}

/**
 * One declaration per parameter, decided here and nowhere else (readers keep every row). A repeated
 * declaration that agrees on type and required is merged into the first (its description fills an
 * empty one) and reported as a repair; one that disagrees is left out, the first kept whole, and the
 * conflict reported with both lines.
 */
function mergeDuplicateParameters(params: readonly TypedParameter[], log: ReportLog): TypedParameter[] {
  const byKey = new Map<string, TypedParameter>();
  for (const param of params) {
    const key = parameterKey(param);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, param);
      continue;
    }
    const both = `${sourceRef(first.source)} and ${sourceRef(param.source)}`;
    const conflicts = declarationConflicts(first, param);
    if (conflicts.length > 0) {
      log.conflict(
        "parameter-conflict",
        `${param.in} parameter "${param.name}" is declared twice, at ${both}, with ${conflicts.join(", ")}; the first declaration is kept`,
        param.source,
      );
      continue;
    }
    const firstSays = meaningfulDescription(first.description);
    const secondSays = meaningfulDescription(param.description);
    const dropped =
      firstSays && secondSays && firstSays !== secondSays
        ? `; the second's description "${secondSays}" is dropped`
        : "";
    log.repair(
      "parameter-merged",
      `${param.in} parameter "${param.name}" is declared twice, at ${both}, alike; merged into the first${dropped}`,
      param.source,
    );
    if (!firstSays && secondSays) byKey.set(key, { ...first, description: param.description });
  }
  return [...byKey.values()];
}

function parameterObject(param: TypedParameter, log: ReportLog): ParameterObject {
  const typed = param.typeCell;
  const base: JsonSchema =
    typed.understood && Object.keys(typed.schema).length > 0 ? structuredClone(typed.schema) : { type: "string" };
  if (!typed.understood) {
    base["x-docs-type"] = typed.text;
    log.warning(
      "unknown-type",
      `${param.in} parameter "${param.name}": type "${param.type}" is not understood; typed as string`,
      param.source,
    );
  }
  const facts = inferFromProse(param.description, { name: param.name, type: param.typeCell, location: param.in });
  // The table's required column is the authority for parameters; prose cannot override it.
  delete facts.required;
  const listed = documentedEnum(param.enum, base, param.source.line);
  if (listed) facts.enum = listed;
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
  const merged = mergeDuplicateParameters(params, log);
  const placeholders = pathParameterNames(path);
  const result: ParameterObject[] = [];
  for (const name of placeholders) {
    const declared = merged.find((p) => p.in === "path" && p.name === name);
    if (declared) {
      result.push(parameterObject(declared, log));
      continue;
    }
    log.repair(
      "path-parameter-added",
      `path parameter "${name}" is in the URL but in no parameters table; added as a required string`,
      operationSource,
    );
    result.push({
      name,
      in: "path",
      required: true,
      schema: { type: "string" },
      [X_SOURCE]: sourceRef(operationSource),
    });
  }
  for (const param of merged) {
    if (param.in === "path") {
      if (!placeholders.includes(param.name)) {
        log.warning(
          "path-parameter-not-in-url",
          `path parameter "${param.name}" is declared but the URL ${path} has no {${param.name}}; left out of the spec`,
          param.source,
        );
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
