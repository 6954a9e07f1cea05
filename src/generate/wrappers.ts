/**
 * One module per namespace: for each operation a Params and a Response type alias, a standalone
 * tree-shakeable function, and a class whose members are the runtime's `bindOperation` methods
 * (callable unbound, and carrying their operation, so `toggl.paginate(toggl.timeEntries.list, …)`
 * knows how it pages). Every wrapper is one line that hands the operation's data to the runtime.
 */
import {
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type PropertyDeclarationStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
} from "ts-morph";
import { functionDoc, jsDoc, operationDoc, tagDoc } from "./jsdoc.js";
import type { PlannedOperation, PlannedTag } from "./plan.js";
import { importDeclaration, MAX_LINE, printStatements, type Statement, withBlankLineBefore } from "./print.js";
import { operationTypeRef, paramsAreRequired, paramsTypeParts, responseTypeParts } from "./types.js";

export interface WrapperContext {
  runtimeImport: string;
  /** operationIds that occur once in the spec (only those are listed under `operations`). */
  uniqueOperationIds: ReadonlySet<string>;
  tagDescriptions: ReadonlyMap<string, string>;
}

function typeRef(op: PlannedOperation, context: WrapperContext): string {
  const id = op.spec.operationId;
  return operationTypeRef(op.spec, id !== undefined && context.uniqueOperationIds.has(id));
}

/**
 * `export type X = …;`. A long intersection or union puts one part per line; the printer indents
 * continuation lines one level.
 */
export function typeAlias(name: string, parts: readonly string[], separator: "&" | "|"): TypeAliasDeclarationStructure {
  const flat = parts.join(` ${separator} `);
  const fits = `export type ${name} = ${flat};`.length <= MAX_LINE;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    type: fits || parts.length === 1 ? flat : separator === "&" ? parts.join(" &\n") : parts.join("\n| "),
  };
}

function typeAliases(op: PlannedOperation, context: WrapperContext): TypeAliasDeclarationStructure[] {
  const ref = typeRef(op, context);
  return [
    typeAlias(op.paramsType, paramsTypeParts(op.spec, ref), "&"),
    typeAlias(op.responseType, responseTypeParts(op.spec, ref), "|"),
  ];
}

function paramsParameter(op: PlannedOperation): OptionalKind<ParameterDeclarationStructure> {
  return {
    name: "params",
    hasQuestionToken: !paramsAreRequired(op.spec),
    type: op.paramsType,
  };
}

const OPTIONS_PARAMETER: OptionalKind<ParameterDeclarationStructure> = {
  name: "options",
  hasQuestionToken: true,
  type: "RequestOptions",
};

function standaloneFunction(op: PlannedOperation, doc: string): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    docs: [jsDoc(doc)],
    isExported: true,
    name: op.functionName,
    parameters: [{ name: "client", type: "OperationCaller" }, paramsParameter(op), OPTIONS_PARAMETER],
    returnType: `ApiPromise<${op.responseType}>`,
    statements: [
      // An explicit type argument spares tsc inferring it from the return type, 1,000 times over.
      `return client.call<${op.responseType}>(${op.constName}, params, options);`,
    ],
  };
}

/** The method's params type argument: `| undefined` makes the params argument optional (`toggl.me.get()`). */
function methodParamsType(op: PlannedOperation): string {
  return paramsAreRequired(op.spec) ? op.paramsType : `${op.paramsType} | undefined`;
}

/** `OperationMethod<P, R>`: how a bound method is typed wherever it is declared. */
export function methodType(op: PlannedOperation): string {
  return `OperationMethod<${methodParamsType(op)}, ${op.responseType}>`;
}

/** `bindOperation<P, R>(caller, xOperation)`: the one expression that makes a method. */
export function bindExpression(op: PlannedOperation, caller: string): string {
  return `bindOperation<${methodParamsType(op)}, ${op.responseType}>(${caller}, ${op.constName})`;
}

function classMember(op: PlannedOperation, doc: string): OptionalKind<PropertyDeclarationStructure> {
  return {
    docs: [jsDoc(doc)],
    isReadonly: true,
    name: op.methodName,
    type: methodType(op),
  };
}

function tagClass(
  tag: PlannedTag,
  docs: readonly string[],
  description: string | undefined,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    docs: [jsDoc(tagDoc(tag.tag, description))],
    isExported: true,
    name: tag.className,
    properties: tag.operations.map((op, i) => {
      const member = classMember(op, docs[i] ?? "");
      return i === 0 ? member : withBlankLineBefore(member);
    }),
    ctors: [
      {
        parameters: [{ name: "client", type: "OperationCaller" }],
        // Assigned here rather than in field initializers, which could not see the parameter.
        statements: tag.operations.map((op) => `this${memberAccess(op.methodName)} = ${bindExpression(op, "client")};`),
      },
    ],
  };
}

/** `.name`, or `["name"]` for a member that is not an identifier. */
function memberAccess(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** The statements of one tag's module. */
function tagModuleStatements(tag: PlannedTag, context: WrapperContext): Statement[] {
  const docs = tag.operations.map((op) => operationDoc(op.spec));
  const hasClass = tag.propertyName !== "";
  const schemaTypes = new Set(
    tag.operations.map((op) => (typeRef(op, context).startsWith("operations[") ? "operations" : "paths")),
  );
  const description = tag.tag === undefined ? undefined : context.tagDescriptions.get(tag.tag);
  const declarations = tag.operations.flatMap((op, i) => [
    ...typeAliases(op, context),
    // Methods on the client itself keep the full docs there; namespace members have them here.
    standaloneFunction(op, hasClass ? functionDoc(op.spec, `${tag.className}.${op.methodName}`) : (docs[i] ?? "")),
  ]);
  return [
    ...(hasClass ? [importDeclaration(["bindOperation"], context.runtimeImport)] : []),
    importDeclaration(
      ["ApiPromise", "OperationCaller", ...(hasClass ? ["OperationMethod"] : []), "RequestOptions"],
      context.runtimeImport,
      true,
    ),
    importDeclaration([...schemaTypes].sort(), "./schema.js", true),
    importDeclaration(
      tag.operations.map((op) => op.constName),
      "./operations.js",
    ),
    ...declarations.map((d, i) => (i === 0 ? withBlankLineBefore(d) : d)),
    // Methods on the client itself (a namespace of "") are bound by the client class.
    ...(hasClass ? [tagClass(tag, docs, description)] : []),
  ];
}

export function renderTagModule(tag: PlannedTag, context: WrapperContext): string {
  return printStatements(`${tag.fileName}.ts`, tagModuleStatements(tag, context));
}
