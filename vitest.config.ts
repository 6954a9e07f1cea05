import { configDefaults, defineConfig } from "vitest/config";
import SkipReasonsReporter from "./scripts/vitest-skip-reasons.js";

/**
 * Two suites from one config:
 * - `npm test` (`vitest run`): every test except the slow ones, under 2 minutes on 2 cores;
 * - `npm run test:slow` (`vitest run --mode slow`): only `*.slow.test.ts` (soak, npm pack, the
 *   external spec validators: anything over ~10 s), which CI runs after `npm test`.
 */
export default defineConfig(({ mode }) => {
  const slow = mode === "slow";
  return {
    test: {
      include: slow ? ["test/**/*.slow.test.ts"] : ["test/**/*.test.ts"],
      exclude: slow ? configDefaults.exclude : [...configDefaults.exclude, "test/**/*.slow.test.ts"],
      // The slow suite may be empty in a checkout that has none yet; that is not a failure.
      passWithNoTests: slow,
      testTimeout: slow ? 300_000 : 60_000,
      hookTimeout: slow ? 300_000 : 120_000,
      // Two cores here: keep parallelism modest so the server-based tests stay deterministic.
      maxWorkers: 2,
      // The JSON reports let CI print a plain "N passed, N failed" closing line over both runs (see .ci/run);
      // the skip reporter says why each skipped test did not run.
      reporters: [
        "default",
        new SkipReasonsReporter(),
        ["json", { outputFile: slow ? ".tmp/vitest-slow-results.json" : ".tmp/vitest-results.json" }],
      ],
    },
  };
});
