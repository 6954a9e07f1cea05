/**
 * One URL documented with different placeholder names (`/projects/{project_id}` on one page,
 * `/projects/{id}` on another) must become one OpenAPI path: validators reject two paths that
 * differ only in parameter names. The first spelling wins; later operations are renamed to it.
 */
import type { DocOperation } from "../model/types.js";
import { pathParameterNames, pathShapeKey } from "./paths.js";
import type { ReportLog } from "./report.js";

export interface PathedOperation {
  op: DocOperation;
  path: string;
}

/** Renames placeholders (and their path parameters) to the first spelling of the same URL. */
export function unifyPathSpellings<T extends PathedOperation>(items: readonly T[], log: ReportLog): T[] {
  const firstSpelling = new Map<string, string>();
  return items.map((item) => {
    const key = pathShapeKey(item.path);
    const first = firstSpelling.get(key);
    if (first === undefined) {
      firstSpelling.set(key, item.path);
      return item;
    }
    if (first === item.path) return item;
    const from = pathParameterNames(item.path);
    const to = pathParameterNames(first);
    const rename = new Map(from.map((name, i) => [name, to[i] ?? name]));
    log.repair(
      "path-parameter-renamed",
      `${item.path} is ${first} with other parameter names; renamed to match (${from.map((n) => `${n} → ${rename.get(n)}`).join(", ")})`,
      item.op.source,
    );
    const parameters = item.op.parameters.map((p) => (p.in === "path" && rename.has(p.name) ? { ...p, name: rename.get(p.name)! } : p));
    return { ...item, path: first, op: { ...item.op, parameters } };
  });
}
