import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Terminal } from "../../src/cli/terminal.js";

/** A Terminal that records what the CLI prints (no colours, no progress). */
export function recordingTerminal(): { term: Terminal; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const id = (t: string) => t;
  const term: Terminal = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    progress: () => {},
    bold: id,
    red: id,
    green: id,
    yellow: id,
    dim: id,
  };
  return { term, out, err };
}

/** Runs the CLI in process and captures what it prints. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { term, out, err } = recordingTerminal();
  const code = await main(argv, term);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/**
 * A fresh folder for one test file, under the repo's .tmp/ (generated clients there import the
 * runtime by a relative path), removed after the file's tests. mkdtemp: never shared between test
 * files or runs.
 */
export function scratchDir(prefix: string): string {
  mkdirSync(".tmp", { recursive: true });
  const dir = path.relative(process.cwd(), mkdtempSync(path.join(".tmp", `${prefix}-`)));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
