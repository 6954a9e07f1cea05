/**
 * Decides where every operation goes and what everything is called: one module and class per
 * (first) tag, and names that are unique across the whole generated API so that `index.ts` can
 * re-export everything side by side. All choices follow document order, so output is deterministic.
 */
import {
  camelCase,
  claimName,
  kebabCase,
  methodNamesForClass,
  operationIdFromRoute,
  pascalCase,
  toIdentifier,
} from "./names.js";
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
  /** The member name inside the tag's class. */
  methodName: string;
}

export interface PlannedTag {
  /** Undefined for the module of untagged operations. */
  tag: string | undefined;
  /** Module file name without extension ("clients", "time-entries", "default"). */
  fileName: string;
  className: string;
  /** The client's property holding this tag's class ("clients"). */
  propertyName: string;
  operations: PlannedOperation[];
}

export interface ClientPlan {
  className: string;
  optionsName: string;
  tags: PlannedTag[];
}

/** Names every generated module imports or declares besides the per-operation ones. */
const MODULE_SCOPE_NAMES = [
  "ApiClient",
  "ApiDefaults",
  "ApiError",
  "BasicAuthOptions",
  "BearerAuthOptions",
  "ClientOptions",
  "HttpMethod",
  "OperationCaller",
  "OperationInfo",
  "RequestOptions",
  "paths",
  "components",
  "operations",
  "webhooks",
  "$defs",
  "apiDefaults",
];

/** Members of the runtime's `ApiClient` a tag property must not shadow. */
const CLIENT_MEMBER_NAMES = [
  "raw",
  "call",
  "paginate",
  "quota",
  "constructor",
  "options",
  "defaults",
];

/** Members of every tag class besides its operations. */
const TAG_CLASS_MEMBER_NAMES = ["client", "constructor"];

/** Files the generator writes besides the tag modules. */
const FIXED_FILE_NAMES = ["index", "schema", "operations"];

function groupByFirstTag(
  operations: readonly SpecOperation[],
): Map<string | undefined, SpecOperation[]> {
  const groups = new Map<string | undefined, SpecOperation[]>();
  for (const op of operations) {
    const tag = op.tags[0];
    const group = groups.get(tag);
    if (group) group.push(op);
    else groups.set(tag, [op]);
  }
  return groups;
}

function claimTagNames(
  tag: string | undefined,
  taken: {
    files: Set<string>;
    identifiers: Set<string>;
    properties: Set<string>;
  },
) {
  const noun = tag ?? "default";
  const fileName = claimName(kebabCase(noun) || "tag", taken.files, {
    binding: false,
  });
  const className = claimName(
    `${toIdentifier(pascalCase(noun), "Tag")}Api`,
    taken.identifiers,
  );
  const base = toIdentifier(camelCase(noun), "tag");
  const propertyName = claimName(
    taken.properties.has(base) ? `${base}Api` : base,
    taken.properties,
    { binding: false },
  );
  return { fileName, className, propertyName };
}

function claimOperationNames(operationId: string, identifiers: Set<string>) {
  const camel = toIdentifier(camelCase(operationId), "operation");
  const pascal = toIdentifier(pascalCase(operationId), "Operation");
  // The four names of one operation move together, so `listClients2` pairs with `ListClients2Params`.
  const suffix = claimName("", identifiers, {
    expand: (n) => [
      `${camel}${n}`,
      `${camel}${n}Operation`,
      `${pascal}${n}Params`,
      `${pascal}${n}Response`,
    ],
  });
  return {
    functionName: `${camel}${suffix}`,
    constName: `${camel}${suffix}Operation`,
    paramsType: `${pascal}${suffix}Params`,
    responseType: `${pascal}${suffix}Response`,
  };
}

export function planClient(spec: SpecSummary, className: string): ClientPlan {
  const optionsName = `${className}Options`;
  const identifiers = new Set([...MODULE_SCOPE_NAMES, className, optionsName]);
  const taken = {
    files: new Set(FIXED_FILE_NAMES),
    identifiers,
    properties: new Set(CLIENT_MEMBER_NAMES),
  };
  const groups = [...groupByFirstTag(spec.operations)];
  const tagNames = groups.map(([tag]) => claimTagNames(tag, taken));
  const tags = groups.map(([tag, ops], i): PlannedTag => {
    const operationIds = ops.map(
      (op) => op.operationId ?? operationIdFromRoute(op.method, op.path),
    );
    const methodNames = methodNamesForClass(
      operationIds,
      tag,
      TAG_CLASS_MEMBER_NAMES,
    );
    const operations = ops.map((op, j) => {
      const operationId = operationIds[j] ?? "";
      return {
        spec: op,
        operationId,
        ...claimOperationNames(operationId, identifiers),
        methodName: methodNames[j] ?? "",
      };
    });
    return { tag, ...tagNames[i]!, operations };
  });
  return { className, optionsName, tags };
}
