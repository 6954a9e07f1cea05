import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import { readCommonErrors } from "../../../src/scrape/clients-v1/common-errors.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 10 }));

describe("readCommonErrors", () => {
  it("splits a bullet that wraps onto a line holding the next bullet", () => {
    const diagnostics: Diagnostic[] = [];
    const bullets = readCommonErrors(
      lines(
        "- 403 Forbidden: Insufficient permissions (requires",
        "clients.update) - 404 Not Found: Client or workspace not found",
      ),
      "e.txt",
      diagnostics,
    );
    expect(bullets).toEqual([
      {
        status: "403",
        reason: "Forbidden",
        messages: ["Insufficient permissions (requires clients.update)"],
        line: 10,
      },
      { status: "404", reason: "Not Found", messages: ["Client or workspace not found"], line: 11 },
    ]);
    expect(diagnostics).toEqual([]);
  });
  it("merges two bullets for one status and reports text that is no bullet", () => {
    const diagnostics: Diagnostic[] = [];
    const bullets = readCommonErrors(
      lines("see below", "- 400 Bad Request: a", "- 400 Bad Request: b"),
      "e.txt",
      diagnostics,
    );
    expect(bullets).toEqual([{ status: "400", reason: "Bad Request", messages: ["a", "b"], line: 11 }]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "error-bullet-unreadable", source: { file: "e.txt", line: 10 } }),
    ]);
  });
});
