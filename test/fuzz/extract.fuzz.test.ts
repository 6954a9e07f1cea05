/**
 * The quick fuzz run inside `npm test`: a few hundred seeded cases on the small captures, in this
 * process (the 10,000-case run with a time limit per case is `npm run fuzz`, see FUZZ.md). Every
 * case must come out ok or as a clean error: no crash, no silent drop. A failure prints the case,
 * shrunk by fast-check, which `npm run fuzz -- --replay '<case>'` runs again.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickCaptures } from "./corpus.js";
import { caseArbitrary } from "./mutations.js";
import { runCase } from "./run-case.js";

const corpus = quickCaptures();

describe("extraction on damaged captures (quick seeded run)", () => {
  it("never crashes and never drops an operation heading silently", () => {
    fc.assert(
      fc.property(caseArbitrary({ pages: corpus.length, maxDepth: 5000, maxMegabytes: 0 }), (fuzzCase) => {
        const result = runCase(fuzzCase, corpus);
        expect(["ok", "clean-error"], `${result.outcome}: ${result.detail ?? ""}`).toContain(result.outcome);
      }),
      { seed: 20261203, numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
    // Generous: a loaded 2-core machine; a real hang is `npm run fuzz`'s to catch, per case.
  }, 120_000);
});
