/**
 * Benchmark 6: bundle size. esbuild (bundle, minify, ESM, platform neutral) of small consumer
 * entry files, then gzip -9 of the result:
 *
 *   openapi-fetch alone         the peer baseline: everything openapi-fetch exports
 *   runtime                     everything src/runtime exports (it bundles openapi-fetch)
 *   runtime, own code only      the same with openapi-fetch left external
 *   full client                 `new TogglTrack(…)` from generated/toggl-track-v9/index.ts: runtime + every wrapper
 *   one operation               `listClients(new ApiClient(…), …)`: shows unused operations tree-shake away
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

async function bundle(entry: string, external: string[] = []): Promise<Size> {
  const out = await esbuild
    .build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "neutral", write: false, metafile: true, external, logLevel: "silent", mainFields: ["module", "main"], conditions: ["import"] })
    .catch((error: Error) => {
      throw new MissingPiece(`esbuild could not bundle ${path.basename(entry)}: ${error.message.split("\n").slice(0, 3).join(" ")}`);
    });
  const code = out.outputFiles[0]!.contents;
  const output = Object.values(out.metafile!.outputs)[0]!;
  const inputs = Object.entries(output.inputs).map(([file, info]) => [file.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, ""), info.bytesInOutput] as [string, number]);
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength, inputs: inputs.sort((a, b) => b[1] - a[1]) };
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const dir = path.join(ctx.root, ".tmp/bench/size");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const runtime = path.join(ctx.root, "src/runtime/index.ts");
  const client = path.join(ctx.root, "generated/toggl-track-v9/index.ts");
  await access(runtime).catch(() => {
    throw new MissingPiece("src/runtime/index.ts does not exist yet");
  });
  const hasClient = await access(client).then(
    () => true,
    () => false,
  );
  const rel = (file: string) => `./${path.relative(dir, file)}`;
  const entries: Record<string, string> = {
    "openapi-fetch": 'export { default, createPathBasedClient, wrapAsPathBasedClient, defaultPathSerializer, defaultBodySerializer, createQuerySerializer } from "openapi-fetch";\n',
    runtime: `export * from "${rel(runtime)}";\n`,
    full: `import { TogglTrack } from "${rel(client)}";\nexport const client = new TogglTrack({ apiToken: "x" });\n`,
    one: `import { ApiClient, listClients } from "${rel(client)}";\nconst client = new ApiClient({ apiToken: "x" }, { name: "toggl-track-v9", baseUrl: "https://api.track.toggl.com/api/v9", auth: ["basic"] });\nexport const list = () => listClients(client, { workspace_id: 1 });\n`,
  };
  for (const [name, text] of Object.entries(entries)) await writeFile(path.join(dir, `${name}.ts`), text);
  const entry = (name: string) => path.join(dir, `${name}.ts`);
  const fetchOnly = await bundle(entry("openapi-fetch"));
  const rt = await bundle(entry("runtime"));
  const rtOwn = await bundle(entry("runtime"), ["openapi-fetch"]);
  const full = hasClient ? await bundle(entry("full")) : undefined;
  const one = hasClient ? await bundle(entry("one")) : undefined;
  const row = (label: string, s: Size | undefined, note = "") =>
    s ? [label, fmtBytes(s.min), `**${fmtBytes(s.gz)}**`, fmtRatio(s.gz / fetchOnly.gz), note] : [label, "—", "—", "—", "generated/toggl-track-v9 does not exist yet"];
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
          row("runtime: all of src/runtime (includes openapi-fetch)", rt, holds ? "target holds" : `over the target by ${fmtBytes(rt.gz - TARGET_BYTES)}`),
          row("runtime, own code only (openapi-fetch external)", rtOwn),
          row("full client: `new TogglTrack()` (runtime + every wrapper)", full, "all operations"),
          row("one operation: `listClients(new ApiClient(…))`", one, full && one ? `${fmtBytes(full.gz - one.gz)} less than the full client: unused operations are dropped` : ""),
        ],
      ),
      `Where the runtime bundle's ${fmtBytes(rt.min)} (minified, before gzip) come from: ` +
        rt.inputs.filter(([, bytes]) => bytes > 0).map(([file, bytes]) => `${file} ${fmtBytes(bytes)}`).join(", ") + ".",
    ],
    reproduce: "node --import tsx bench/run.ts --only size",
  };
}
