import { describe, expect, it } from "vitest";
import { buildReport, renderReportMarkdown, ReportLog, summariseReport } from "../../src/normalise/report.js";

function sampleReport() {
  const log = new ReportLog();
  log.inference("prose", "enum from 'x'", { file: "a.txt", line: 3 });
  log.warning("unknown-type", "type | odd", "a.txt:9");
  log.diagnostic({
    severity: "info",
    code: "row-name-recovered",
    message: "named it email",
    source: { file: "b.txt", line: 1 },
  });
  log.diagnostic({ severity: "error", code: "bad", message: "broken", source: { file: "b.txt", line: 2 } });
  return buildReport("demo", log, { operations: 2, parameters: 3, fields: 4 });
}

describe("report", () => {
  it("counts entries and sorts reader diagnostics into repairs and warnings", () => {
    const report = sampleReport();
    expect(report.counts).toEqual({
      operations: 2,
      parameters: 3,
      fields: 4,
      inferences: 1,
      repairs: 1,
      conflicts: 0,
      warnings: 2,
    });
    expect(report.repairs[0]).toEqual({ code: "row-name-recovered", message: "named it email", source: "b.txt:1" });
  });

  it("renders Markdown with escaped cells and only non-empty sections", () => {
    const markdown = renderReportMarkdown(sampleReport());
    expect(markdown).toContain("# Extraction report: demo");
    expect(markdown).toContain("| a.txt:9 | unknown-type | type \\| odd |");
    expect(markdown).toContain("## Warnings (2)");
    expect(markdown).not.toContain("Conflicts");
  });

  it("summarises in a few lines, capping the warnings shown", () => {
    const lines = summariseReport(sampleReport(), 1).split("\n");
    expect(lines[0]).toBe("demo: 2 operations, 3 parameters, 4 fields");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain("1 more warnings");
  });
});
