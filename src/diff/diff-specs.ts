import { compareMethodNames, methodNamesOf, methodNameText } from "./compare-method-names.js";
import { compareOperation } from "./compare-operation.js";
import { isRecord } from "../openapi/types.js";
import { collectOperations } from "./operations.js";
import type { SpecChange, SpecDiff } from "./types.js";

/** Both inputs must at least look like OpenAPI 3.x; anything else is a caller mistake worth naming. */
function assertOpenApi3(doc: object, which: string): void {
  const version = isRecord(doc) ? doc.openapi : undefined;
  if (typeof version !== "string" || !version.startsWith("3.")) {
    throw new TypeError(`${which} spec is not an OpenAPI 3.x document (openapi: ${JSON.stringify(version ?? null)})`);
  }
}

function summarise(changes: SpecChange[]): SpecDiff["summary"] {
  return {
    breaking: changes.filter((c) => c.level === "breaking").length,
    warning: changes.filter((c) => c.level === "warning").length,
    info: changes.filter((c) => c.level === "info").length,
  };
}

/**
 * The API changes from `oldDoc` to `newDoc`, classified as oasdiff does. Operations are matched
 * by method + path shape (path parameter names ignored); changes come out ordered by path, then
 * method, then position inside the operation, independent of key order in either document. An
 * operation whose generated method name changed (`x-method-name`, else the naming rules) is breaking.
 */
export function diffSpecs(oldDoc: object, newDoc: object): SpecDiff {
  assertOpenApi3(oldDoc, "old");
  assertOpenApi3(newDoc, "new");
  const before = collectOperations(oldDoc);
  const after = collectOperations(newDoc);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const oldNames = methodNamesOf(oldDoc);
  const newNames = methodNamesOf(newDoc);
  const named = (message: string, name: string | undefined) => (name ? `${message} (method ${name})` : message);
  const changes: SpecChange[] = [];
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    if (old && !now) {
      const message = named("operation removed", methodNameText(oldNames, old.label));
      changes.push({ kind: "removed", level: "breaking", operation: old.label, location: "operation", message });
    } else if (!old && now) {
      const message = named("new operation", methodNameText(newNames, now.label));
      changes.push({ kind: "added", level: "info", operation: now.label, location: "operation", message });
    } else if (old && now) {
      const found = [
        ...compareMethodNames(oldNames, old.label, newNames, now.label),
        ...compareOperation(oldDoc, old, newDoc, now),
      ];
      changes.push(...found.map((c) => ({ ...c, operation: now.label })));
    }
  }
  return { changes, summary: summarise(changes) };
}
