/**
 * Benchmark 5: what the generated client costs a consumer's type-check. Two temp projects under
 * .tmp/bench/typecheck/<api>/: one file making 20 calls through the generated client
 * (`client.<tag>.<method>({ … })`), and one making the same 20 calls through raw openapi-fetch with
 * the same `paths` types (`api.GET(path, { params, body })`). Each is checked by
 * `node_modules/.bin/tsc --noEmit --extendedDiagnostics`, alternating, median of `runs`. Done for
 * the Toggl client (from docs2client.config.json) and for a GitHub-scale client generated from the
 * GitHub REST spec (skipped in smoke runs).
 */
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { ApiConfig, ProjectConfig } from "../src/config/types.js";
import { generatedConsumer, mapGeneratedMethods, planCalls, rawConsumer } from "./lib/consumer.js";
import { loadGithubSpec } from "./lib/github-spec.js";
import {
  type BenchContext,
  type BenchResult,
  fmtBytes,
  fmtMs,
  fmtRatio,
  load,
  median,
  MissingPiece,
  table,
  timeOnce,
} from "./lib/measure.js";
import { loadPipeline } from "./lib/pipeline-pieces.js";

const run$ = promisify(execFile);
const TARGET = 1.2;
const CALLS = 20;

interface TscRun {
  wallMs: number;
  checkMs: number;
  types: number;
  memoryKb: number;
  files: number;
}

function tsconfig(file: string): string {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        types: [],
      },
      files: [file],
    },
    null,
    2,
  );
}

async function tsc(root: string, project: string): Promise<TscRun> {
  const bin = path.join(root, "node_modules/.bin/tsc");
  const { ms, value } = await timeOnce(() =>
    run$(bin, ["-p", project, "--extendedDiagnostics"], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        const errors = (error.stdout ?? "")
          .split("\n")
          .filter((l) => l.includes("error TS"))
          .slice(0, 5)
          .join("\n");
        throw new MissingPiece(`tsc found errors in ${path.relative(root, project)}:\n${errors || error.stderr}`);
      },
    ),
  );
  const num = (label: string) =>
    Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(value.stdout)?.[1] ?? Number.NaN);
  return {
    wallMs: ms,
    checkMs: num("Check time") * 1000,
    types: num("Types"),
    memoryKb: num("Memory used"),
    files: num("Files"),
  };
}

interface Case {
  label: string;
  dir: string;
  spec: Record<string, unknown>;
  files: { path: string; contents: string }[];
  names: ReadonlyMap<string, { namespace: string; method: string }>;
  clientClass: string;
}

async function prepare(ctx: BenchContext, c: Case): Promise<{ generated: string; raw: string; calls: number }> {
  await rm(c.dir, { recursive: true, force: true });
  const clientDir = path.join(c.dir, "client");
  await mkdir(clientDir, { recursive: true });
  for (const f of c.files) await writeFile(path.join(clientDir, f.path), f.contents);
  const calls = planCalls(c.spec, CALLS);
  if (calls.length === 0) throw new MissingPiece(`${c.label}: no operation whose arguments can be written as literals`);
  const methods = mapGeneratedMethods(c.names);
  await writeFile(
    path.join(c.dir, "consumer-generated.ts"),
    generatedConsumer(calls, methods, c.clientClass, "./client/index.js"),
  );
  await writeFile(path.join(c.dir, "consumer-raw.ts"), rawConsumer(calls, "./client/schema.js"));
  await writeFile(path.join(c.dir, "package.json"), '{ "type": "module" }\n');
  const generated = path.join(c.dir, "tsconfig.generated.json");
  const raw = path.join(c.dir, "tsconfig.raw.json");
  await writeFile(generated, tsconfig("consumer-generated.ts"));
  await writeFile(raw, tsconfig("consumer-raw.ts"));
  return { generated, raw, calls: calls.length };
}

/** Path from the temp client folder back to the project's runtime. */
function runtimeFrom(root: string, dir: string): string {
  return `${path.relative(path.join(dir, "client"), path.join(root, "src/runtime/index.js"))}`;
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const p = await loadPipeline(ctx.root);
  const loadConfig = await load<(root: string) => Promise<ProjectConfig>>(
    ctx.root,
    "src/pipeline/config.ts",
    "loadProjectConfig",
  );
  const extractApi = await load<
    (files: string[], api: ApiConfig, root: string) => Promise<{ document: Record<string, unknown> }>
  >(ctx.root, "src/pipeline/extract.ts", "extractApi");
  const resolveMethodNames = await load<(document: unknown) => Map<string, { namespace: string; method: string }>>(
    ctx.root,
    "src/generate/method-names.ts",
    "resolveMethodNames",
  );
  const config = await loadConfig(ctx.root);
  const toggl = config.apis.find((a) => a.name === "toggl-track-v9") ?? config.apis[0]!;
  const cases: Case[] = [];
  {
    const dir = path.join(ctx.root, ".tmp/bench/typecheck", toggl.name);
    const { document } = await extractApi(toggl.sources, toggl, ctx.root);
    const files = await p.generateClient(document, {
      apiName: toggl.name,
      className: toggl.clientClass,
      runtimeImport: runtimeFrom(ctx.root, dir),
      command: "npm run bench",
    });
    cases.push({
      label: `${toggl.title} (${toggl.clientClass})`,
      dir,
      spec: document,
      files,
      names: resolveMethodNames(document),
      clientClass: toggl.clientClass,
    });
  }
  if (!ctx.smoke) {
    const dir = path.join(ctx.root, ".tmp/bench/typecheck/github");
    const spec = await loadGithubSpec(ctx.root);
    const files = await p.generateClient(spec, {
      apiName: "github",
      className: "GitHub",
      runtimeImport: runtimeFrom(ctx.root, dir),
      command: "npm run bench",
    });
    cases.push({
      label: "GitHub REST (GitHub, generated from @octokit/openapi)",
      dir,
      spec,
      files,
      names: resolveMethodNames(spec),
      clientClass: "GitHub",
    });
  }
  const rows: string[][] = [];
  let holds: boolean | undefined = ctx.smoke ? undefined : true;
  for (const c of cases) {
    const projects = await prepare(ctx, c);
    // The GitHub-scale pair costs ~25 s a round; three rounds keep a full run near its budget.
    const runs = c.clientClass === "GitHub" ? Math.min(ctx.runs, 3) : ctx.runs;
    const gen: TscRun[] = [];
    const raw: TscRun[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so a busy machine slows both alike.
      if (i % 2) raw.push(await tsc(ctx.root, projects.raw));
      gen.push(await tsc(ctx.root, projects.generated));
      if (!(i % 2)) raw.push(await tsc(ctx.root, projects.raw));
      ctx.log(
        `typecheck ${c.label} run ${i + 1}/${runs}: generated ${fmtMs(gen.at(-1)!.wallMs)}, raw ${fmtMs(raw.at(-1)!.wallMs)}`,
      );
    }
    const m = (xs: TscRun[], k: keyof TscRun) => median(xs.map((x) => x[k]));
    const wallRatio = m(gen, "wallMs") / m(raw, "wallMs");
    const checkRatio = m(gen, "checkMs") / m(raw, "checkMs");
    if (holds !== undefined) holds &&= wallRatio <= TARGET;
    rows.push([
      c.label,
      "raw openapi-fetch + `paths` (baseline)",
      String(projects.calls),
      String(m(raw, "files")),
      fmtMs(m(raw, "wallMs")),
      fmtMs(m(raw, "checkMs")),
      m(raw, "types").toLocaleString("en"),
      fmtBytes(m(raw, "memoryKb") * 1024),
      "1.00×",
      "1.00×",
    ]);
    rows.push([
      c.label,
      "generated client",
      String(projects.calls),
      String(m(gen, "files")),
      fmtMs(m(gen, "wallMs")),
      fmtMs(m(gen, "checkMs")),
      m(gen, "types").toLocaleString("en"),
      fmtBytes(m(gen, "memoryKb") * 1024),
      `**${fmtRatio(wallRatio)}**`,
      fmtRatio(checkRatio),
    ]);
  }
  return {
    name: "typecheck",
    title: "5. Type-check cost for a consumer",
    target: `tsc --noEmit of ${CALLS} calls through the generated client ≤ ${TARGET}× the same calls through raw openapi-fetch (whole tsc run)`,
    holds,
    body: [
      `Each project is one consumer file; tsc ${"5.9"} with strict, NodeNext, skipLibCheck (so schema.d.ts is not itself checked, in both). ` +
        `The calls use literal arguments built from the spec. Median of ${ctx.runs} alternating runs (${Math.min(ctx.runs, 3)} for GitHub-scale). "wall" is the whole tsc process; "check" is tsc's own Check time.` +
        (ctx.smoke ? " Smoke run: Toggl only, GitHub-scale skipped." : ""),
      table(
        [
          "client",
          "consumer",
          "calls",
          "files",
          "tsc wall",
          "check time",
          "types",
          "memory",
          "wall ratio",
          "check ratio",
        ],
        rows,
      ),
      "The consumer files are kept in `.tmp/bench/typecheck/<api>/` for inspection.",
    ],
    reproduce: "node --import tsx bench/run.ts --only typecheck",
  };
}
