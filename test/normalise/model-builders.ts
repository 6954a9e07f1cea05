/**
 * Small builders for hand-made docs models in the normaliser's tests. Fields, parameters and
 * operations come back typed (their type cells parsed, as the normaliser does when it first sees
 * them), so they suit both the rules that read `typeCell` and those that take the plain model.
 */
import type { DocField, DocOperation, DocPage, DocParameter, DocResponse, HttpMethod } from "../../src/model/types.js";
import {
  typeFields,
  typeOperation,
  typeParameter,
  type TypedField,
  type TypedOperation,
  type TypedParameter,
  type TypedResponse,
} from "../../src/normalise/typed-model.js";

let nextLine = 1;
export function at(line?: number, file = "docs/page.txt") {
  return { file, line: line ?? nextLine++ };
}

export function field(name: string, type: string, description = "-", extra: Partial<DocField> = {}): TypedField {
  return typeFields([{ name, type, description, source: at(), ...extra }])[0]!;
}

export function param(
  name: string,
  where: DocParameter["in"],
  type = "integer",
  extra: Partial<DocParameter> = {},
): TypedParameter {
  return typeParameter({ name, in: where, type, required: where === "path", description: "-", source: at(), ...extra });
}

export function response(status: string, extra: Partial<DocResponse> = {}): TypedResponse {
  const { fields, ...rest } = extra;
  return { status, description: "", source: at(), ...rest, ...(fields ? { fields: typeFields(fields) } : {}) };
}

/** An operation whose heading states `method` (the normaliser will decide that method from it). */
export function operation(
  method: HttpMethod,
  url: string,
  title: string,
  extra: Partial<DocOperation> = {},
): TypedOperation {
  return typeOperation({
    method,
    url,
    title,
    description: `${title}.`,
    section: "Clients",
    methodEvidence: [{ from: "heading", method, source: at() }],
    parameters: [],
    responses: [response("200")],
    source: at(),
    ...extra,
  });
}

export function page(operations: DocOperation[], extra: Partial<DocPage> = {}): DocPage {
  return { file: "docs/page.txt", dialect: "test", title: "Clients", operations, diagnostics: [], ...extra };
}
