/**
 * `operations.ts`: data only. One `OperationInfo` const per operation, the route table the runtime
 * works from (the Octokit `endpoints.ts` idea): no functions, so bundlers drop what is unused.
 */
import { importStatement, lines } from "./format.js";
import type { PlannedOperation } from "./plan.js";

function stringList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

function errorMessagesLiteral(errorMessages: Record<string, string[]>): string {
  const entries = Object.entries(errorMessages).map(
    ([status, messages]) =>
      `    ${JSON.stringify(status)}: ${stringList(messages)},`,
  );
  return `{\n${entries.join("\n")}\n  }`;
}

/** One exported `OperationInfo` const; optional fields only when they carry something. */
export function operationInfoConst(op: PlannedOperation): string {
  const { spec } = op;
  const names = (location: string) =>
    spec.parameters.filter((p) => p.in === location).map((p) => p.name);
  const headerParams = names("header");
  const fields = [
    `operationId: ${JSON.stringify(op.operationId)}`,
    `method: ${JSON.stringify(spec.method)}`,
    `path: ${JSON.stringify(spec.path)}`,
    `pathParams: ${stringList(names("path"))}`,
    `queryParams: ${stringList(names("query"))}`,
    ...(headerParams.length > 0
      ? [`headerParams: ${stringList(headerParams)}`]
      : []),
    `hasBody: ${spec.body !== undefined}`,
    ...(Object.keys(spec.errorMessages).length > 0
      ? [`errorMessages: ${errorMessagesLiteral(spec.errorMessages)}`]
      : []),
  ];
  return `export const ${op.constName} = {\n${fields.map((f) => `  ${f},`).join("\n")}\n} as const satisfies OperationInfo;`;
}

export function renderOperationsModule(
  operations: readonly PlannedOperation[],
  runtimeImport: string,
): string {
  return lines(
    importStatement(["OperationInfo"], runtimeImport, true),
    "",
    operations.map(operationInfoConst).join("\n\n"),
  );
}
