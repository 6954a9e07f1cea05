import { describe, expect, it } from "vitest";
import type { DocOperation, DocPage, HttpMethod } from "../../src/model/types.js";
import type { NormaliseResult } from "../../src/normalise/index.js";
import { reportUnaccountedOperations, unaccountedOperations } from "../../src/pipeline/operation-check.js";

const op = (method: HttpMethod, title: string, line: number): DocOperation => ({
  url: `https://x.test/v1/${title.toLowerCase().replace(/\s+/g, "-")}`,
  title,
  description: "",
  section: "S",
  methodEvidence: [{ from: "heading", method, source: { file: "p.html", line } }],
  parameters: [],
  responses: [],
  source: { file: "p.html", line },
});

const page = (operations: DocOperation[]): DocPage => ({
  file: "p.html",
  dialect: "toggl-html",
  title: "S",
  operations,
  diagnostics: [],
});

function result(
  paths: Record<string, Record<string, unknown>>,
  warnings: { code: string; message: string; source: string }[] = [],
): NormaliseResult {
  return {
    document: { openapi: "3.1.0", info: { title: "t", version: "1" }, paths } as unknown as NormaliseResult["document"],
    report: {
      api: "t",
      counts: {
        operations: 0,
        parameters: 0,
        fields: 0,
        inferences: 0,
        repairs: 0,
        conflicts: 0,
        warnings: warnings.length,
      },
      inferences: [],
      repairs: [],
      conflicts: [],
      warnings,
    },
  };
}

describe("the pipeline's operation check", () => {
  const read = [op("get", "List things", 10), op("post", "Create thing", 20), op("delete", "Drop thing", 30)];

  it("accepts operations found in the spec by x-source or by method and summary, or named in the report", () => {
    const done = result(
      { "/things": { get: { "x-source": "p.html:10", summary: "Renamed" }, post: { summary: "Create thing" } } },
      [{ code: "foreign-host", message: "DELETE Drop thing is on another host; left out", source: "p.html:30" }],
    );
    expect(unaccountedOperations([page(read)], done)).toEqual([]);
  });

  it("names an operation that is neither in the spec nor in the report, and counts the warning", () => {
    const lost = reportUnaccountedOperations(
      [page(read)],
      result({ "/things": { get: { "x-source": "p.html:10", summary: "List things" } } }),
    );
    expect(lost.report.warnings.map((w) => [w.code, w.source])).toEqual([
      ["operation-lost", "p.html:20"],
      ["operation-lost", "p.html:30"],
    ]);
    expect(lost.report.warnings[0]!.message).toContain("POST https://x.test/v1/create-thing");
    expect(lost.report.counts.warnings).toBe(2);
  });
});
