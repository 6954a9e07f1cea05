/**
 * The same operation (method + path) documented by two captures: the later capture wins, and
 * every difference between them becomes a report conflict naming both sources, because docs
 * drift between captures is exactly what a reviewer needs to see.
 */
import type { DocOperation, HttpMethod, SourceLocation } from "../model/types.js";
import { parameterKey } from "./parameters.js";
import { sourceRef } from "./provenance.js";
import { isObjectType, sameTypeCell } from "./doc-types.js";
import type { ReportLog } from "./report.js";
import type { TypedField, TypedOperation, TypedParameter, TypedResponse } from "./typed-model.js";

/** An operation with the page it came from and its OpenAPI path. */
export interface PlacedOperation {
  /** The operation, its method decided from the page's evidence and its type cells parsed. */
  op: TypedOperation;
  /** The page's file. */
  file: string;
  /** The page's title ("" when the capture has none). */
  pageTitle: string;
  path: string;
  /** The operation's own server, when its URL is outside the API's base path (see paths.ts). */
  server?: string;
  /** Every capture that documented this operation, oldest first (filled in by `mergeCaptures`). */
  captures: SourceLocation[];
}

export interface Difference {
  message: string;
  /** Where the difference shows in the newer capture (the older one's location when removed). */
  source: SourceLocation;
}

export function operationKey(method: HttpMethod, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function same(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

/** A title read from a real heading beats one a reader made up from the description of a heading-less capture. */
const hasHeading = (op: DocOperation) =>
  op.methodEvidence.some((e) => e.from === "heading" || e.from === "method-block");

function fieldsByName(fields: readonly TypedField[]): Map<string, TypedField> {
  return new Map(fields.map((field) => [field.name, field]));
}

/** Field-level differences, recursing into nested tables (`items.name`). */
export function diffFields(
  older: readonly TypedField[],
  newer: readonly TypedField[],
  where: string,
  prefix = "",
): Difference[] {
  const differences: Difference[] = [];
  const before = fieldsByName(older);
  const after = fieldsByName(newer);
  for (const [name, field] of after) {
    const was = before.get(name);
    const label = `${where} field "${prefix}${name}"`;
    if (!was) {
      differences.push({ message: `${label} added`, source: field.source });
      continue;
    }
    if (!sameTypeCell(was.typeCell, field.typeCell)) {
      differences.push({
        message: `${label} type changed from "${was.type}" to "${field.type}"`,
        source: field.source,
      });
    }
    if (was.required !== field.required && was.required !== undefined && field.required !== undefined) {
      differences.push({
        message: `${label} required changed from ${was.required} to ${field.required}`,
        source: field.source,
      });
    }
    if (!same(was.description, field.description)) {
      differences.push({ message: `${label} description changed`, source: field.source });
    }
    differences.push(...diffFields(was.children ?? [], field.children ?? [], where, `${prefix}${name}.`));
  }
  for (const [name, field] of before) {
    if (!after.has(name))
      differences.push({ message: `${where} field "${prefix}${name}" removed`, source: field.source });
  }
  return differences;
}

function diffParameters(older: readonly TypedParameter[], newer: readonly TypedParameter[]): Difference[] {
  const differences: Difference[] = [];
  const before = new Map(older.map((p) => [parameterKey(p), p]));
  const after = new Map(newer.map((p) => [parameterKey(p), p]));
  for (const [key, param] of after) {
    const was = before.get(key);
    const label = `${param.in} parameter "${param.name}"`;
    if (!was) {
      differences.push({ message: `${label} added`, source: param.source });
      continue;
    }
    if (!sameTypeCell(was.typeCell, param.typeCell))
      differences.push({
        message: `${label} type changed from "${was.type}" to "${param.type}"`,
        source: param.source,
      });
    if (was.required !== param.required)
      differences.push({
        message: `${label} required changed from ${was.required} to ${param.required}`,
        source: param.source,
      });
    if (!same(was.description, param.description))
      differences.push({ message: `${label} description changed`, source: param.source });
  }
  for (const [key, param] of before) {
    if (!after.has(key))
      differences.push({ message: `${param.in} parameter "${param.name}" removed`, source: param.source });
  }
  return differences;
}

function diffResponses(older: readonly TypedResponse[], newer: readonly TypedResponse[]): Difference[] {
  const differences: Difference[] = [];
  const before = new Map(older.map((r) => [r.status, r]));
  const after = new Map(newer.map((r) => [r.status, r]));
  for (const [status, response] of after) {
    const was = before.get(status);
    if (!was) {
      differences.push({ message: `response ${status} added`, source: response.source });
      continue;
    }
    if (!same(was.description, response.description))
      differences.push({ message: `response ${status} description changed`, source: response.source });
    if ((was.messages ?? []).join("\n") !== (response.messages ?? []).join("\n")) {
      differences.push({ message: `response ${status} error messages changed`, source: response.source });
    }
    differences.push(...diffFields(was.fields ?? [], response.fields ?? [], `response ${status}`));
  }
  for (const [status, response] of before) {
    if (!after.has(status)) differences.push({ message: `response ${status} removed`, source: response.source });
  }
  return differences;
}

/** Every documented difference between two captures of one operation. */
export function diffOperations(older: TypedOperation, newer: TypedOperation): Difference[] {
  const differences: Difference[] = [];
  if (!same(older.title, newer.title) && hasHeading(newer))
    differences.push({ message: `title changed from "${older.title}" to "${newer.title}"`, source: newer.source });
  if (!same(older.description, newer.description))
    differences.push({ message: "description changed", source: newer.source });
  differences.push(...diffParameters(older.parameters, newer.parameters));
  if (older.body && !newer.body) differences.push({ message: "request body removed", source: older.body.source });
  else if (!older.body && newer.body) differences.push({ message: "request body added", source: newer.body.source });
  else if (older.body && newer.body) differences.push(...diffFields(older.body.fields, newer.body.fields, "body"));
  differences.push(...diffResponses(older.responses, newer.responses));
  const permissions = (op: DocOperation) => (op.requiredPermissions ?? []).join(", ");
  if (permissions(older) !== permissions(newer)) {
    differences.push({
      message: `required permissions changed from [${permissions(older)}] to [${permissions(newer)}]`,
      source: newer.source,
    });
  }
  return differences;
}

/**
 * A newer capture that lists an object field without its nested table (e.g. `subscription | object`)
 * does not contradict an older capture that spelled the object out; it just shows less. The older
 * nested fields are kept so that nothing documented is lost, and each carry-over is reported.
 */
function keepOlderDetail(
  older: readonly TypedField[],
  newer: readonly TypedField[],
  where: string,
  log: ReportLog,
  prefix = "",
): TypedField[] {
  const before = fieldsByName(older);
  return newer.map((field) => {
    const was = before.get(field.name);
    if (!was?.children?.length || !isObjectType(field.typeCell) || !isObjectType(was.typeCell)) return field;
    if (!field.children?.length) {
      log.repair(
        "capture-detail-kept",
        `${where} field "${prefix}${field.name}": the later capture gives no nested table; kept the ${was.children.length} nested fields of ${sourceRef(was.source)}`,
        field.source,
      );
      return { ...field, children: was.children };
    }
    return { ...field, children: keepOlderDetail(was.children, field.children, where, log, `${prefix}${field.name}.`) };
  });
}

function combineCaptures(earlier: TypedOperation, current: TypedOperation, log: ReportLog): TypedOperation {
  const olderResponses = new Map(earlier.responses.map((r) => [r.status, r]));
  return {
    ...current,
    // A capture of one operation on its own page has no section or anchor; the earlier page's still apply.
    section: current.section || earlier.section,
    anchor: current.anchor ?? earlier.anchor,
    title: hasHeading(current) || !hasHeading(earlier) ? current.title : earlier.title,
    body:
      current.body && earlier.body
        ? { ...current.body, fields: keepOlderDetail(earlier.body.fields, current.body.fields, "body", log) }
        : current.body,
    responses: current.responses.map((response) => {
      const was = olderResponses.get(response.status);
      return was?.fields && response.fields
        ? { ...response, fields: keepOlderDetail(was.fields, response.fields, `response ${response.status}`, log) }
        : response;
    }),
  };
}

/**
 * One operation per method + path, in order of first appearance; where a later capture documents
 * the same operation, it replaces the earlier one and the differences are reported.
 */
export function mergeCaptures(placed: readonly PlacedOperation[], log: ReportLog): PlacedOperation[] {
  const byKey = new Map<string, PlacedOperation>();
  for (const current of placed) {
    const key = operationKey(current.op.method, current.path);
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, { ...current, captures: [current.op.source] });
      continue;
    }
    const between = `${sourceRef(earlier.op.source)} → ${sourceRef(current.op.source)}`;
    for (const difference of diffOperations(earlier.op, current.op)) {
      log.conflict(
        "capture-drift",
        `${key}: ${difference.message} (${between}; the later capture wins)`,
        difference.source,
      );
    }
    const op = combineCaptures(earlier.op, current.op, log);
    byKey.set(key, {
      ...current,
      op,
      pageTitle: current.pageTitle || earlier.pageTitle,
      captures: [...earlier.captures, current.op.source],
    });
  }
  return [...byKey.values()];
}
