#!/usr/bin/env node
// The type check that `npm test` runs before vitest: `tsc --noEmit` over src, generated, test,
// scripts and bench, incremental (its build info in .tmp/, so a run after a small change takes a
// few seconds instead of the full ~10–20 s), and visible: it says what it is doing and how long it
// took, so the first seconds of `npm test` are not a silent wait.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const args = [
  "--noEmit",
  "-p",
  "tsconfig.json",
  "--incremental",
  "--tsBuildInfoFile",
  ".tmp/tsc-noemit.tsbuildinfo",
  "--pretty",
  ...process.argv.slice(2),
];
process.stderr.write("typecheck: tsc --noEmit -p tsconfig.json (incremental) …\n");
const started = performance.now();
const run = spawnSync(process.execPath, [tsc, ...args], { stdio: "inherit" });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (run.status === 0) process.stderr.write(`typecheck: ok in ${seconds} s\n`);
else process.stderr.write(`typecheck: failed after ${seconds} s (the errors are above)\n`);
process.exitCode = run.status ?? 1;
