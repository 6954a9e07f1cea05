/**
 * One URL documented with different placeholder names (`/projects/{project_id}` on one page,
 * `/projects/{id}` on another) must become one OpenAPI path: validators reject two paths that
 * differ only in parameter names. The spelling most operations use wins (ties: the first), so one
 * bulk operation's `{project_ids}` does not rename the parameter of the three single-project ones.
 */
import type { DocOperation } from "../model/types.js";
import { pathParameterNames, pathShapeKey } from "./paths.js";
import type { ReportLog } from "./report.js";

export interface PathedOperation {
  op: DocOperation;
  path: string;
}

/** Renames placeholders (and their path parameters) to the most used spelling of the same URL. */
export function unifyPathSpellings<T extends PathedOperation>(items: readonly T[], log: ReportLog): T[] {
  const uses = new Map<string, Map<string, number>>();
  for (const item of items) {
    const spellings = uses.get(pathShapeKey(item.path)) ?? new Map<string, number>();
    spellings.set(item.path, (spellings.get(item.path) ?? 0) + 1);
    uses.set(pathShapeKey(item.path), spellings);
  }
  const chosen = new Map<string, string>();
  for (const [key, spellings] of uses) {
    let best = "";
    let most = 0;
    // Map order is first-seen order, so a tie keeps the first spelling.
    for (const [spelling, count] of spellings) if (count > most) [best, most] = [spelling, count];
    chosen.set(key, best);
  }
  return items.map((item) => {
    const first = chosen.get(pathShapeKey(item.path))!;
    if (first === item.path) return item;
    const from = pathParameterNames(item.path);
    const to = pathParameterNames(first);
    const rename = new Map(from.map((name, i) => [name, to[i] ?? name]));
    log.repair(
      "path-parameter-renamed",
      `${item.path} is ${first} with other parameter names; renamed to match (${from.map((n) => `${n} → ${rename.get(n)}`).join(", ")})`,
      item.op.source,
    );
    const parameters = item.op.parameters.map((p) =>
      p.in === "path" && rename.has(p.name) ? { ...p, name: rename.get(p.name)! } : p,
    );
    return { ...item, path: first, op: { ...item.op, parameters } };
  });
}
