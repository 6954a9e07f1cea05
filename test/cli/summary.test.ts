/**
 * The summaries `extract` and `build` end with: counts that say what they mean (drift between
 * captures vs a page contradicting itself) and where the report is, never a report that was not
 * written.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summariseExtraction } from "../../src/cli/summary.js";
import type { ExtractionReport, ReportEntry } from "../../src/normalise/report.js";
import { runCli, scratchDir } from "./helpers.js";

const tmp = scratchDir("cli-summary");
const entry = (code: string, n: number): ReportEntry => ({ code, message: `${code} ${n}`, source: `page.txt:${n}` });

function report(warnings: number, drift: number, within: number): ExtractionReport {
  const list = (code: string, count: number) => Array.from({ length: count }, (_, i) => entry(code, i + 1));
  return {
    api: "demo",
    counts: { operations: 3, parameters: 4, fields: 5, inferences: 1, repairs: 2, conflicts: drift + within, warnings },
    inferences: list("prose-enum", 1),
    repairs: list("page-chrome", 2),
    conflicts: [...list("capture-drift", drift), ...list("method-evidence", within)],
    warnings: list("unknown-type", warnings),
  };
}

describe("summariseExtraction", () => {
  it("splits conflicts into drift between captures and contradictions within a page", () => {
    const text = summariseExtraction(report(0, 104, 26), { path: "spec/demo.report.md", reportHint: "" });
    expect(text).toContain(
      "130 conflicts: 104 drift between captures of the same page (the later capture wins), 26 where a page contradicts itself",
    );
    expect(text).toContain("report: spec/demo.report.md");
  });

  it("points the remaining warnings at the report file when there is one", () => {
    const text = summariseExtraction(report(7, 0, 0), { path: "out/report.json", reportHint: "unused" }, 5);
    expect(text.match(/^ {2}warning: /gm)).toHaveLength(5);
    expect(text).toContain("… 2 more warning(s) in out/report.json");
  });

  it("never mentions a report that was not written: it says how to get one", () => {
    const text = summariseExtraction(
      report(7, 0, 0),
      { reportHint: "add --report <file.json> to keep the full report" },
      5,
    );
    expect(text).not.toMatch(/in the report/);
    expect(text).toContain("… 2 more warning(s); add --report <file.json> to keep the full report");
    expect(text).toContain("no report written; add --report <file.json> to keep the full report");
  });
});

describe("docs2client extract's summary", () => {
  const pages = ["clients.txt", "update-client.txt"].map((f) => `spec/sources/toggl-track-v9/text/${f}`);

  it("without --report: no report file, and says so", async () => {
    const { code, stderr } = await runCli(["extract", ...pages, "--out", `${tmp}/a.yaml`]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /conflicts?: \d+ drift between captures of the same page \(the later capture wins\), \d+ where a page contradicts itself/,
    );
    expect(stderr).toContain("no report written; add --report <file.json> to keep the full report");
    expect(stderr).not.toMatch(/in the report/);
  });

  it("with --report: names the file it wrote, and the file holds the counts", async () => {
    const { code, stderr } = await runCli([
      "extract",
      ...pages,
      "--out",
      `${tmp}/b.yaml`,
      "--report",
      `${tmp}/reports/b.json`,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(`report: ${tmp}/reports/b.json`);
    expect(existsSync(`${tmp}/reports/b.json`)).toBe(true);
    const written = JSON.parse(readFileSync(`${tmp}/reports/b.json`, "utf8")) as ExtractionReport;
    expect(stderr).toContain(`${written.counts.operations} operations`);
    expect(written.conflicts.some((c) => c.code === "capture-drift")).toBe(true);
  });
});
