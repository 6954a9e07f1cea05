/**
 * Decides where every operation goes and what everything is called: one module and class per
 * namespace of `resolveMethodNames` (`toggl.timeEntries.list` → `time-entries.ts`, class
 * `TimeEntriesApi`, member `list`), and function/type names unique across the whole generated API
 * so that `index.ts` can re-export everything side by side. All choices follow document order, so
 * output is deterministic.
 */
import type { MethodName } from "./method-names.js";
import { camelCase, kebabCase, pascalCase, toIdentifier } from "../words/index.js";
import { claimName, operationIdFromRoute } from "./identifiers.js";
import type { SpecOperation, SpecSummary } from "./spec.js";

export interface PlannedOperation {
  spec: SpecOperation;
  /** The spec's operationId, or one derived from method + path. */
  operationId: string;
  functionName: string;
  /** The `OperationInfo` const in operations.ts. */
  constName: string;
  paramsType: string;
  responseType: string;
  /** The member name inside the namespace's class (or the client's, for a root method). */
  methodName: string;
}

export interface PlannedTag {
  /** The first tag of the namespace's first operation, for its class's JSDoc; undefined when untagged. */
  tag: string | undefined;
  /** Module file name without extension ("clients", "time-entries"). */
  fileName: string;
  className: string;
  /** The client's property holding this namespace's class ("timeEntries"); "" for methods on the client itself. */
  propertyName: string;
  operations: PlannedOperation[];
}

export interface ClientPlan {
  className: string;
  /** The client class without namespaces, for tree-shaken use with the standalone functions. */
  coreClassName: string;
  optionsName: string;
  tags: PlannedTag[];
}

/** Names every generated module imports or declares besides the per-operation ones. */
const MODULE_SCOPE_NAMES = [
  "ApiClient",
  "ApiDefaults",
  "ApiError",
  "ApiPromise",
  "BasicAuthOptions",
  "BearerAuthOptions",
  "ClientOptions",
  "HttpMethod",
  "OperationCaller",
  "OperationInfo",
  "OperationMethod",
  "RequestOptions",
  "bindOperation",
  "paths",
  "components",
  "operations",
  "webhooks",
  "$defs",
  "apiDefaults",
];

/** Members of the runtime's `ApiClient` a namespace property must not shadow. */
const CLIENT_MEMBER_NAMES = ["raw", "call", "paginate", "paginateAll", "quota", "constructor", "options", "defaults"];

/** Files the generator writes besides the namespace modules. */
const FIXED_FILE_NAMES = ["index", "schema", "operations"];

/** The module of methods that sit on the client itself (a namespace of ""). */
const ROOT_MODULE = "root";

export interface PlanOptions {
  /** Client properties taken by something else (the combined class's `reports`, `webhooks`). */
  reservedProperties?: readonly string[];
}

interface NamedOperation {
  op: SpecOperation;
  namespace: string;
  method: string;
}

function groupByNamespace(named: readonly NamedOperation[]): Map<string, NamedOperation[]> {
  const groups = new Map<string, NamedOperation[]>();
  for (const entry of named) {
    const group = groups.get(entry.namespace);
    if (group) group.push(entry);
    else groups.set(entry.namespace, [entry]);
  }
  return groups;
}

function claimNamespaceNames(
  namespace: string,
  taken: { files: Set<string>; identifiers: Set<string>; properties: Set<string> },
) {
  const noun = namespace === "" ? ROOT_MODULE : namespace;
  const fileName = claimName(kebabCase(noun) || "namespace", taken.files, { binding: false });
  const className = claimName(`${toIdentifier(pascalCase(noun), "Namespace")}Api`, taken.identifiers);
  if (namespace === "") return { fileName, className, propertyName: "" };
  const base = toIdentifier(namespace, "namespace");
  const propertyName = claimName(taken.properties.has(base) ? `${base}Api` : base, taken.properties, {
    binding: false,
  });
  return { fileName, className, propertyName };
}

function claimOperationNames(operationId: string, identifiers: Set<string>) {
  const camel = toIdentifier(camelCase(operationId), "operation");
  const pascal = toIdentifier(pascalCase(operationId), "Operation");
  // The four names of one operation move together, so `listClients2` pairs with `ListClients2Params`.
  const suffix = claimName("", identifiers, {
    expand: (n) => [`${camel}${n}`, `${camel}${n}Operation`, `${pascal}${n}Params`, `${pascal}${n}Response`],
  });
  return {
    functionName: `${camel}${suffix}`,
    constName: `${camel}${suffix}Operation`,
    paramsType: `${pascal}${suffix}Params`,
    responseType: `${pascal}${suffix}Response`,
  };
}

/** Each operation with its namespace and method from `resolveMethodNames` (keyed "GET /path"). */
function nameOperations(spec: SpecSummary, names: ReadonlyMap<string, MethodName>): NamedOperation[] {
  return spec.operations.map((op) => {
    const name = names.get(`${op.method.toUpperCase()} ${op.path}`);
    return { op, namespace: name?.namespace ?? "default", method: name?.method || "operation" };
  });
}

export function planClient(
  spec: SpecSummary,
  className: string,
  names: ReadonlyMap<string, MethodName>,
  options: PlanOptions = {},
): ClientPlan {
  const optionsName = `${className}Options`;
  const coreClassName = `${className}Core`;
  const identifiers = new Set([...MODULE_SCOPE_NAMES, className, optionsName, coreClassName]);
  const properties = new Set([...CLIENT_MEMBER_NAMES, ...(options.reservedProperties ?? [])]);
  const taken = { files: new Set(FIXED_FILE_NAMES), identifiers, properties };
  const groups = [...groupByNamespace(nameOperations(spec, names))];
  const namespaceNames = groups.map(([namespace]) => claimNamespaceNames(namespace, taken));
  return {
    className,
    coreClassName,
    optionsName,
    tags: groups.map(([, entries], i): PlannedTag => {
      // Within a class only exact clashes count (member names may be reserved words: `clients.delete`).
      const members = new Set(["constructor", ...(groups[i]![0] === "" ? properties : [])]);
      const operations = entries.map(({ op, method }) => {
        const operationId = op.operationId ?? operationIdFromRoute(op.method, op.path);
        return {
          spec: op,
          operationId,
          ...claimOperationNames(operationId, identifiers),
          methodName: claimName(toIdentifier(method, "operation"), members, { binding: false }),
        };
      });
      return { tag: entries[0]?.op.tags[0], ...namespaceNames[i]!, operations };
    }),
  };
}
