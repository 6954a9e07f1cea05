/**
 * What `extract` and `build` print when they finish: the counts with what they mean, the first
 * warnings, and where the full report is (or that none was written and how to get one). The
 * report itself is the normaliser's; this is only its reading guide on a terminal.
 */
import type { ExtractionReport, ReportEntry } from "../normalise/report.js";

/** The conflict code for two captures of the same page that disagree (the later capture wins). */
const CAPTURE_DRIFT = "capture-drift";

/** Conflicts split into drift between captures (expected when docs change) and the rest. */
function splitConflicts(conflicts: readonly ReportEntry[]): { drift: number; within: number } {
  const drift = conflicts.filter((c) => c.code === CAPTURE_DRIFT).length;
  return { drift, within: conflicts.length - drift };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Where the report is, for the summary: a path, or undefined when none was written. `reportHint`
 * says how to get one when none was written.
 */
export interface ReportLocation {
  path?: string;
  reportHint: string;
}

export function summariseExtraction(report: ExtractionReport, where: ReportLocation, maxWarnings = 5): string {
  const { counts } = report;
  const { drift, within } = splitConflicts(report.conflicts);
  const lines = [
    `${report.api}: ${plural(counts.operations, "operation")}, ${plural(counts.parameters, "parameter")}, ${plural(counts.fields, "field")}`,
    `  ${plural(counts.warnings, "warning")} (need a human: something may be missing or wrong in the spec)`,
    `  ${plural(counts.conflicts, "conflict")}: ${drift} drift between captures of the same page (the later capture wins), ` +
      `${within} where a page contradicts itself (resolved by the stronger evidence)`,
    `  ${plural(counts.repairs, "repair")} and ${plural(counts.inferences, "inference")} (facts the readers fixed, or read from prose and examples)`,
  ];
  for (const entry of report.warnings.slice(0, maxWarnings)) lines.push(`  warning: ${entry.source}: ${entry.message}`);
  const more = report.warnings.length - maxWarnings;
  if (more > 0)
    lines.push(
      where.path ? `  … ${more} more warning(s) in ${where.path}` : `  … ${more} more warning(s); ${where.reportHint}`,
    );
  lines.push(where.path ? `  report: ${where.path}` : `  no report written; ${where.reportHint}`);
  return lines.join("\n");
}
