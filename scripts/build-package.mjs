#!/usr/bin/env node
// `npm run build` (and `prepack`): compiles
// - every generated package (`generated/<name>/` with a package.json): its src/ → its dist/ (JS and
//   declarations, with this repo's TypeScript), `.d.ts` inputs (schema.d.ts) copied beside them,
//   since tsc does not copy them;
// - the docs2client package itself (the CLI and `docs2client/runtime`) to dist/, with the runtime's
//   TypeScript sources in dist/runtime-source/ (what `docs2client generate` copies into a package).
// Each build goes to a scratch folder first and replaces its dist/ only when it succeeded, so a
// failed or concurrent build never leaves a half-written dist/.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const scratchDirs = [];

function fail(message) {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  console.error(`build: ${message}`);
  process.exit(1);
}

function scratchFor(name) {
  const dir = path.join(root, ".tmp", `build-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  scratchDirs.push(dir);
  return dir;
}

function compile(project, outDir, flags = []) {
  const result = spawnSync(process.execPath, [tsc, "-p", project, "--outDir", outDir, ...flags], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) fail(`tsc -p ${project} ${flags.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

/**
 * A generated package's JavaScript without comments (the docs are in its declarations, which keep
 * them): half the package's weight in node_modules.
 */
const JS_WITHOUT_COMMENTS = ["--removeComments", "--declaration", "false"];
const DECLARATIONS_ONLY = ["--emitDeclarationOnly"];

/** Every file under `dir` whose name passes `keep`, relative to `dir`. */
function filesUnder(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

function copyFiles(fromDir, files, toDir) {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(toDir, file)), { recursive: true });
    cpSync(path.join(fromDir, file), path.join(toDir, file));
  }
}

function expectFiles(dir, files, what) {
  const missing = files.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) fail(`${what}: the build did not produce ${missing.join(", ")}`);
}

/** Replaces `target` by `scratch`; another build may swap its own in between, then retry. */
function swapIn(scratch, target) {
  for (let attempt = 1; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      renameSync(scratch, target);
      return;
    } catch (error) {
      if (attempt >= 5 || !["ENOTEMPTY", "EEXIST"].includes(error.code))
        fail(`cannot replace ${path.relative(root, target)}: ${error.message}`);
    }
  }
}

/** The generated packages: every `generated/<name>/` with a package.json and a tsconfig.json. */
function generatedPackages() {
  const dir = path.join(root, "generated");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        existsSync(path.join(dir, e.name, "package.json")) &&
        existsSync(path.join(dir, e.name, "tsconfig.json")),
    )
    .map((e) => e.name)
    .sort();
}

const packages = generatedPackages();
if (packages.length === 0) fail("generated/ has no packages: run `npm run generate` first");

for (const name of packages) {
  const pkgDir = path.join(root, "generated", name);
  const scratch = scratchFor(name);
  compile(path.join("generated", name, "tsconfig.json"), scratch, JS_WITHOUT_COMMENTS);
  compile(path.join("generated", name, "tsconfig.json"), scratch, DECLARATIONS_ONLY);
  copyFiles(
    path.join(pkgDir, "src"),
    filesUnder(path.join(pkgDir, "src"), (f) => f.endsWith(".d.ts")),
    scratch,
  );
  expectFiles(scratch, ["index.js", "index.d.ts", "runtime/index.js"], `generated/${name}`);
  swapIn(scratch, path.join(pkgDir, "dist"));
}

const scratch = scratchFor("docs2client");
compile("tsconfig.build.json", scratch);
copyFiles(
  root,
  filesUnder(path.join(root, "src"), (f) => f.endsWith(".d.ts")).map((f) => path.join("src", f)),
  scratch,
);
const runtimeDir = path.join(root, "src", "runtime");
copyFiles(
  runtimeDir,
  filesUnder(runtimeDir, (f) => f.endsWith(".ts") && !f.endsWith(".d.ts")),
  path.join(scratch, "runtime-source"),
);
expectFiles(
  scratch,
  ["src/cli/main.js", "src/runtime/index.js", "src/runtime/index.d.ts", "runtime-source/client.ts"],
  "docs2client",
);
swapIn(scratch, path.join(root, "dist"));

console.log(
  `build: dist/ holds the docs2client CLI and runtime; built ${packages.map((name) => `generated/${name}/dist`).join(", ")}`,
);
