/**
 * Benchmark 1: the project build (docs2client.config.json), stage by stage. Each stage is timed on
 * its own, with the previous stage's output as input, median of `runs` after one warm-up; the
 * first (cold) run is reported too, because a CLI user pays it every time.
 *
 *   read        readPages: the docs readers over the API's pages
 *   normalise   normaliseApi: neutral model → OpenAPI document
 *   types       openapi-typescript alone on that document (openapiTS + astToString), the baseline
 *   wrappers    generateClient total minus the types stage: planning, ts-morph printing, prettier
 *   write       writeGeneratedFiles into .tmp/bench/pipeline/<api>
 *   build       buildProject for the API (everything, in memory: specs, 3.0 downgrade, report, client)
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { ApiConfig, ProjectConfig } from "../src/config/types.js";
import { type BenchContext, type BenchResult, fmtMs, fmtRatio, load, median, table, timeOnce } from "./lib/measure.js";
import { loadPipeline, openapiTypescriptAlone } from "./lib/pipeline-pieces.js";

const STAGES = ["read", "normalise", "types", "wrappers+format", "write"] as const;
type Stage = (typeof STAGES)[number];

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const result: BenchResult = {
    name: "pipeline",
    title: "1. Pipeline: the project build, per stage",
    target:
      "no fixed target; the generator's own work (wrappers+format) is compared with openapi-typescript alone (types)",
    body: [],
    reproduce: "node --import tsx bench/run.ts --only pipeline",
  };
  const p = await loadPipeline(ctx.root);
  const loadConfig = await load<(root: string) => Promise<ProjectConfig>>(
    ctx.root,
    "src/pipeline/config.ts",
    "loadProjectConfig",
  );
  const buildProject = await load<(root: string, c: ProjectConfig, only?: string[]) => Promise<unknown>>(
    ctx.root,
    "src/pipeline/build.ts",
    "buildProject",
  );
  const config = await loadConfig(ctx.root);
  const rows: string[][] = [];
  const totalRows: string[][] = [];
  // A smoke run times the cold run only.
  const runs = ctx.smoke ? 0 : ctx.runs;
  for (const api of config.apis) {
    const outDir = path.join(ctx.root, ".tmp/bench/pipeline", api.name);
    await rm(outDir, { recursive: true, force: true });
    const times = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
    const generateTimes: number[] = [];
    const builds: number[] = [];
    let cold: Record<Stage, number> | undefined;
    let operations = 0;
    // Run 0 is the cold run (modules and caches warm up); runs 1..n are timed for the median.
    for (let i = 0; i <= runs; i++) {
      const read = await timeOnce(() => p.readPages(api.sources, ctx.root));
      const norm = await timeOnce(() => p.normaliseApi(read.value, api as ApiConfig));
      const document = norm.value.document as object;
      operations = countOperations(document);
      const types = await timeOnce(() => openapiTypescriptAlone(document));
      const gen = await timeOnce(() =>
        p.generateClient(document, {
          apiName: api.name,
          className: api.clientClass,
          runtimeImport: "../../src/runtime/index.js",
          command: "npm run bench",
        }),
      );
      const write = await timeOnce(() => p.writeGeneratedFiles(outDir, gen.value));
      const build = i === 0 ? { ms: Number.NaN } : await timeOnce(() => buildProject(ctx.root, config, [api.name]));
      const sample: Record<Stage, number> = {
        read: read.ms,
        normalise: norm.ms,
        types: types.ms,
        "wrappers+format": Math.max(0, gen.ms - types.ms),
        write: write.ms,
      };
      if (i === 0) {
        cold = sample;
        if (runs === 0) {
          for (const st of STAGES) times.get(st)!.push(sample[st]);
          generateTimes.push(gen.ms);
        }
        continue;
      }
      for (const s of STAGES) times.get(s)!.push(sample[s]);
      generateTimes.push(gen.ms);
      builds.push(build.ms);
      ctx.log(`pipeline ${api.name} run ${i}/${runs}: ${STAGES.map((s) => `${s} ${fmtMs(sample[s])}`).join(", ")}`);
    }
    const med = Object.fromEntries(STAGES.map((s) => [s, median(times.get(s)!)])) as Record<Stage, number>;
    const sum = STAGES.reduce((acc, s) => acc + med[s], 0);
    for (const s of STAGES) {
      rows.push([
        api.name,
        s,
        fmtMs(med[s]),
        `${((med[s] / sum) * 100).toFixed(0)} %`,
        fmtMs(cold![s]),
        s === "types" ? "1.00× (baseline)" : fmtRatio(med[s] / med.types),
      ]);
    }
    rows.push([
      api.name,
      "**sum of stages**",
      `**${fmtMs(sum)}**`,
      "100 %",
      fmtMs(STAGES.reduce((a, s) => a + cold![s], 0)),
      fmtRatio(sum / med.types),
    ]);
    const gen = median(generateTimes);
    totalRows.push([
      api.name,
      String(operations),
      builds.length ? fmtMs(median(builds)) : "—",
      fmtMs(gen),
      fmtMs(med.types),
      fmtRatio(gen / med.types),
    ]);
  }
  result.body.push(
    (runs === 0
      ? "Smoke run: the cold run only. "
      : `Median of ${runs} warm runs in one process (after one cold run, shown separately). `) +
      "Ratios are against the `types` stage (openapi-typescript alone on the same document, same run).",
    table(["API", "stage", "median", "share", "cold run", "vs types"], rows),
    table(
      [
        "API",
        "operations",
        "buildProject (in memory, all outputs)",
        "generateClient",
        "openapi-typescript alone",
        "generateClient ÷ openapi-typescript",
      ],
      totalRows,
    ),
  );
  return result;
}

export function countOperations(document: object): number {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  let n = 0;
  for (const item of Object.values(paths)) for (const key of Object.keys(item ?? {})) if (methods.has(key)) n++;
  return n;
}
