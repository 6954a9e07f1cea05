/**
 * The extraction's promise, checked before anything is written: every operation a reader read is
 * in the spec or named in the report. The normaliser merges, renames and drops operations for
 * good reasons (two captures of one operation, a URL on a foreign host) and says so in the report;
 * this check catches the case where neither happened, and turns it into a report warning, so that
 * an operation can never vanish between the page and the spec without a word.
 */
import type { DocOperation, DocPage } from "../model/types.js";
import type { NormaliseResult } from "../normalise/index.js";
import { decideMethod } from "../normalise/method-evidence.js";
import { sourceRef } from "../normalise/provenance.js";
import { PATH_ITEM_METHODS } from "../openapi/types.js";

/** What the spec's operations can be recognised by: their `x-source` and their method + summary. */
function specOperationKeys(document: NormaliseResult["document"]): Set<string> {
  const keys = new Set<string>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of PATH_ITEM_METHODS) {
      const operation = (item as Partial<Record<string, { summary?: unknown; "x-source"?: unknown }>>)[method];
      if (!operation) continue;
      if (typeof operation["x-source"] === "string") keys.add(`source ${operation["x-source"]}`);
      if (typeof operation.summary === "string") keys.add(`${method} ${operation.summary.trim()}`);
    }
  }
  return keys;
}

/** The operations read from `pages` that are neither in the spec nor named in the report. */
export function unaccountedOperations(pages: readonly DocPage[], result: NormaliseResult): DocOperation[] {
  const inSpec = specOperationKeys(result.document);
  const { report } = result;
  const entries = [...report.warnings, ...report.conflicts, ...report.repairs, ...report.inferences];
  const reportedSources = new Set(entries.map((entry) => entry.source));
  const named = (op: DocOperation, ref: string) =>
    reportedSources.has(ref) ||
    entries.some((entry) => entry.message.includes(ref) || (op.title !== "" && entry.message.includes(op.title)));
  return pages.flatMap((page) =>
    page.operations.filter((op) => {
      const ref = sourceRef(op.source);
      const method = decideMethod(op.methodEvidence);
      if (inSpec.has(`source ${ref}`) || (method && inSpec.has(`${method} ${op.title.trim()}`))) return false;
      return !named(op, ref);
    }),
  );
}

/** The result with a report warning for each operation that would otherwise be lost silently. */
export function reportUnaccountedOperations(pages: readonly DocPage[], result: NormaliseResult): NormaliseResult {
  const lost = unaccountedOperations(pages, result);
  for (const op of lost) {
    result.report.warnings.push({
      code: "operation-lost",
      message: `operation ${(decideMethod(op.methodEvidence) ?? "(no method)").toUpperCase()} ${op.url} ("${op.title}") was read from the page but is not in the spec`,
      source: sourceRef(op.source),
    });
  }
  result.report.counts.warnings += lost.length;
  return result;
}
