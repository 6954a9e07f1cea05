/**
 * Output helpers: colours and progress lines only on a TTY, so that piped output and CI logs stay
 * plain. Messages go to stderr; results (specs, JSON) go to stdout.
 */
export interface Terminal {
  /** A result line, to stdout. */
  out(text: string): void;
  /** A diagnostic or summary line, to stderr. */
  err(text: string): void;
  /** A progress line, shown only on a TTY. */
  progress(text: string): void;
  bold(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

export function createTerminal(
  stdout: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
  stderr: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
): Terminal {
  const colour = Boolean(stderr.isTTY) && !process.env.NO_COLOR;
  const paint = (code: number) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    out: (text) => void stdout.write(`${text}\n`),
    err: (text) => void stderr.write(`${text}\n`),
    progress: (text) => {
      if (stderr.isTTY) stderr.write(`${paint(2)(`▸ ${text}`)}\n`);
    },
    bold: paint(1),
    red: paint(31),
    green: paint(32),
    yellow: paint(33),
    dim: paint(2),
  };
}
