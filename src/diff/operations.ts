import { dereferenceRecord } from "../openapi/pointer.js";
import { PATH_ITEM_METHODS, asRecord, isRecord, type JsonObject, type ParameterObject } from "../openapi/types.js";

/** One operation of a spec, with path-level parameters already merged in. */
export interface OperationView {
  /** `GET /clients/{id}`: how the operation is shown. */
  label: string;
  method: string;
  path: string;
  /** Path parameter names in template order: `{id}` and `{client_id}` in the same slot are one parameter. */
  pathSlots: string[];
  operation: JsonObject;
  /** Only those with a string `name` and `in`: one without cannot be matched across the two specs. */
  parameters: ParameterObject[];
}

/** The path with parameter names erased, so `/clients/{id}` and `/clients/{client_id}` match. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

function pathSlotsOf(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? "");
}

/** Operation-level parameters override path-level ones with the same `in` + name (OpenAPI rule). */
function mergedParameters(doc: unknown, pathLevel: unknown, operationLevel: unknown): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const list of [pathLevel, operationLevel]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = dereferenceRecord(doc, raw);
      if (typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
      // Checked as far as the diff relies on it; the other fields are read with their own checks.
      byKey.set(`${parameter.in}:${parameter.name}`, parameter as unknown as ParameterObject);
    }
  }
  return [...byKey.values()];
}

/** Operations keyed by `<path shape> <METHOD>`, in a fixed order (path shape, then method order). */
export function collectOperations(doc: unknown): Map<string, OperationView> {
  const views = new Map<string, OperationView>();
  const paths = asRecord(asRecord(doc).paths);
  for (const path of Object.keys(paths).sort()) {
    const item = dereferenceRecord(doc, paths[path]);
    for (const method of PATH_ITEM_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const key = `${pathShape(path)} ${PATH_ITEM_METHODS.indexOf(method)}`;
      if (views.has(key)) continue; // two templates differing only in names: invalid OpenAPI, first wins
      views.set(key, {
        label: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pathSlots: pathSlotsOf(path),
        operation,
        parameters: mergedParameters(doc, item.parameters, operation.parameters),
      });
    }
  }
  return views;
}
