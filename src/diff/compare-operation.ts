import { compareDeprecation, compareDescription } from "./compare-facts.js";
import { compareFieldMaps, type LocatedChange } from "./compare-fields.js";
import { compareParameters } from "./compare-parameters.js";
import { fieldMapOf } from "./field-map.js";
import { preferredMediaType } from "../openapi/media-type.js";
import { dereferenceRecord } from "../openapi/pointer.js";
import { asRecord, type JsonObject } from "../openapi/types.js";
import type { OperationView } from "./operations.js";
import type { Direction } from "./types.js";

/** Media types the server stops accepting (request) or producing (response) break clients using them. */
function compareMediaTypes(old: JsonObject, now: JsonObject, location: string, direction: Direction): LocatedChange[] {
  const verb = direction === "request" ? "accepted" : "returned";
  const changes: LocatedChange[] = [];
  for (const type of Object.keys(old).sort()) {
    if (!(type in now))
      changes.push({ kind: "removed", level: "breaking", location, message: `media type ${type} no longer ${verb}` });
  }
  for (const type of Object.keys(now).sort()) {
    if (!(type in old))
      changes.push({ kind: "added", level: "info", location, message: `media type ${type} now ${verb}` });
  }
  return changes;
}

function compareRequestBodies(
  oldDoc: unknown,
  old: OperationView,
  newDoc: unknown,
  now: OperationView,
): LocatedChange[] {
  const hasBefore = old.operation.requestBody !== undefined;
  const hasAfter = now.operation.requestBody !== undefined;
  const before = dereferenceRecord(oldDoc, old.operation.requestBody);
  const after = dereferenceRecord(newDoc, now.operation.requestBody);
  if (!hasBefore && !hasAfter) return [];
  if (!hasBefore) {
    const required = after.required === true;
    return [
      {
        kind: "added",
        level: required ? "breaking" : "info",
        location: "body",
        message: `new ${required ? "required" : "optional"} request body`,
      },
    ];
  }
  if (!hasAfter) return [{ kind: "removed", level: "info", location: "body", message: "request body removed" }];

  const oldContent = asRecord(before.content);
  const newContent = asRecord(after.content);
  const oldSchema = asRecord(oldContent[preferredMediaType(oldContent) ?? ""]).schema;
  const newSchema = asRecord(newContent[preferredMediaType(newContent) ?? ""]).schema;
  return [
    ...compareMediaTypes(oldContent, newContent, "body", "request"),
    ...compareFieldMaps(
      fieldMapOf(oldDoc, oldSchema, "body", before.required === true, "request"),
      fieldMapOf(newDoc, newSchema, "body", after.required === true, "request"),
      "request",
    ),
  ];
}

function compareResponses(oldDoc: unknown, old: OperationView, newDoc: unknown, now: OperationView): LocatedChange[] {
  const before = asRecord(old.operation.responses);
  const after = asRecord(now.operation.responses);
  const changes: LocatedChange[] = [];
  for (const status of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const location = `response ${status}`;
    if (!(status in after)) {
      // Clients branch on success statuses; losing an error status only removes a documented failure.
      const success = status.startsWith("2");
      changes.push({
        kind: "removed",
        level: success ? "breaking" : "info",
        location,
        message: `response status ${status} removed`,
      });
      continue;
    }
    if (!(status in before)) {
      changes.push({ kind: "added", level: "info", location, message: `new response status ${status}` });
      continue;
    }
    const a = dereferenceRecord(oldDoc, before[status]);
    const b = dereferenceRecord(newDoc, after[status]);
    const oldContent = asRecord(a.content);
    const newContent = asRecord(b.content);
    const oldSchema = asRecord(oldContent[preferredMediaType(oldContent) ?? ""]).schema;
    const newSchema = asRecord(newContent[preferredMediaType(newContent) ?? ""]).schema;
    changes.push(...compareMediaTypes(oldContent, newContent, location, "response"));
    changes.push(
      ...compareDescription(stringOr(a.description), stringOr(b.description), `response ${status}`).map((c) => ({
        ...c,
        location,
      })),
    );
    if (oldSchema === undefined && newSchema === undefined) continue;
    changes.push(
      ...compareFieldMaps(
        fieldMapOf(oldDoc, oldSchema, status, true, "response"),
        fieldMapOf(newDoc, newSchema, status, true, "response"),
        "response",
      ),
    );
  }
  return changes;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Operation-level facts: deprecation, operationId (generated method names hang on it), texts. */
function compareOperationFacts(old: OperationView, now: OperationView): LocatedChange[] {
  const a = old.operation;
  const b = now.operation;
  const changes: LocatedChange[] = [
    ...compareDeprecation(a.deprecated === true, b.deprecated === true, "operation"),
    ...compareDescription(stringOr(a.summary), stringOr(b.summary), "operation summary").map((c) => ({
      ...c,
      message: "operation summary changed",
    })),
    ...compareDescription(stringOr(a.description), stringOr(b.description), "operation"),
  ].map((c) => ({ ...c, location: "operation" }));
  if (stringOr(a.operationId) !== stringOr(b.operationId)) {
    changes.push({
      kind: "changed",
      level: "warning",
      location: "operation",
      message: `operationId changed from ${stringOr(a.operationId) ?? "none"} to ${stringOr(b.operationId) ?? "none"} (generated method names change)`,
    });
  }
  return changes;
}

/** All changes inside one operation present in both specs, in a fixed order. */
export function compareOperation(
  oldDoc: unknown,
  old: OperationView,
  newDoc: unknown,
  now: OperationView,
): LocatedChange[] {
  return [
    ...compareOperationFacts(old, now),
    ...compareParameters(oldDoc, old, newDoc, now),
    ...compareRequestBodies(oldDoc, old, newDoc, now),
    ...compareResponses(oldDoc, old, newDoc, now),
  ];
}
