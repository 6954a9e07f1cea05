import type { Diagnostic, SourceLocation } from "./types.js";

/** `file:line: message`, the one format every stage uses to point at bad input. */
export function formatLocation(source: SourceLocation): string {
  return `${source.file}:${source.line}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d.source)}: ${d.severity === "error" ? "" : `${d.severity}: `}${d.message}`;
}

/**
 * Bad input (a page no reader recognises, a malformed table, a broken spec): carries one or more
 * diagnostics, each naming file and line. The CLI prints them and exits 1; nothing else should
 * turn bad input into a stack trace.
 */
export class DocsInputError extends Error {
  override name = "DocsInputError";
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join("\n"));
    this.diagnostics = list;
  }

  static at(source: SourceLocation, message: string, code = "bad-input"): DocsInputError {
    return new DocsInputError({ severity: "error", code, message, source });
  }
}
