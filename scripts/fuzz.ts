/**
 * `npm run fuzz`: the seeded fuzz run of the extraction (see test/fuzz/). Generates the cases from
 * the seed, runs them in worker processes with a time limit per case (a case past it is a hang:
 * its worker is killed and replaced), shrinks every failing case to the fewest mutations that
 * still fail, and writes the summary to FUZZ.md.
 *
 *   npm run fuzz                          10,000 cases, seed 20261203
 *   npm run fuzz -- --runs 500 --seed 7   fewer cases, another seed
 *   npm run fuzz -- --replay '<case json>' one case, in this process, with its outcome
 *   options: --timeout <ms per case> (60000), --workers <n> (cores), --out <file> (FUZZ.md)
 */
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { captures } from "../test/fuzz/corpus.js";
import { caseArbitrary, type FuzzCase } from "../test/fuzz/mutations.js";
import { runCase, type CaseResult, type Outcome } from "../test/fuzz/run-case.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string", default: "20261203" },
    timeout: { type: "string", default: "60000" },
    workers: { type: "string" },
    out: { type: "string", default: "FUZZ.md" },
    replay: { type: "string" },
  },
});

const corpus = captures();

if (values.replay) {
  const fuzzCase = JSON.parse(values.replay) as FuzzCase;
  console.log(JSON.stringify(runCase(fuzzCase, corpus), null, 2));
  process.exit(0);
}

const runs = Number(values.runs);
const seed = Number(values.seed);
const timeoutMs = Number(values.timeout);
const workerCount = Number(values.workers ?? Math.max(1, availableParallelism()));
/** The generator's settings for the full run: nesting past the reader's bound, pages up to 50 MB (rarely). */
const ARBITRARY = { pages: corpus.length, maxDepth: 20_000, maxMegabytes: 50, bigWeight: 1, otherWeight: 60 };

type Result = CaseResult & { ms: number };

interface Job {
  fuzzCase: FuzzCase;
  resolve: (result: Result) => void;
}

/** A pool of worker processes; each runs one case at a time, under the time limit. */
class Pool {
  private queue: Job[] = [];
  private idle: ChildProcess[] = [];
  private live = 0;
  private nextId = 0;

  constructor(private readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(fuzzCase: FuzzCase): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ fuzzCase, resolve });
      this.pump();
    });
  }

  close(): void {
    for (const worker of this.idle) worker.kill();
    this.idle = [];
  }

  private spawn(): void {
    const worker = fork(new URL("./fuzz-worker.ts", import.meta.url), [], {
      execArgv: ["--import", "tsx", "--max-old-space-size=6144", "--stack-size=984"],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.live++;
    worker.once("message", () => {
      this.idle.push(worker);
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.dispatch(this.idle.pop()!, this.queue.shift()!);
  }

  private dispatch(worker: ChildProcess, job: Job): void {
    const id = this.nextId++;
    const started = Date.now();
    let done = false;
    const finish = (result: Result, healthy: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      job.resolve(result);
      if (healthy) {
        this.idle.push(worker);
      } else {
        worker.kill("SIGKILL");
        this.live--;
        this.spawn();
      }
      this.pump();
    };
    const onMessage = (message: Result & { id: number }) => {
      if (message.id === id) finish(message, true);
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(
        {
          outcome: "crash",
          detail: `the worker process died (exit ${code}, signal ${signal}): out of memory or a native crash`,
          bytes: 0,
          ms: Date.now() - started,
        },
        false,
      );
    const timer = setTimeout(
      () => finish({ outcome: "hang", detail: `no answer within ${timeoutMs} ms`, bytes: 0, ms: timeoutMs }, false),
      timeoutMs,
    );
    worker.on("message", onMessage);
    worker.once("exit", onExit);
    worker.send({ id, fuzzCase: job.fuzzCase });
  }
}

/** Drops mutations one at a time while the case still fails the same way: a minimal reproducer. */
async function shrink(pool: Pool, fuzzCase: FuzzCase, outcome: Outcome): Promise<FuzzCase> {
  let current = fuzzCase;
  for (let i = current.mutations.length - 1; i >= 0 && current.mutations.length > 1; i--) {
    const candidate = { ...current, mutations: current.mutations.filter((_, k) => k !== i) };
    if ((await pool.run(candidate)).outcome === outcome) current = candidate;
  }
  return current;
}

async function main(): Promise<void> {
  const started = Date.now();
  const cases = fc.sample(caseArbitrary(ARBITRARY), { seed, numRuns: runs });
  const pool = new Pool(workerCount);
  const results: Result[] = new Array(cases.length);
  let finished = 0;
  await Promise.all(
    cases.map(async (fuzzCase, index) => {
      results[index] = await pool.run(fuzzCase);
      finished++;
      if (finished % 250 === 0 || finished === cases.length) {
        process.stderr.write(`${finished}/${cases.length} cases, ${Math.round((Date.now() - started) / 1000)} s\n`);
      }
    }),
  );
  const failures = results
    .map((result, index) => ({ index, result, fuzzCase: cases[index]! }))
    .filter((f) => f.result.outcome !== "ok" && f.result.outcome !== "clean-error");
  const reproducers: { index: number; outcome: Outcome; detail: string; fuzzCase: FuzzCase }[] = [];
  for (const failure of failures.slice(0, 40)) {
    const minimal =
      failure.result.outcome === "hang"
        ? failure.fuzzCase
        : await shrink(pool, failure.fuzzCase, failure.result.outcome);
    reproducers.push({
      index: failure.index,
      outcome: failure.result.outcome,
      detail: failure.result.detail ?? "",
      fuzzCase: minimal,
    });
  }
  pool.close();
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(values.out!, renderSummary(cases, results, reproducers, seconds));
  const counts = countOutcomes(results);
  console.log(
    `${runs} cases in ${seconds} s: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}; summary in ${values.out}`,
  );
  process.exitCode = failures.length > 0 ? 1 : 0;
}

function countOutcomes(results: readonly Result[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { ok: 0, "clean-error": 0, crash: 0, hang: 0, "silent-drop": 0 };
  for (const result of results) counts[result.outcome]++;
  return counts;
}

function renderSummary(
  cases: readonly FuzzCase[],
  results: readonly Result[],
  reproducers: readonly { index: number; outcome: Outcome; detail: string; fuzzCase: FuzzCase }[],
  seconds: number,
): string {
  const counts = countOutcomes(results);
  const byKind = new Map<string, Record<Outcome, number>>();
  cases.forEach((fuzzCase, i) => {
    for (const kind of new Set(fuzzCase.mutations.map((m) => m.kind))) {
      const row = byKind.get(kind) ?? { ok: 0, "clean-error": 0, crash: 0, hang: 0, "silent-drop": 0 };
      row[results[i]!.outcome]++;
      byKind.set(kind, row);
    }
  });
  const byPage = new Map<string, number>();
  for (const fuzzCase of cases) {
    const file = corpus[fuzzCase.page % corpus.length]!.file;
    byPage.set(file, (byPage.get(file) ?? 0) + 1);
  }
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
  const biggest = Math.max(...results.map((r) => r.bytes));
  const outcomes: Outcome[] = ["ok", "clean-error", "crash", "hang", "silent-drop"];
  return [
    "# Fuzz run of the extraction",
    "",
    "Generated by `npm run fuzz` (scripts/fuzz.ts); do not edit by hand. Each case takes one of the project's captures",
    "(spec/sources: Toggl HTML pages, Toggl text captures, the clients-v1 page), applies 1–5 seeded mutations to it,",
    "and runs the extraction (reader → normaliser → the pipeline's operation check → server inference) in a worker",
    `process with a ${timeoutMs / 1000} s limit per case. Outcomes: **ok** (a spec, every operation heading the damaged page`,
    "still shows is in it or named in the report), **clean error** (a DocsInputError naming file:line), **crash** (any",
    "other exception, or the worker dying), **hang** (past the limit), **silent drop** (a heading neither in the spec",
    "nor in the report).",
    "",
    `Command: \`npm run fuzz -- --runs ${cases.length} --seed ${seed}\` · ${workerCount} worker(s) · ${seconds} s wall time · largest page ${(biggest / 1024 / 1024).toFixed(1)} MB · slowest case ${slowest?.ms ?? 0} ms`,
    "",
    "| cases | ok | clean error | crash | hang | silent drop |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${cases.length} | ${outcomes.map((o) => counts[o]).join(" | ")} |`,
    "",
    "## By mutation kind (cases containing it)",
    "",
    "| mutation | ok | clean error | crash | hang | silent drop |",
    "|---|---:|---:|---:|---:|---:|",
    ...[...byKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, row]) => `| ${kind} | ${outcomes.map((o) => row[o]).join(" | ")} |`),
    "",
    "## Pages",
    "",
    ...[...byPage.entries()].map(([file, count]) => `- \`${file}\`: ${count} cases`),
    "",
    "## Minimal reproducers",
    "",
    reproducers.length === 0
      ? "None: no case crashed, hung or dropped an operation silently."
      : reproducers
          .map((r) =>
            [
              `### case ${r.index}: ${r.outcome}`,
              "",
              "```",
              r.detail,
              "```",
              "",
              `Replay: \`npm run fuzz -- --replay '${JSON.stringify(r.fuzzCase)}'\``,
              "",
            ].join("\n"),
          )
          .join("\n"),
    "",
  ].join("\n");
}

await main();
