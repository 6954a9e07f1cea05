/**
 * Runs the benchmarks and writes BENCHMARKS.md.
 *
 *   node --import tsx bench/run.ts                  all benchmarks, full size (~10 min)
 *   node --import tsx bench/run.ts --smoke          tiny version of each (CI): checks the scripts work
 *   node --import tsx bench/run.ts --only scale     one benchmark (repeatable, or comma-separated)
 *   node --import tsx bench/run.ts --runs 7         timed repetitions per measurement (default 5)
 *
 * A full run stores each benchmark's section in bench/results/<name>.json and re-renders
 * BENCHMARKS.md from all stored sections, so `--only` refreshes one table and keeps the others.
 * A smoke run writes .tmp/bench/BENCHMARKS.smoke.md instead and never touches BENCHMARKS.md.
 * Exit code 1 when a benchmark could not run (a missing or broken piece); a missed target is
 * reported in the tables, never as a failure.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchContext, type BenchResult, firstLine, machine, MissingPiece, verdict } from "./lib/measure.js";
import { BENCHMARKS, readStored, renderBenchmarks, type Stored } from "./lib/report.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv: string[]): { smoke: boolean; only: string[]; runs?: number } {
  const only: string[] = [];
  let smoke = false;
  let runs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--smoke") smoke = true;
    else if (arg === "--only") only.push(...(argv[++i] ?? "").split(",").filter(Boolean));
    else if (arg.startsWith("--only=")) only.push(...arg.slice(7).split(",").filter(Boolean));
    else if (arg === "--runs") runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}; usage: bench/run.ts [--smoke] [--only <name>] [--runs <n>]`);
  }
  const known = new Set<string>(BENCHMARKS.map((b) => b.name));
  for (const name of only)
    if (!known.has(name)) throw new Error(`no benchmark "${name}"; known: ${[...known].join(", ")}`);
  return { smoke, only, ...(runs ? { runs } : {}) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const ctx: BenchContext = {
    smoke: args.smoke,
    runs: args.runs ?? (args.smoke ? 1 : 5),
    root: ROOT,
    log: (message) => console.error(`  ${message}`),
  };
  const selected = BENCHMARKS.filter((b) => args.only.length === 0 || args.only.includes(b.name));
  const resultsDir = args.smoke ? path.join(ROOT, ".tmp/bench/results-smoke") : path.join(ROOT, "bench/results");
  await mkdir(resultsDir, { recursive: true });
  let failed = 0;
  console.log(`docs2client benchmarks${args.smoke ? " (smoke)" : ""} on ${machine()}`);
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name}`);
    const started = performance.now();
    let result: BenchResult;
    try {
      const mod = (await import(bench.module)) as { run: (c: BenchContext) => Promise<BenchResult> };
      result = await mod.run(ctx);
    } catch (error) {
      failed++;
      const missing = error instanceof MissingPiece;
      console.error(`✗ ${bench.name} could not run: ${firstLine(error)}`);
      if (!missing && error instanceof Error && error.stack)
        console.error(error.stack.split("\n").slice(1, 6).join("\n"));
      result = {
        name: bench.name,
        title: bench.name,
        target: "",
        body: [`Could not run: ${firstLine(error)}`],
        error: firstLine(error),
        reproduce: `node --import tsx bench/run.ts --only ${bench.name}`,
      };
    }
    const seconds = (performance.now() - started) / 1000;
    const stored: Stored = {
      ...result,
      machine: machine(),
      date: new Date().toISOString(),
      seconds,
      smoke: args.smoke,
    };
    // A failed full run keeps the last good section in BENCHMARKS.md, and says it failed.
    if (result.error && !args.smoke) {
      const previous = await readStored(path.join(resultsDir, `${bench.name}.json`));
      if (previous && !previous.error) {
        previous.body = [
          `> The latest run (${stored.date}) failed: ${result.error}. The numbers below are from ${previous.date}.`,
          ...previous.body.filter((b) => !b.startsWith("> The latest run")),
        ];
        await writeFile(path.join(resultsDir, `${bench.name}.json`), JSON.stringify(previous, null, 2));
        continue;
      }
    }
    await writeFile(path.join(resultsDir, `${bench.name}.json`), `${JSON.stringify(stored, null, 2)}\n`);
    if (!result.error)
      console.log(`✓ ${bench.name} (${seconds.toFixed(1)} s): target ${verdict(result.holds).replace(/\*/g, "")}`);
  }
  const report = await renderBenchmarks(resultsDir, args.smoke);
  const out = args.smoke ? path.join(ROOT, ".tmp/bench/BENCHMARKS.smoke.md") : path.join(ROOT, "BENCHMARKS.md");
  await writeFile(out, report);
  console.log(`\nwrote ${path.relative(ROOT, out)}${failed ? `; ${failed} benchmark(s) could not run` : ""}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
