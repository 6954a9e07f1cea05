/**
 * One scale measurement in a fresh process, so that peak memory (maxRSS) belongs to this N alone:
 * extract (read + normalise) + generate + write of a corpus written by bench/corpus.ts, then
 * openapi-typescript alone on the extracted spec as a same-process reference (after the peak
 * memory of the pipeline has been taken). Prints one JSON line on stdout.
 *
 *   node --import tsx bench/scale-child.ts <corpus-dir> <out-dir>
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { corpusApi } from "./corpus.js";
import { loadPipeline, openapiTypescriptAlone } from "./lib/pipeline-pieces.js";
import { countOperations } from "./pipeline.js";
import { firstLine, timeOnce } from "./lib/measure.js";

export interface ScaleSample {
  operationsFound: number;
  pages: number;
  readMs: number;
  normaliseMs: number;
  generateMs: number;
  writeMs: number;
  totalMs: number;
  /** CPU time (user + system, all threads) of read … write: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Peak resident set size of the pipeline, bytes. */
  maxRssBytes: number;
  /** openapi-typescript alone on the same spec. */
  typesAloneMs: number;
  generatedBytes: number;
  error?: string;
}

const [dir, outDir] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
try {
  const pipeline = await loadPipeline(root);
  const files = (await readdir(dir!))
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => path.join(dir!, f));
  const api = corpusApi(files);
  const cpuStart = process.cpuUsage();
  const read = await timeOnce(() => pipeline.readPages(files, root));
  const operationsFound = read.value.reduce((n, p) => n + p.operations.length, 0);
  const norm = await timeOnce(() => pipeline.normaliseApi(read.value, api));
  const document = norm.value.document as object;
  const gen = await timeOnce(() =>
    pipeline.generateClient(document, {
      apiName: api.name,
      className: api.clientClass,
      runtimeImport: "../../../src/runtime/index.js",
      command: "npm run bench",
    }),
  );
  await rm(outDir!, { recursive: true, force: true });
  const write = await timeOnce(() => pipeline.writeGeneratedFiles(outDir!, gen.value));
  const cpu = process.cpuUsage(cpuStart);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const types = await timeOnce(() => openapiTypescriptAlone(document));
  const sample: ScaleSample = {
    operationsFound: Math.max(operationsFound, 0),
    pages: files.length,
    readMs: read.ms,
    normaliseMs: norm.ms,
    generateMs: gen.ms,
    writeMs: write.ms,
    totalMs: read.ms + norm.ms + gen.ms + write.ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes,
    typesAloneMs: types.ms,
    generatedBytes: gen.value.reduce((n, f) => n + f.contents.length, 0),
  };
  if (countOperations(document) !== operationsFound)
    sample.error = `the spec has ${countOperations(document)} operations, the readers found ${operationsFound}`;
  process.stdout.write(`${JSON.stringify(sample)}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: firstLine(error) })}\n`);
  process.exitCode = 1;
}
