import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: keep parallelism modest so the server-based tests stay deterministic.
    maxWorkers: 2,
  },
});
