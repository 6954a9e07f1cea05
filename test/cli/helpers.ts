import { main } from "../../src/cli/main.js";
import type { Terminal } from "../../src/cli/terminal.js";

/** Runs the CLI in process and captures what it prints. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
  const code = await main(argv, term);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
