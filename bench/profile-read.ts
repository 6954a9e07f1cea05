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
} else {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "prof"), { recursive: true });
  await writeCorpus(path.join(dir, "corpus"), n);
  execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.join(dir, "prof")}`, "--import", "tsx", fileURLToPath(import.meta.url), String(n), "--child"], { cwd: ROOT, stdio: "inherit" });
  const file = path.join(dir, "prof", readdirSync(path.join(dir, "prof"))[0]!);
  const spots = await hotSpots(file, ROOT);
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  console.log("Top self time:");
  for (const s of [...spots].sort((a, b) => b.selfShare - a.selfShare).slice(0, 20)) console.log(`${pct(s.selfShare)}  ${s.where}`);
  console.log("\nTop total time (project code and libraries):");
  for (const s of spots.filter((s) => /src\/|node_modules/.test(s.where)).sort((a, b) => b.totalShare - a.totalShare).slice(0, 30)) console.log(`${pct(s.totalShare)}  ${s.where}`);
}
