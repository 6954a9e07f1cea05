/**
 * Benchmark 2: scale. Writes Toggl-style corpora of N operations (bench/corpus.ts) and times
 * extract (read + normalise) + generate + write for each N in a fresh child process
 * (bench/scale-child.ts), which also reports its peak memory. Growth is the time per operation
 * at each N against the time per operation at the smallest N, measured in the same run.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { writeCorpus } from "./corpus.js";
import {
  type BenchContext,
  type BenchResult,
  fmtBytes,
  fmtMs,
  fmtRatio,
  median,
  MissingPiece,
  table,
} from "./lib/measure.js";
import type { ScaleSample } from "./scale-child.js";

const run$ = promisify(execFile);
const TARGET_MS = 30_000;
const TARGET_RSS = 1.5 * 1024 ** 3;

/**
 * Runs per N: the big corpora cost minutes each, so within the ~10 minute budget of a full run
 * they run once (the table says so); `--runs` above 5 buys repeats of N=1,000 too.
 */
function repetitions(n: number, runs: number): number {
  if (n <= 100) return runs;
  if (n <= 1000) return runs > 5 ? 3 : 1;
  return 1;
}

async function measure(ctx: BenchContext, corpusDir: string, n: number): Promise<ScaleSample> {
  const outDir = path.join(ctx.root, ".tmp/bench/scale-out", String(n));
  const { stdout } = await run$(
    process.execPath,
    ["--import", "tsx", path.join(ctx.root, "bench/scale-child.ts"), corpusDir, outDir],
    {
      cwd: ctx.root,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 9 * 60 * 1000,
    },
  ).catch((error: { stdout?: string; message: string }) => ({
    stdout: error.stdout ?? JSON.stringify({ error: error.message }),
  }));
  const last = stdout.trim().split("\n").pop() ?? "{}";
  const sample = JSON.parse(last) as ScaleSample;
  if (sample.error && sample.readMs === undefined) throw new MissingPiece(`scale N=${n}: ${sample.error}`);
  return sample;
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const sizes = ctx.smoke ? [100] : [100, 1000, 5000];
  const rows: string[][] = [];
  const notes: string[] = [];
  let previous: { n: number; total: number; cpu: number } | undefined;
  let basePerOp: number | undefined;
  let baseCpuPerOp: number | undefined;
  let holds: boolean | undefined;
  for (const n of sizes) {
    const dir = path.join(ctx.root, ".tmp/bench/corpus", String(n));
    const corpus = await writeCorpus(dir, n);
    const reps = repetitions(n, ctx.runs);
    const samples: ScaleSample[] = [];
    for (let i = 0; i < reps; i++) {
      const s = await measure(ctx, dir, n);
      ctx.log(
        `scale N=${n} run ${i + 1}/${reps}: total ${fmtMs(s.totalMs)} (read ${fmtMs(s.readMs)}, normalise ${fmtMs(s.normaliseMs)}, generate ${fmtMs(s.generateMs)}), cpu ${fmtMs(s.cpuMs)}, maxRSS ${fmtBytes(s.maxRssBytes)}`,
      );
      samples.push(s);
    }
    const m = (key: keyof ScaleSample) => median(samples.map((s) => s[key] as number));
    const total = m("totalMs");
    const cpu = m("cpuMs");
    const rss = Math.max(...samples.map((s) => s.maxRssBytes));
    const perOp = total / n;
    const cpuPerOp = cpu / n;
    basePerOp ??= perOp;
    baseCpuPerOp ??= cpuPerOp;
    const found = samples[0]!.operationsFound;
    if (found !== n) notes.push(`N=${n}: the readers found ${found} operations, not ${n}.`);
    for (const s of samples) if (s.error) notes.push(`N=${n}: ${s.error}`);
    rows.push([
      String(n),
      `${corpus.files.length} / ${(corpus.bytes / 1024 ** 2).toFixed(0)} MiB`,
      String(reps),
      fmtMs(m("readMs")),
      fmtMs(m("normaliseMs")),
      fmtMs(m("generateMs")),
      `**${fmtMs(total)}**`,
      fmtMs(cpu),
      fmtMs(perOp),
      previous
        ? `${fmtMs((total - previous.total) / (n - previous.n))} / ${fmtMs((cpu - previous.cpu) / (n - previous.n))}`
        : "—",
      fmtRatio(perOp / basePerOp),
      fmtRatio(cpuPerOp / baseCpuPerOp),
      fmtBytes(rss),
      fmtMs(m("typesAloneMs")),
      fmtRatio(m("generateMs") / m("typesAloneMs")),
    ]);
    previous = { n, total, cpu };
    if (n === 5000) holds = total <= TARGET_MS && rss <= TARGET_RSS;
  }
  const profile: string[] = [];
  if (holds === false) {
    // The target is missed: say where the time goes (bench/profile-read.ts).
    const { profileExtract } = await import("./profile-read.js");
    profile.push(
      "Where extract spends its time (`node --import tsx bench/profile-read.ts 200`):",
      ["```text", ...(await profileExtract(ctx.root, 200)), "```"].join("\n"),
    );
  }
  return {
    name: "scale",
    title: "2. Scale: extract + generate for N operations",
    target: "5,000 operations end to end ≤ 30 s and ≤ 1.5 GB peak RSS; time per operation near constant",
    holds,
    body: [
      "Corpus: bench/corpus.ts, Docusaurus HTML as served by the Toggl docs (real page shell, six highlighted code-sample tabs, " +
        "Path/Query/Body tables, 200 tables with `<h5>` nested tables, error lists), 20 operations per page, paths nested two levels; " +
        "about 54 kB of HTML per operation, like the real pages. Each N runs in a fresh process; `total` = read + normalise + generate + write (wall clock); " +
        "`cpu` = user + system CPU time of the same span (steadier when the machine is shared). Growth = time per operation ÷ time per operation at N=100, same run; it falls " +
        "with N while fixed costs (start-up, JIT, formatter warm-up) are spread over more operations, so the marginal cost per operation " +
        "(Δtime ÷ ΔN from the previous row) is the linearity check: equal marginal costs mean linear growth.",
      table(
        [
          "N ops",
          "pages / HTML",
          "runs",
          "read",
          "normalise",
          "generate",
          "total",
          "cpu",
          "per op",
          "marginal per op (wall / cpu)",
          "growth (wall)",
          "growth (cpu)",
          "peak RSS",
          "openapi-typescript alone",
          "generate ÷ openapi-typescript",
        ],
        rows,
      ),
      ...notes,
      ...profile,
    ],
    reproduce:
      "node --import tsx bench/run.ts --only scale (corpus alone: node --import tsx bench/corpus.ts 5000 .tmp/bench/corpus/5000)",
  };
}
