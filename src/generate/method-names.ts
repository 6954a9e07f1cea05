/**
 * PROVISIONAL (client helper): where each operation sits on the client, `toggl.<namespace>.<method>`.
 * The names helper owns the naming rules and replaces this file at merge; the signature is the
 * contract the generator relies on. Here: `x-method-name: "timeEntries.list"` when the spec has it,
 * else today's rule (the first tag's noun as the namespace, the operationId minus that noun as the
 * method).
 */
import {
  camelCase,
  methodNamesForClass,
  operationIdFromRoute,
  toIdentifier,
} from "./names.js";

export interface MethodName {
  /** The client's property holding the operation's namespace ("timeEntries"); "" for a method on the client itself. */
  namespace: string;
  method: string;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

interface RawOperation {
  key: string;
  method: string;
  path: string;
  operation: Json;
}

function rawOperations(document: object): RawOperation[] {
  const paths = (document as { paths?: unknown }).paths;
  if (!isObject(paths)) return [];
  return Object.entries(paths).flatMap(([path, item]) =>
    isObject(item)
      ? METHODS.flatMap((method) => {
          const operation = item[method];
          return isObject(operation)
            ? [{ key: `${method.toUpperCase()} ${path}`, method, path, operation }]
            : [];
        })
      : [],
  );
}

/** `x-method-name: "ns.method"` (or "method"), when the spec carries one. */
function declaredName(operation: Json): MethodName | undefined {
  const raw = operation["x-method-name"];
  if (typeof raw !== "string" || raw === "") return undefined;
  const dot = raw.lastIndexOf(".");
  return dot < 0
    ? { namespace: "", method: raw }
    : { namespace: raw.slice(0, dot), method: raw.slice(dot + 1) };
}

/** Keyed by "<METHOD> <path>" ("GET /me/time_entries"), in document order. */
export function resolveMethodNames(document: object): Map<string, MethodName> {
  const operations = rawOperations(document);
  const names = new Map<string, MethodName>();
  const byTag = new Map<string | undefined, RawOperation[]>();
  for (const op of operations) {
    const declared = declaredName(op.operation);
    if (declared) {
      names.set(op.key, declared);
      continue;
    }
    const tags = op.operation.tags;
    const tag = Array.isArray(tags) && typeof tags[0] === "string" ? tags[0] : undefined;
    byTag.set(tag, [...(byTag.get(tag) ?? []), op]);
  }
  for (const [tag, ops] of byTag) {
    const namespace = toIdentifier(camelCase(tag ?? "default"), "tag");
    const ids = ops.map((op) =>
      typeof op.operation.operationId === "string" && op.operation.operationId !== ""
        ? op.operation.operationId
        : operationIdFromRoute(op.method, op.path),
    );
    const methods = methodNamesForClass(ids, tag, []);
    ops.forEach((op, i) => names.set(op.key, { namespace, method: methods[i] ?? "" }));
  }
  // Document order, whichever way each name was found.
  return new Map(operations.flatMap((op) => (names.has(op.key) ? [[op.key, names.get(op.key)!]] : [])));
}
