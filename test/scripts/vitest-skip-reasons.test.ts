/** The skip reporter's listing: every skipped test under its reason, so a skip never goes unexplained. */
import { describe, expect, it } from "vitest";
import { renderSkipped } from "../../scripts/vitest-skip-reasons.js";

describe("renderSkipped", () => {
  it("prints nothing when nothing was skipped", () => {
    expect(renderSkipped([])).toBe("");
  });

  it("groups tests by reason, with at most three names per reason", () => {
    const tool = "python3 with jsonschema is absent";
    const text = renderSkipped([
      ...["a", "b", "c", "d"].map((name) => ({ file: "test/spec/validators.slow.test.ts", name, reason: tool })),
      { file: "test/x.test.ts", name: "needs a setup", reason: "its suite's setup failed: npm pack timed out" },
    ]);
    expect(text.split("\n")).toEqual([
      "Skipped: 5 test(s), by reason:",
      `  - ${tool} (4)`,
      "      test/spec/validators.slow.test.ts › a",
      "      test/spec/validators.slow.test.ts › b",
      "      test/spec/validators.slow.test.ts › c",
      "      … and 1 more",
      "  - its suite's setup failed: npm pack timed out (1)",
      "      test/x.test.ts › needs a setup",
    ]);
  });
});
