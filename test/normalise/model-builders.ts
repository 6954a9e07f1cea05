/** Small builders for hand-made docs models in the normaliser's tests. */
import type { DocField, DocOperation, DocPage, DocParameter, DocResponse, HttpMethod } from "../../src/model/types.js";
import type { DecidedOperation } from "../../src/normalise/method-evidence.js";

let nextLine = 1;
export function at(line?: number, file = "docs/page.txt") {
  return { file, line: line ?? nextLine++ };
}

export function field(name: string, type: string, description = "-", extra: Partial<DocField> = {}): DocField {
  return { name, type, description, source: at(), ...extra };
}

export function param(name: string, where: DocParameter["in"], type = "integer", extra: Partial<DocParameter> = {}): DocParameter {
  return { name, in: where, type, required: where === "path", description: "-", source: at(), ...extra };
}

export function response(status: string, extra: Partial<DocResponse> = {}): DocResponse {
  return { status, description: "", source: at(), ...extra };
}

/** An operation whose heading states `method` (the normaliser will decide that method from it). */
export function operation(method: HttpMethod, url: string, title: string, extra: Partial<DocOperation> = {}): DecidedOperation {
  return {
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
  };
}

export function page(operations: DocOperation[], extra: Partial<DocPage> = {}): DocPage {
  return { file: "docs/page.txt", dialect: "test", title: "Clients", operations, diagnostics: [], ...extra };
}
