import { parseArgs, type ParseArgsConfig } from "node:util";

/** Wrong words on the command line: exit code 2 with the command's help. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;
/** The value type parseArgs gives each declared option. */
type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K]["type"] extends "boolean"
    ? O[K]["multiple"] extends true
      ? boolean[]
      : boolean
    : O[K]["multiple"] extends true
      ? string[]
      : string;
};

/** node:util parseArgs, with its errors turned into UsageError. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
): { values: ParsedValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedValues<O>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Flag value checks, run before any work so that a bad flag is a usage error (exit 2) rather than a
 * failure halfway through (e.g. a class name with a space used to reach the code formatter).
 */
export function checkNotEmpty(flag: string, value: string | undefined): void {
  if (value !== undefined && value.trim() === "") throw new UsageError(`--${flag} needs a non-empty value`);
}

/** An absolute http(s) URL ("https://api.example.com/v1"). */
export function checkHttpUrl(flag: string, value: string | undefined): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    throw new UsageError(`--${flag} must be an absolute http(s) URL, like https://api.example.com/v1 (got '${value}')`);
  }
}

/** One of a fixed set of words. */
export function checkOneOf(flag: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new UsageError(`--${flag} must be ${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)} (got '${value}')`);
  }
}

/** A TypeScript class name: letters, digits, _ and $, not starting with a digit, not a reserved word. */
export function checkClassName(flag: string, value: string | undefined, isReserved: (name: string) => boolean): void {
  if (value === undefined) return;
  if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(value) || isReserved(value)) {
    throw new UsageError(
      `--${flag} must be a TypeScript class name (letters, digits, _ or $, not starting with a digit, not a reserved word), like TogglTrack (got '${value}')`,
    );
  }
}

/** Text that ends up inside generated code or messages on one line: no line breaks or control characters. */
export function checkOneLine(flag: string, value: string | undefined): void {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value))
    throw new UsageError(`--${flag} must be one line of text, without control characters`);
}

export const HELP = {
  main: `docs2client — API docs pages → OpenAPI 3.1 spec → typed TypeScript client

Usage: docs2client <command> [options]

Commands:
  extract <pages…> --out <spec>   read docs pages (any supported dialect) into one OpenAPI spec
  generate <spec> --out <dir>     generate a typed client from any OpenAPI 3.x document
  build [--check]                 the config-driven pipeline (docs2client.config.json): specs and clients
  diff <old> <new>                list API changes between two specs and classify breaking ones

Run 'docs2client <command> --help' for a command's options, 'docs2client --version' for the version.
Exit codes: 0 ok, 1 bad input (each problem printed as file:line: message), 2 usage.`,
  extract: `Usage: docs2client extract <page files…> --out <file.yaml|file.json> [options]

Reads each page with the reader its content calls for (Toggl HTML, Toggl text captures,
clients-v1 style), merges them (later pages win) and writes one OpenAPI 3.1 document.

Options:
  --out <file>         where to write the spec (.yaml/.yml or .json)          (required)
  --title <text>       info.title (default: from the pages' section titles)
  --server <url>       server URL (default: inferred from the documented URLs)
  --name <id>          API id used in messages (default: the output file's name)
  --api-version <v>    info.version (default: from the server URL, else "1")
  --auth <scheme>      basic | bearer | none (default: inferred from the pages)
  --docs-url <url>     link operations back to the docs page
  --profile <file>     the API's conventions, a JSON profile as in docs2client.config.json
                       (errorBody, docsLinks; default: neutral, nothing assumed)
  --report <file>      also write the extraction report as JSON
  --json               print the report as JSON on stdout instead of a summary
  --allow-empty        accept pages in which no operation is found (otherwise an error:
                       a page a reader recognises but reads nothing from is usually misread)
  -h, --help           this help`,
  generate: `Usage: docs2client generate <spec.yaml|spec.json> --out <dir> [options]

Generates a typed client package (package.json, README.md, src/ with openapi-typescript types,
one module per namespace, a client class, and a copy of the runtime: its only dependency is
openapi-fetch) from any valid OpenAPI 3.0/3.1 document. Build it with \`npm run build\` in <dir>.

Options:
  --out <dir>              output folder (required)
  --class-name <Name>      the client class (default: from info.title)
  --name <id>              the npm package name and API id (default: the output folder's name)
  --json                   print the written files as JSON
  -h, --help               this help`,
  build: `Usage: docs2client build [--check] [--only <api>] [--json]

Runs the pipeline for every API in docs2client.config.json: reads the pages in spec/sources,
writes spec/<api>.openapi.{yaml,json}, the 3.0.3 twin, the extraction report, and the client in
generated/<api>/.

Options:
  --check        write nothing; exit 1 when spec/ or generated/ differ from a fresh build
  --only <api>   build one API (repeatable)
  --json         print a machine-readable summary
  -h, --help     this help`,
  diff: `Usage: docs2client diff <old spec> <new spec> [--fail-on-breaking] [--markdown | --json]

Lists added, removed and changed operations, parameters and fields, classified as breaking,
warning or info the way oasdiff does.

Options:
  --fail-on-breaking   exit 1 when there is any breaking change
  --markdown           print Markdown instead of plain text
  --json               print the diff as JSON
  -h, --help           this help`,
} as const;
