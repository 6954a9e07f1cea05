import { describe, expect, it } from "vitest";
import { createDiagnosticSink } from "../../../src/scrape/common/diagnostics.js";
import { readCommonErrors } from "../../../src/scrape/clients-v1/common-errors.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 10 }));

describe("readCommonErrors", () => {
  it("splits a bullet that wraps onto a line holding the next bullet", () => {
    const sink = createDiagnosticSink("e.txt");
    const responses = readCommonErrors(lines("- 403 Forbidden: Insufficient permissions (requires", "clients.update) - 404 Not Found: Client or workspace not found"), sink);
    expect(responses).toEqual([
      { status: "403", description: "Forbidden", messages: ["Insufficient permissions (requires clients.update)"], source: { file: "e.txt", line: 10 } },
      { status: "404", description: "Not Found", messages: ["Client or workspace not found"], source: { file: "e.txt", line: 11 } },
    ]);
    expect(sink.diagnostics).toEqual([]);
  });
  it("merges two bullets for one status and reports text that is no bullet", () => {
    const sink = createDiagnosticSink("e.txt");
    const responses = readCommonErrors(lines("see below", "- 400 Bad Request: a", "- 400 Bad Request: b"), sink);
    expect(responses).toEqual([expect.objectContaining({ status: "400", messages: ["a", "b"], source: { file: "e.txt", line: 11 } })]);
    expect(sink.diagnostics).toEqual([expect.objectContaining({ code: "error-bullet-unreadable", source: { file: "e.txt", line: 10 } })]);
  });
});
