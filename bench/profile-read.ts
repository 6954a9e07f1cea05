/**
 * Profiles extract (read + normalise) on a scale corpus, for finding where large docs sets spend
 * their time:   node --import tsx bench/profile-read.ts [N=200]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { corpusApi, writeCorpus } from "./corpus.js";
import { callees, hotSpots } from "./lib/cpuprofile.js";
import { median } from "./lib/measure.js";
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
  execFileSync(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${path.join(dir, "prof")}`,
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      String(operations),
      "--child",
    ],
    { cwd: root, stdio: "inherit" },
  );
  const file = path.join(dir, "prof", readdirSync(path.join(dir, "prof"))[0]!);
  const spots = await hotSpots(file, root);
  // Shares of the extract work itself (readPageText + normaliseApi), so that process start-up does not dilute them.
  const extract =
    spots
      .filter((s) => /src\/(scrape\/index\.ts:\d+ readPageText|normalise\/index\.ts:\d+ normaliseApi)$/.test(s.where))
      .reduce((n, s) => n + s.totalShare, 0) || 1;
  const pct = (x: number) => `${((x / extract) * 100).toFixed(1).padStart(5)} %`;
  const lines = [
    `profile of read + normalise, ${operations} operations; shares of the time inside readPageText + normaliseApi:`,
    "",
    "Top total time in src/:",
  ];
  for (const s of spots
    .filter((s) => /^src\//.test(s.where))
    .sort((a, b) => b.totalShare - a.totalShare)
    .slice(0, 14))
    lines.push(`${pct(s.totalShare)}  ${s.where}`);
  for (const [parent, row] of await callees(file, root, /toggl-html\/index\.ts:\d+ readTogglHtml$/)) {
    lines.push("", `Where ${parent} spends its time:`);
    for (const [child, share] of [...row].sort((a, b) => b[1] - a[1]).slice(0, 8))
      if (share >= 0.001) lines.push(`${pct(share)}  ${child}`);
  }
  lines.push("", ...(await parserComparison()));
  return lines;
}

/** The same page parsed by parse5 (what cheerio.load uses, with source locations) and by htmlparser2, in this process. */
async function parserComparison(): Promise<string[]> {
  try {
    const cheerio = await import("cheerio");
    const { parseDocument } = (await import("htmlparser2")) as {
      parseDocument: (text: string, options: object) => unknown;
    };
    const page = readFileSync(path.join(dir, "corpus", readdirSync(path.join(dir, "corpus"))[0]!), "utf8");
    const time = (fn: () => unknown) => {
      for (let i = 0; i < 2; i++) fn();
      const all: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        fn();
        all.push(performance.now() - start);
      }
      return median(all);
    };
    const parse5 = time(() => cheerio.load(page, { sourceCodeLocationInfo: true }));
    const hp2 = time(() => parseDocument(page, { withStartIndices: true, withEndIndices: true }));
    return [
      `Parsing one 20-operation page (${(page.length / 1024 ** 2).toFixed(1)} MiB), median of 5: cheerio.load with parse5 + source locations ${parse5.toFixed(0)} ms; htmlparser2 parseDocument with start/end indices ${hp2.toFixed(0)} ms (${(parse5 / hp2).toFixed(1)}× faster).`,
    ];
  } catch (error) {
    return [`(parser comparison skipped: ${String(error)})`];
  }
}
