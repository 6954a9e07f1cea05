import { describe, expect, it } from "vitest";
import { quotaHeadersFromPages } from "../../src/normalise/api-facts.js";
import { ReportLog } from "../../src/normalise/report.js";
import { at, page } from "./model-builders.js";

const header = (name: string, description: string, line: number) => ({
  name,
  description,
  source: at(line, "overview.html"),
});

describe("quotaHeadersFromPages", () => {
  it("finds the remaining/resets pair, with evidence and report entries", () => {
    const log = new ReportLog();
    const facts = quotaHeadersFromPages(
      [
        page([], {
          responseHeaders: [
            header("X-Request-Id", "identifies the request", 3),
            header("X-Toggl-Quota-Remaining", "how many requests you have left in the current window.", 40),
            header("X-Toggl-Quota-Resets-In", "how many seconds until the current window resets.", 41),
          ],
        }),
      ],
      log,
    );
    expect(facts).toEqual({
      remaining: "X-Toggl-Quota-Remaining",
      resetsIn: "X-Toggl-Quota-Resets-In",
      "x-source": ["overview.html:40", "overview.html:41"],
    });
    expect(log.inferences.map((i) => i.code)).toEqual(["quota-header", "quota-header"]);
  });

  it("says nothing unless both halves are documented", () => {
    const log = new ReportLog();
    expect(
      quotaHeadersFromPages(
        [page([], { responseHeaders: [header("RateLimit-Remaining", "requests left in the window", 1)] })],
        log,
      ),
    ).toBeUndefined();
    expect(quotaHeadersFromPages([page([])], log)).toBeUndefined();
    expect(log.inferences).toEqual([]);
  });
});
