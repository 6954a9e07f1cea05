/**
 * The extraction report: what the normaliser inferred, repaired, found in conflict or could not
 * understand, each entry pointing at a docs line. It is the reviewer's checklist for a new spec.
 */
import type { Diagnostic, SourceLocation } from "../model/types.js";
import { sourceRef } from "./provenance.js";

export interface ReportEntry {
  /** A short stable code ("prose-enum", "path-parameter-added", "field-removed"…). */
  code: string;
  message: string;
  /** "file:line" of the element concerned (for conflicts: the newer capture). */
  source: string;
}

export type ReportKind = "inferences" | "repairs" | "conflicts" | "warnings";

export interface ReportCounts {
  operations: number;
  parameters: number;
  fields: number;
  inferences: number;
  repairs: number;
  conflicts: number;
  warnings: number;
}

export interface ExtractionReport {
  api: string;
  counts: ReportCounts;
  inferences: ReportEntry[];
  repairs: ReportEntry[];
  conflicts: ReportEntry[];
  warnings: ReportEntry[];
}

/** The report's entry lists while the normaliser runs; every module appends to it. */
export class ReportLog {
  readonly inferences: ReportEntry[] = [];
  readonly repairs: ReportEntry[] = [];
  readonly conflicts: ReportEntry[] = [];
  readonly warnings: ReportEntry[] = [];

  add(kind: ReportKind, code: string, message: string, source: SourceLocation | string): void {
    this[kind].push({ code, message, source: typeof source === "string" ? source : sourceRef(source) });
  }

  inference(code: string, message: string, source: SourceLocation | string): void {
    this.add("inferences", code, message, source);
  }

  repair(code: string, message: string, source: SourceLocation | string): void {
    this.add("repairs", code, message, source);
  }

  conflict(code: string, message: string, source: SourceLocation | string): void {
    this.add("conflicts", code, message, source);
  }

  warning(code: string, message: string, source: SourceLocation | string): void {
    this.add("warnings", code, message, source);
  }

  /** A reader's diagnostic: repairs it made (info) are repairs, anything else is a warning. */
  diagnostic(d: Diagnostic): void {
    this.add(d.severity === "info" ? "repairs" : "warnings", d.code, d.message, d.source);
  }
}

export function buildReport(
  api: string,
  log: ReportLog,
  sizes: { operations: number; parameters: number; fields: number },
): ExtractionReport {
  return {
    api,
    counts: {
      ...sizes,
      inferences: log.inferences.length,
      repairs: log.repairs.length,
      conflicts: log.conflicts.length,
      warnings: log.warnings.length,
    },
    inferences: [...log.inferences],
    repairs: [...log.repairs],
    conflicts: [...log.conflicts],
    warnings: [...log.warnings],
  };
}

const SECTION_TITLES: Record<ReportKind, string> = {
  warnings: "Warnings",
  conflicts: "Conflicts between captures",
  repairs: "Repairs",
  inferences: "Inferred from prose and shapes",
};

function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A short Markdown view: counts, then one table per non-empty list (warnings first). */
export function renderReportMarkdown(report: ExtractionReport): string {
  const { counts } = report;
  const lines = [
    `# Extraction report: ${report.api}`,
    "",
    `${counts.operations} operations, ${counts.parameters} parameters, ${counts.fields} fields; ` +
      `${counts.inferences} inferences, ${counts.repairs} repairs, ${counts.conflicts} conflicts, ${counts.warnings} warnings.`,
  ];
  for (const kind of ["warnings", "conflicts", "repairs", "inferences"] as const) {
    const entries = report[kind];
    if (entries.length === 0) continue;
    lines.push(
      "",
      `## ${SECTION_TITLES[kind]} (${entries.length})`,
      "",
      "| source | code | message |",
      "|---|---|---|",
    );
    for (const entry of entries) {
      lines.push(`| ${escapeMarkdownCell(entry.source)} | ${entry.code} | ${escapeMarkdownCell(entry.message)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A few lines for the CLI: the counts and the first warnings, which need a human. */
export function summariseReport(report: ExtractionReport, maxWarnings = 5): string {
  const { counts } = report;
  const lines = [
    `${report.api}: ${counts.operations} operations, ${counts.parameters} parameters, ${counts.fields} fields`,
    `  ${counts.inferences} inferences, ${counts.repairs} repairs, ${counts.conflicts} conflicts, ${counts.warnings} warnings`,
  ];
  for (const entry of report.warnings.slice(0, maxWarnings)) lines.push(`  warning: ${entry.source}: ${entry.message}`);
  if (report.warnings.length > maxWarnings)
    lines.push(`  … ${report.warnings.length - maxWarnings} more warnings in the report`);
  return lines.join("\n");
}
