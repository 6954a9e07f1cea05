/**
 * The normaliser's view of a docs operation: the readers' model, with the type cell of every field
 * and parameter parsed exactly once (`parseTypeCell`, doc-types.ts) when the normaliser first sees
 * it. Every later rule (capture merge, schemas, parameters, prose facts, reports of unknown types)
 * reads `typeCell`: the schema and whether it was understood. The cell's text (`type`) stays for
 * messages that quote the docs. A typed operation is still a `DecidedOperation` (a `DocOperation`
 * with its method decided), so rules that do not care about types (method evidence, security,
 * path spellings) take either.
 */
import type { DocBody, DocField, DocParameter, DocResponse } from "../model/types.js";
import { parseTypeCell, type TypeCell } from "./doc-types.js";
import type { DecidedOperation } from "./method-evidence.js";

export interface TypedField extends DocField {
  typeCell: TypeCell;
  children?: TypedField[];
}

export interface TypedParameter extends DocParameter {
  typeCell: TypeCell;
}

export interface TypedBody extends DocBody {
  fields: TypedField[];
  /** The body's own type cell (`type`, a row documenting the whole body), parsed. */
  typeCell?: TypeCell;
}

export interface TypedResponse extends DocResponse {
  fields?: TypedField[];
}

export interface TypedOperation extends DecidedOperation {
  parameters: TypedParameter[];
  body?: TypedBody;
  responses: TypedResponse[];
}

/** A fields table (and its nested tables) with each row's type cell parsed. */
export function typeFields(fields: readonly DocField[]): TypedField[] {
  return fields.map((field) => {
    const { children, ...row } = field;
    return { ...row, typeCell: parseTypeCell(field.type), ...(children ? { children: typeFields(children) } : {}) };
  });
}

export function typeParameter(param: DocParameter): TypedParameter {
  return { ...param, typeCell: parseTypeCell(param.type) };
}

/** The operation with every type cell parsed; the reader's objects are not changed. */
export function typeOperation(op: DecidedOperation): TypedOperation {
  const { body, ...rest } = op;
  return {
    ...rest,
    parameters: op.parameters.map(typeParameter),
    ...(body
      ? {
          body: {
            ...body,
            fields: typeFields(body.fields),
            ...(body.type !== undefined ? { typeCell: parseTypeCell(body.type) } : {}),
          },
        }
      : {}),
    responses: op.responses.map((response) => {
      const { fields, ...shown } = response;
      return { ...shown, ...(fields ? { fields: typeFields(fields) } : {}) };
    }),
  };
}
