/**
 * Benchmark 6: bundle size. esbuild (bundle, minify, ESM, platform neutral) of small consumer
 * entry files, then gzip -9 of the result:
 *
 *   openapi-fetch alone         the peer baseline: everything openapi-fetch exports
 *   runtime                     everything src/runtime exports (it bundles openapi-fetch)
 *   runtime, own code only      the same with openapi-fetch left external
 *   whole client                `new Toggl(…)` from the generated package: runtime + every operation of Track, Reports, Webhooks
 *   Track client                `new TogglTrack(…)`: runtime + every Track operation
 *   one operation               the package README's tree-shaking example (`TogglTrackCore` + `listTimeEntries`),
 *                               imported from the package root as a user writes it: unused operations tree-shake away
 */
import { access, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { type BenchContext, type BenchResult, fmtBytes, fmtRatio, MissingPiece, table } from "./lib/measure.js";

const TARGET_BYTES = 7 * 1024;

interface Size {
  min: number;
  gz: number;
  /** Minified bytes each input file contributes. */
  inputs: [string, number][];
}

/** The generated package's npm name, resolved to its sources (whose package.json says `sideEffects: false`). */
const PACKAGE_NAME = "@docs2client/toggl";

async function bundle(entry: string, external: string[] = [], alias: Record<string, string> = {}): Promise<Size> {
  const out = await esbuild
    .build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
      metafile: true,
      external,
      alias,
      logLevel: "silent",
      mainFields: ["module", "main"],
      conditions: ["import"],
    })
    .catch((error: Error) => {
      throw new MissingPiece(
        `esbuild could not bundle ${path.basename(entry)}: ${error.message.split("\n").slice(0, 3).join(" ")}`,
      );
    });
  const code = out.outputFiles[0]!.contents;
  const output = Object.values(out.metafile!.outputs)[0]!;
  const inputs = Object.entries(output.inputs).map(
    ([file, info]) =>
      [file.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, ""), info.bytesInOutput] as [string, number],
  );
  return {
    min: code.byteLength,
    gz: gzipSync(code, { level: 9 }).byteLength,
    inputs: inputs.sort((a, b) => b[1] - a[1]),
  };
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const dir = path.join(ctx.root, ".tmp/bench/size");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const runtime = path.join(ctx.root, "src/runtime/index.ts");
  const client = path.join(ctx.root, "generated/toggl/src/index.ts");
  await access(runtime).catch(() => {
    throw new MissingPiece("src/runtime/index.ts does not exist yet");
  });
  const hasClient = await access(client).then(
    () => true,
    () => false,
  );
  const rel = (file: string) => `./${path.relative(dir, file)}`;
  const entries: Record<string, string> = {
    "openapi-fetch":
      'export { default, createPathBasedClient, wrapAsPathBasedClient, defaultPathSerializer, defaultBodySerializer, createQuerySerializer } from "openapi-fetch";\n',
    runtime: `export * from "${rel(runtime)}";\n`,
    full: `import { Toggl } from "${PACKAGE_NAME}";\nexport const client = new Toggl({ apiToken: "x" });\n`,
    track: `import { TogglTrack } from "${PACKAGE_NAME}";\nexport const client = new TogglTrack({ apiToken: "x" });\n`,
    // The README's tree-shaking example, as written there.
    one: `import { TogglTrackCore, listTimeEntries } from "${PACKAGE_NAME}";\nconst core = new TogglTrackCore({ apiToken: "x" });\nexport const list = () => listTimeEntries(core, { start_date: "2026-01-01", end_date: "2026-01-31" });\n`,
  };
  for (const [name, text] of Object.entries(entries)) await writeFile(path.join(dir, `${name}.ts`), text);
  const entry = (name: string) => path.join(dir, `${name}.ts`);
  const fetchOnly = await bundle(entry("openapi-fetch"));
  const rt = await bundle(entry("runtime"));
  const rtOwn = await bundle(entry("runtime"), ["openapi-fetch"]);
  const alias = { [PACKAGE_NAME]: client };
  const full = hasClient ? await bundle(entry("full"), [], alias) : undefined;
  const trackOnly = hasClient ? await bundle(entry("track"), [], alias) : undefined;
  const one = hasClient ? await bundle(entry("one"), [], alias) : undefined;
  const row = (label: string, s: Size | undefined, note = "") =>
    s
      ? [label, fmtBytes(s.min), `**${fmtBytes(s.gz)}**`, fmtRatio(s.gz / fetchOnly.gz), note]
      : [label, "—", "—", "—", "generated/toggl does not exist yet"];
  const holds = rt.gz <= TARGET_BYTES;
  return {
    name: "size",
    title: "6. Bundle size",
    target: "runtime ≤ 7 kB min+gz (7,168 bytes)",
    holds,
    body: [
      "esbuild 0.28 (`bundle`, `minify`, `format: esm`, `platform: neutral`), then gzip -9. Entry files are in `.tmp/bench/size/`.",
      table(
        ["bundle", "minified", "min+gz", "vs openapi-fetch", "note"],
        [
          row("openapi-fetch alone (baseline)", fetchOnly),
          row(
            "runtime: all of src/runtime (includes openapi-fetch)",
            rt,
            holds ? "target holds" : `over the target by ${fmtBytes(rt.gz - TARGET_BYTES)}`,
          ),
          row("runtime, own code only (openapi-fetch external)", rtOwn),
          row(
            "whole client: `new Toggl()` (runtime + every operation of Track, Reports, Webhooks)",
            full,
            "all operations",
          ),
          row("Track client: `new TogglTrack()`", trackOnly, "Track's operations"),
          row(
            "one operation: `listTimeEntries(new TogglTrackCore(…))` (the package README's example)",
            one,
            full && one
              ? `${fmtBytes(full.gz - one.gz)} less than the whole client: unused operations are dropped`
              : "",
          ),
        ],
      ),
      `Where the runtime bundle's ${fmtBytes(rt.min)} (minified, before gzip) come from: ` +
        rt.inputs
          .filter(([, bytes]) => bytes > 0)
          .map(([file, bytes]) => `${file} ${fmtBytes(bytes)}`)
          .join(", ") +
        ".",
    ],
    reproduce: "node --import tsx bench/run.ts --only size",
  };
}
