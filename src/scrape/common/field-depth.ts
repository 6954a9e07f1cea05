/**
 * A bound on how deep documented fields nest. Nested tables ("items", then the items' "items", …)
 * are chained by their titles, so a page decides the depth; everything downstream (cloning a page,
 * building schemas, writing JSON) walks fields recursively. Real docs nest a handful of levels;
 * below the bound the nested tables are cut off and a warning names where, so nothing vanishes
 * silently and no later stage can run out of stack.
 */
import type { Diagnostic, DocField, DocPage } from "../../model/types.js";

export const MAX_FIELD_DEPTH = 32;

/** Cuts `children` below `max` levels in every operation of the page, with a warning per cut. */
export function boundFieldDepth(page: DocPage, max = MAX_FIELD_DEPTH): DocPage {
  const roots: DocField[][] = [];
  for (const op of page.operations) {
    if (op.body) roots.push(op.body.fields);
    for (const response of op.responses) if (response.fields) roots.push(response.fields);
  }
  const diagnostics: Diagnostic[] = [];
  for (const root of roots) {
    const stack: { fields: DocField[]; depth: number }[] = [{ fields: root, depth: 1 }];
    while (stack.length > 0) {
      const { fields, depth } = stack.pop()!;
      for (const field of fields) {
        if (!field.children) continue;
        if (depth < max) {
          stack.push({ fields: field.children, depth: depth + 1 });
          continue;
        }
        diagnostics.push({
          severity: "warning",
          code: "fields-too-deep",
          message: `field "${field.name}" is nested ${depth} levels deep; the tables nested below it (more than ${max} levels) are not read`,
          source: field.source,
        });
        delete field.children;
      }
    }
  }
  for (const d of diagnostics) page.diagnostics.push(d);
  return page;
}
