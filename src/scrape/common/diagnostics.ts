import type { Diagnostic, Severity } from "../../model/types.js";

/**
 * Readers repair what they can and must say so: every repair, skipped line and oddity becomes a
 * Diagnostic. This collector keeps the file name in one place so that reading code only names the
 * line, and so that the same collector can be threaded through small pure-ish helper functions.
 */
export interface DiagnosticSink {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
}

export function createDiagnosticSink(file: string): DiagnosticSink {
  return { file, diagnostics: [] };
}

export function report(sink: DiagnosticSink, severity: Severity, code: string, message: string, line: number): void {
  sink.diagnostics.push({ severity, code, message, source: { file: sink.file, line } });
}
