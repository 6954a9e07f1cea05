import { DocsInputError, formatDiagnostic } from "../model/errors.js";
import { describeErrno, FileError, isErrnoWithPath } from "./files.js";
import { createTerminal, type Terminal } from "./terminal.js";
import { HELP, UsageError } from "./usage.js";
import { packageVersion } from "./version.js";

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

type Command = (argv: string[], term: Terminal) => Promise<number>;

/**
 * Each command is loaded when it runs: `--version`, `--help` and a mistyped command answer at once
 * instead of first loading the parsers, the generator and the formatter.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import("./commands/extract.js")).runExtract,
  generate: async () => (await import("./commands/generate.js")).runGenerate,
  build: async () => (await import("./commands/build.js")).runBuild,
  diff: async () => (await import("./commands/diff.js")).runDiff,
};

/**
 * The `docs2client` command. Returns the exit code instead of exiting so that tests can run it in
 * process. Bad input is printed as `file:line: message` lines, never as a stack trace.
 */
export async function main(argv: string[], term: Terminal = createTerminal()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    (command === undefined ? term.err : term.out)(HELP.main);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    term.out(`docs2client ${packageVersion()}`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    term.err(`docs2client: unknown command '${command}'\n\n${HELP.main}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    term.out(HELP[command as keyof typeof HELP]);
    return EXIT_OK;
  }
  try {
    return await (
      await load()
    )(rest, term);
  } catch (error) {
    if (error instanceof UsageError) {
      term.err(`docs2client ${command}: ${error.message}\n\n${HELP[command as keyof typeof HELP]}`);
      return EXIT_USAGE;
    }
    if (error instanceof DocsInputError) {
      for (const d of error.diagnostics) term.err(formatDiagnostic(d));
      return EXIT_BAD_INPUT;
    }
    // A file or folder that cannot be read or written: one line naming it, like bad input.
    if (error instanceof FileError) {
      term.err(`${error.path}: ${error.message}`);
      return EXIT_BAD_INPUT;
    }
    if (isErrnoWithPath(error)) {
      term.err(`${error.path}: ${describeErrno(error)}`);
      return EXIT_BAD_INPUT;
    }
    // Anything else is our bug, not the user's input: say so plainly, keep the stack for debugging.
    term.err(`docs2client ${command}: internal error: ${(error as Error)?.message ?? String(error)}`);
    if (process.env.DOCS2CLIENT_DEBUG) term.err(String((error as Error)?.stack));
    else term.err("(set DOCS2CLIENT_DEBUG=1 for the stack trace, and please report it)");
    return EXIT_BAD_INPUT;
  }
}
