import { describe, expect, it } from "vitest";
import { decideMethod, reportMethodEvidence } from "../../src/normalise/method-evidence.js";
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
    expect(log.conflicts).toEqual([
      {
        code: "method-evidence",
        message: '"Delete client": the go says PUT but DELETE was chosen',
        source: "docs/page.txt:22",
      },
    ]);
  });

  it("decides from the heading or method line first, then cURL, then the samples' majority", () => {
    const e = (from: string, method: "get" | "put" | "post" | "delete") => ({ from, method, source: at(1) });
    expect(decideMethod([e("go", "put"), e("heading", "delete")])).toBe("delete");
    expect(decideMethod([e("go", "put"), e("method-block", "post")])).toBe("post");
    expect(decideMethod([e("go", "put"), e("ruby", "put"), e("curl", "get")])).toBe("get");
    expect(decideMethod([e("go", "put"), e("ruby", "put"), e("python", "post")])).toBe("put");
    expect(decideMethod([])).toBeUndefined();
  });
});
