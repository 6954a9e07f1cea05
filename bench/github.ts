/**
 * Benchmark 3: a real big spec. generateClient on the GitHub REST spec (@octokit/openapi) vs
 * openapi-typescript alone (openapiTS + astToString) on the same document, alternating the two
 * so that a busy machine slows both alike. generateClient runs openapi-typescript itself, so the
 * ratio is what the wrappers, their JSDoc and formatting add on top.
 */
import {
  type BenchContext,
  type BenchResult,
  fmtBytes,
  fmtMs,
  fmtRatio,
  median,
  table,
  timeOnce,
} from "./lib/measure.js";
import { cutGithubSpec, GITHUB_SPEC, loadGithubSpec } from "./lib/github-spec.js";
import { loadPipeline, openapiTypescriptAlone } from "./lib/pipeline-pieces.js";
import { countOperations } from "./pipeline.js";

const TARGET = 2;

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const { generateClient } = await loadPipeline(ctx.root);
  const full = await loadGithubSpec(ctx.root);
  const spec = ctx.smoke ? cutGithubSpec(full, 40) : full;
  const operations = countOperations(spec);
  const options = {
    apiName: "github",
    className: "GitHub",
    runtimeImport: "../runtime/index.js",
    command: "npm run bench",
    specPath: GITHUB_SPEC,
  };
  const alone: number[] = [];
  const generate: number[] = [];
  const cpuAlone: number[] = [];
  const cpuGenerate: number[] = [];
  let typesBytes = 0;
  let generatedBytes = 0;
  let files = 0;
  // One warm-up pair (not timed in full runs), then alternate.
  for (let i = ctx.smoke ? 1 : 0; i <= ctx.runs; i++) {
    let cpu = process.cpuUsage();
    const a = await timeOnce(() => openapiTypescriptAlone(spec));
    const ca = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const g = await timeOnce(() => generateClient(spec, options));
    const cg = process.cpuUsage(cpu);
    typesBytes = a.value.length;
    generatedBytes = g.value.reduce((n, f) => n + f.contents.length, 0);
    files = g.value.length;
    if (i === 0) continue;
    alone.push(a.ms);
    generate.push(g.ms);
    cpuAlone.push((ca.user + ca.system) / 1000);
    cpuGenerate.push((cg.user + cg.system) / 1000);
    ctx.log(
      `github run ${i}/${ctx.runs}: openapi-typescript ${fmtMs(a.ms)}, generateClient ${fmtMs(g.ms)} (${fmtRatio(g.ms / a.ms)})`,
    );
  }
  const ratio = median(generate) / median(alone);
  const cpuRatio = median(cpuGenerate) / median(cpuAlone);
  return {
    name: "github",
    title: "3. A real big spec: GitHub REST",
    target: `generateClient ≤ ${TARGET}× openapi-typescript alone on the GitHub REST spec`,
    holds: ctx.smoke ? undefined : ratio <= TARGET,
    body: [
      `Spec: \`${GITHUB_SPEC}\`${ctx.smoke ? " cut to its first 40 paths (smoke run)" : ""}: ${operations} operations. ` +
        (ctx.smoke
          ? "One cold run of each, in one process."
          : `Median of ${alone.length} alternating runs after one warm-up pair, in one process.`),
      table(
        ["tool", "output", "median (wall)", "median (cpu)", "ratio (wall)", "ratio (cpu)"],
        [
          [
            "openapi-typescript alone (`openapiTS` + `astToString`)",
            `schema.d.ts, ${fmtBytes(typesBytes)}`,
            fmtMs(median(alone)),
            fmtMs(median(cpuAlone)),
            "1.00× (baseline)",
            "1.00×",
          ],
          [
            "docs2client `generateClient`",
            `${files} files, ${fmtBytes(generatedBytes)}`,
            fmtMs(median(generate)),
            fmtMs(median(cpuGenerate)),
            `**${fmtRatio(ratio)}**`,
            fmtRatio(cpuRatio),
          ],
        ],
      ),
    ],
    reproduce: "node --import tsx bench/run.ts --only github",
  };
}
