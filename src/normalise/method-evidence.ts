/**
 * Readers record every place a page states an operation's method (heading, method line, cURL,
 * code samples); the method is decided here, once, from the best evidence, and disagreeing
 * evidence is reported: generated samples are sometimes wrong, but sometimes it is the heading.
 */
import type { DocOperation, HttpMethod, MethodEvidence } from "../model/types.js";
import type { ReportLog } from "./report.js";

/** An operation with its method decided. */
export type DecidedOperation = DocOperation & { method: HttpMethod };

/**
 * The method to believe: the heading (or an explicit method line) when there is one, else the
 * cURL line, else the method most samples agree on. Undefined when there is no evidence.
 */
export function decideMethod(evidence: readonly MethodEvidence[]): HttpMethod | undefined {
  const first = (...kinds: string[]) => evidence.find((e) => kinds.includes(e.from))?.method;
  const stated = first("heading", "method-block") ?? first("curl");
  if (stated) return stated;
  const votes = new Map<HttpMethod, number>();
  for (const e of evidence) votes.set(e.method, (votes.get(e.method) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Evidence that disagrees with the chosen method. */
export function disagreeingEvidence(op: DecidedOperation): MethodEvidence[] {
  return op.methodEvidence.filter((evidence) => evidence.method !== op.method);
}

export function reportMethodEvidence(op: DecidedOperation, log: ReportLog): void {
  const chosen = op.method.toUpperCase();
  for (const evidence of disagreeingEvidence(op)) {
    log.conflict(
      "method-evidence",
      `"${op.title}": the ${evidence.from} says ${evidence.method.toUpperCase()} but ${chosen} was chosen`,
      evidence.source,
    );
  }
}
