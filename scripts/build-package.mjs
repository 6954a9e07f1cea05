#!/usr/bin/env node
// `npm run build` (and `prepack`): compiles the runtime, the generated clients and the CLI to dist/
// with declarations, for the published package. In this repo nothing needs dist/: the CLI runs the
// sources through tsx.
//
// tsc does not copy `.d.ts` inputs, so `generated/<api>/schema.d.ts` is copied next to the
// compiled `index.d.ts` that imports it. The build goes to a scratch folder first and replaces
// dist/ only when it succeeded, so a failed or concurrent build never leaves a half-written dist/.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const scratch = path.join(root, ".tmp", `build-${process.pid}`);

function fail(message) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Every `*.d.ts` under `dir`, relative to the repo root. */
function declarationInputs(dir) {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".d.ts"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The generated APIs: every `generated/<api>/` with an `index.ts`. */
function generatedApis() {
  const dir = path.join(root, "generated");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "index.ts")))
    .map((entry) => entry.name)
    .sort();
}

const apis = generatedApis();
if (apis.length === 0) fail("generated/ has no clients: run `npm run generate` first");

// A client nobody can import is a packaging bug: each API needs its own subpath export.
const { exports = {} } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const unexported = apis.filter((api) => !exports[`./${api}`]);
if (unexported.length > 0) {
  fail(`package.json "exports" has no entry for ${unexported.map((api) => `"./${api}"`).join(", ")}`);
}

rmSync(scratch, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compiled = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", scratch], {
  cwd: root,
  stdio: "inherit",
});
if (compiled.status !== 0) fail(`tsc -p tsconfig.build.json failed (exit ${compiled.status ?? compiled.signal})`);

for (const file of [...declarationInputs("src"), ...declarationInputs("generated")]) {
  mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
  cpSync(path.join(root, file), path.join(scratch, file));
}

const expected = [
  "src/cli/main.js",
  "src/runtime/index.js",
  "src/runtime/index.d.ts",
  ...apis.flatMap((api) => [`generated/${api}/index.js`, `generated/${api}/index.d.ts`]),
];
const missing = expected.filter((file) => !existsSync(path.join(scratch, file)));
if (missing.length > 0) fail(`the build did not produce ${missing.join(", ")}`);

// Another build may swap its dist/ in between our rm and rename: then remove that one and retry.
for (let attempt = 1; ; attempt++) {
  rmSync(dist, { recursive: true, force: true });
  try {
    renameSync(scratch, dist);
    break;
  } catch (error) {
    if (attempt >= 5 || !["ENOTEMPTY", "EEXIST"].includes(error.code)) fail(`cannot replace dist/: ${error.message}`);
  }
}
console.log(`build: dist/ holds the runtime, the CLI and ${apis.length} clients (${apis.join(", ")})`);
