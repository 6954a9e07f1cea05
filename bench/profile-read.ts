/**
 * Profiles extract (read + normalise) on a scale corpus, for finding where large docs sets spend
 * their time:   node --import tsx bench/profile-read.ts [N=200]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { corpusApi, writeCorpus } from "./corpus.js";
import { hotSpots } from "./lib/cpuprofile.js";
import { loadPipeline } from "./lib/pipeline-pieces.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const n = Number(process.argv[2] ?? 200);
const dir = path.join(ROOT, ".tmp/bench/profile-read");

if (process.argv.includes("--child")) {
  const p = await loadPipeline(ROOT);
  const files = readdirSync(path.join(dir, "corpus")).map((f) => path.join(dir, "corpus", f));
  const pages = await p.readPages(files, ROOT);
  p.normaliseApi(pages, corpusApi(files));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await profileExtract(ROOT, n)) console.log(line);
}

/** Writes an N-operation corpus, profiles read + normalise of it in a child, and summarises the profile. */
export async function profileExtract(root: string, operations: number): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "prof"), { recursive: true });
  await writeCorpus(path.join(dir, "corpus"), operations);
  execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.join(dir, "prof")}`, "--import", "tsx", fileURLToPath(import.meta.url), String(operations), "--child"], { cwd: root, stdio: "inherit" });
  const file = path.join(dir, "prof", readdirSync(path.join(dir, "prof"))[0]!);
  const spots = await hotSpots(file, root);
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  const lines = [`profile of read + normalise, ${operations} operations (shares of all samples, including process start-up):`, "", "Top self time:"];
  for (const s of [...spots].sort((a, b) => b.selfShare - a.selfShare).slice(0, 15)) lines.push(`${pct(s.selfShare)}  ${s.where}`);
  lines.push("", "Top total time (project code and libraries):");
  for (const s of spots.filter((s) => /src\/|node_modules\/(cheerio|parse5|domutils|domhandler|htmlparser2)/.test(s.where)).sort((a, b) => b.totalShare - a.totalShare).slice(0, 22)) lines.push(`${pct(s.totalShare)}  ${s.where}`);
  return lines;
}
