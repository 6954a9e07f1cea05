import { describe, expect, it } from "vitest";
import { isCoveredMethodDiagnostic, reportMethodEvidence } from "../../src/normalise/method-evidence.js";
import { ReportLog } from "../../src/normalise/report.js";
import { at, operation } from "./model-builders.js";

describe("method evidence", () => {
  const op = operation("delete", "/c/{id}", "Delete client", {
    methodEvidence: [
      { from: "heading", method: "delete", source: at(10) },
      { from: "go", method: "put", source: at(22) },
    ],
    source: at(10),
  });

  it("reports each piece of evidence that disagrees with the chosen method", () => {
    const log = new ReportLog();
    reportMethodEvidence(op, log);
    expect(log.conflicts).toEqual([{ code: "method-evidence", message: '"Delete client": the go says PUT but DELETE was chosen', source: "docs/page.txt:22" }]);
  });

  it("recognises a reader's diagnostic of the same disagreement, and only that", () => {
    const diagnostic = { severity: "warning" as const, code: "method-conflict", message: "go says PUT", source: at(22) };
    expect(isCoveredMethodDiagnostic(diagnostic, [op])).toBe(true);
    expect(isCoveredMethodDiagnostic({ ...diagnostic, source: at(99) }, [op])).toBe(false);
    expect(isCoveredMethodDiagnostic({ ...diagnostic, code: "other" }, [op])).toBe(false);
  });
});
