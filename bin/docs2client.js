#!/usr/bin/env node
// The `docs2client` command. It runs the TypeScript sources through tsx so that the CLI works
// right after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
