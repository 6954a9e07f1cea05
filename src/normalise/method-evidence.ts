/**
 * Readers decide an operation's method from the best evidence (heading, then cURL, then code
 * samples) and keep every piece of evidence. Disagreeing evidence is reported: generated samples
 * are sometimes wrong, but sometimes it is the heading that is.
 */
import type { Diagnostic, DocOperation } from "../model/types.js";
import { sourceRef } from "./provenance.js";
import type { ReportLog } from "./report.js";

/** Evidence that disagrees with the chosen method. */
export function disagreeingEvidence(op: DocOperation): DocOperation["methodEvidence"] {
  return op.methodEvidence.filter((evidence) => evidence.method !== op.method);
}

/**
 * Readers may report the same disagreement as a `method-conflict` diagnostic. It is derived from
 * the same `methodEvidence` this module reports as a conflict, so it would only repeat it: such a
 * diagnostic at the operation's or the evidence's line is covered.
 */
export function isCoveredMethodDiagnostic(diagnostic: Diagnostic, ops: readonly DocOperation[]): boolean {
  if (diagnostic.code !== "method-conflict") return false;
  const at = sourceRef(diagnostic.source);
  return ops.some((op) => {
    const disagreeing = disagreeingEvidence(op);
    return disagreeing.length > 0 && (sourceRef(op.source) === at || disagreeing.some((e) => sourceRef(e.source) === at));
  });
}

export function reportMethodEvidence(op: DocOperation, log: ReportLog): void {
  const chosen = op.method.toUpperCase();
  for (const evidence of disagreeingEvidence(op)) {
    log.conflict(
      "method-evidence",
      `"${op.title}": the ${evidence.from} says ${evidence.method.toUpperCase()} but ${chosen} was chosen`,
      evidence.source,
    );
  }
}
