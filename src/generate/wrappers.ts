/**
 * One module per tag: for each operation a Params and a Response type alias, a standalone
 * tree-shakeable function, and a class whose members are arrow-function properties (so
 * `client.clients.list` can be passed around unbound, e.g. to `paginate`). Every wrapper is one
 * line that hands the operation's data to the runtime.
 */
import { importStatement, lines } from "./format.js";
import { operationDoc, renderJsDoc, tagDoc } from "./jsdoc.js";
import type { PlannedOperation, PlannedTag } from "./plan.js";
import {
  operationTypeRef,
  paramsAreRequired,
  paramsTypeParts,
  responseTypeParts,
} from "./types.js";

export interface WrapperContext {
  runtimeImport: string;
  /** operationIds that occur once in the spec (only those are listed under `operations`). */
  uniqueOperationIds: ReadonlySet<string>;
  tagDescriptions: ReadonlyMap<string, string>;
}

function typeRef(op: PlannedOperation, context: WrapperContext): string {
  const id = op.spec.operationId;
  return operationTypeRef(
    op.spec,
    id !== undefined && context.uniqueOperationIds.has(id),
  );
}

/** `export type X = …;`, the parts of an intersection or union one per line when it is long. */
export function typeAlias(
  name: string,
  parts: readonly string[],
  separator: "&" | "|",
): string {
  const flat = `export type ${name} = ${parts.join(` ${separator} `)};`;
  if (flat.length <= 100) return flat;
  if (parts.length === 1) return `export type ${name} =\n  ${parts[0]};`;
  return separator === "&"
    ? `export type ${name} = ${parts.join(" &\n  ")};`
    : `export type ${name} =\n${parts.map((p) => `  | ${p}`).join("\n")};`;
}

function typeAliases(op: PlannedOperation, context: WrapperContext): string {
  const ref = typeRef(op, context);
  return lines(
    typeAlias(op.paramsType, paramsTypeParts(op.spec, ref), "&"),
    typeAlias(op.responseType, responseTypeParts(op.spec, ref), "|"),
  );
}

function paramsDeclaration(op: PlannedOperation): string {
  return `params${paramsAreRequired(op.spec) ? "" : "?"}: ${op.paramsType}`;
}

function standaloneFunction(op: PlannedOperation, doc: string): string {
  return lines(
    renderJsDoc(doc),
    `export function ${op.functionName}(`,
    "  client: OperationCaller,",
    `  ${paramsDeclaration(op)},`,
    "  options?: RequestOptions,",
    `): Promise<${op.responseType}> {`,
    // An explicit type argument spares tsc inferring it from the return type, 1,000 times over.
    `  return client.call<${op.responseType}>(${op.constName}, params, options);`,
    "}",
  );
}

function classMember(op: PlannedOperation, doc: string): string {
  return lines(
    renderJsDoc(doc, "  "),
    `  readonly ${op.methodName} = (`,
    `    ${paramsDeclaration(op)},`,
    "    options?: RequestOptions,",
    `  ): Promise<${op.responseType}> => ${op.functionName}(this.client, params, options);`,
  );
}

export function renderTagModule(
  tag: PlannedTag,
  context: WrapperContext,
): string {
  const docs = tag.operations.map((op) => operationDoc(op.spec));
  const schemaTypes = new Set(
    tag.operations.map((op) =>
      typeRef(op, context).startsWith("operations[") ? "operations" : "paths",
    ),
  );
  const description =
    tag.tag === undefined ? undefined : context.tagDescriptions.get(tag.tag);
  return lines(
    importStatement(
      ["OperationCaller", "RequestOptions"],
      context.runtimeImport,
      true,
    ),
    importStatement([...schemaTypes].sort(), "./schema.js", true),
    importStatement(
      tag.operations.map((op) => op.constName),
      "./operations.js",
    ),
    "",
    tag.operations
      .map(
        (op, i) =>
          `${typeAliases(op, context)}\n${standaloneFunction(op, docs[i] ?? "")}`,
      )
      .join("\n"),
    renderJsDoc(tagDoc(tag.tag, description)),
    `export class ${tag.className} {`,
    "  constructor(private readonly client: OperationCaller) {}",
    "",
    tag.operations
      .map((op, i) => classMember(op, docs[i] ?? ""))
      .join("\n")
      .trimEnd(),
    "}",
  );
}
