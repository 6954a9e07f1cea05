#!/usr/bin/env node
// The `docs2client` command. In this repo it runs the TypeScript sources through tsx, so the CLI works
// right after `npm ci` with no build step (and a stale dist/ is never used). The published package has
// no sources: there it runs the compiled dist/ and needs no tsx.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/main.ts", import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import("../dist/src/cli/main.js"));
}
process.exitCode = await main(process.argv.slice(2));
