import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: keep parallelism modest so the server-based tests stay deterministic.
    maxWorkers: 2,
    // The JSON report lets CI print a plain "N passed, N failed" closing line (see .ci/run).
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-results.json" }]],
  },
});
