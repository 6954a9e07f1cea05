#!/usr/bin/env node
// CI's closing line: "tests: N passed, N failed, N skipped" summed over the JSON reports vitest
// wrote (the fast and the slow suite). A report that is missing means its suite never ran (the type
// check failed, or vitest crashed): that is said, and counts as a failure.
import { existsSync, readFileSync } from "node:fs";

const totals = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
for (const file of missing) console.log(`tests: no results in ${file} (that suite did not run)`);
process.exitCode = totals.failed > 0 || missing.length > 0 ? 1 : 0;
