/**
 * `operations.ts`: data only. One `OperationInfo` const per operation, the route table the runtime
 * works from (the Octokit `endpoints.ts` idea): no functions, so bundlers drop what is unused.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { PlannedOperation } from "./plan.js";
import { importDeclaration, printStatements, withBlankLineBefore } from "./print.js";

function stringList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

function errorMessagesLiteral(errorMessages: Record<string, string[]>): string {
  const entries = Object.entries(errorMessages).map(
    ([status, messages]) => `${JSON.stringify(status)}: ${stringList(messages)}`,
  );
  return `{ ${entries.join(", ")} }`;
}

/**
 * One exported `OperationInfo` const; optional fields only when they carry something. The object
 * stays on one line (a route table row): the printer would indent the lines of a multi-line
 * initializer one level too deep.
 */
export function operationInfoConst(op: PlannedOperation): VariableStatementStructure {
  const { spec } = op;
  const names = (location: string) => spec.parameters.filter((p) => p.in === location).map((p) => p.name);
  const headerParams = names("header");
  const fields = [
    `operationId: ${JSON.stringify(op.operationId)}`,
    `method: ${JSON.stringify(spec.method)}`,
    `path: ${JSON.stringify(spec.path)}`,
    `pathParams: ${stringList(names("path"))}`,
    `queryParams: ${stringList(names("query"))}`,
    ...(headerParams.length > 0 ? [`headerParams: ${stringList(headerParams)}`] : []),
    `hasBody: ${spec.body !== undefined}`,
    ...(spec.serverUrl ? [`serverUrl: ${JSON.stringify(spec.serverUrl)}`] : []),
    // application/json read as JSON is the runtime's default: said only when it is something else.
    ...(spec.response.mediaType && spec.response.mediaType !== "application/json"
      ? [`responseMediaType: ${JSON.stringify(spec.response.mediaType)}`]
      : []),
    ...(spec.response.kind !== "json" ? [`responseKind: ${JSON.stringify(spec.response.kind)}`] : []),
    ...(spec.pagination ? [`pagination: ${JSON.stringify(spec.pagination)}`] : []),
    ...(Object.keys(spec.errorMessages).length > 0
      ? [`errorMessages: ${errorMessagesLiteral(spec.errorMessages)}`]
      : []),
  ];
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: op.constName,
        // Annotated, not `as const`: the declaration users' compilers read stays one line per operation.
        type: "OperationInfo",
        initializer: `{ ${fields.join(", ")} }`,
      },
    ],
  };
}

export function renderOperationsModule(operations: readonly PlannedOperation[], runtimeImport: string): string {
  return printStatements("operations.ts", [
    importDeclaration(["OperationInfo"], runtimeImport, true),
    ...operations.map((op) => withBlankLineBefore(operationInfoConst(op))),
  ]);
}
