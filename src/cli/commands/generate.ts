import path from "node:path";
import { classNameFromTitle, writeGeneratedFiles } from "../../generate/index.js";
import { generatePackage } from "../../generate/package.js";
import { isReservedWord } from "../../words/index.js";
import { DocsInputError } from "../../model/errors.js";
import { ensureDir } from "../files.js";
import { readSpecFile } from "../spec-file.js";
import { placeDiagnostics } from "../spec-lines.js";
import type { Terminal } from "../terminal.js";
import { checkClassName, checkNotEmpty, checkOneLine, parseCommandArgs, UsageError } from "../usage.js";

/** A path for a generated header: relative to the working directory, never absolute (headers are committed). */
function pathForHeader(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative)
    ? path.basename(path.resolve(file))
    : relative;
}

/** An npm package name from a folder name ("My Client" → "my-client"). */
function npmNameFrom(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[._-]+|-+$/g, "") || "client"
  );
}

export async function runGenerate(argv: string[], term: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: "string" },
    "class-name": { type: "string" },
    name: { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one spec file");
  if (values.out === undefined) throw new UsageError("--out <dir> is required");
  for (const flag of ["out", "class-name", "name"] as const) checkNotEmpty(flag, values[flag]);
  checkOneLine("name", values.name);
  checkClassName("class-name", values["class-name"], isReservedWord);
  const specFile = positionals[0]!;
  const { document, text } = await readSpecFile(specFile);
  // The output folder first: a path that cannot be a folder fails before the generator's work.
  await ensureDir(values.out);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? "Api");
  term.progress(`generating from ${specFile}`);
  const apiName = npmNameFrom(values.name ?? path.basename(path.resolve(values.out)));
  const files = await generatePackage({
    npmName: apiName,
    version: "0.1.0",
    command: `docs2client generate ${pathForHeader(specFile)} --out ${pathForHeader(values.out)}`,
    apis: [
      {
        document,
        apiName,
        className: values["class-name"] ?? classNameFromTitle(title),
        dir: "",
        specPath: pathForHeader(specFile),
      },
    ],
  }).catch((error: unknown) => {
    // The generator names a place by JSON pointer; the line is in the text we still have.
    if (error instanceof DocsInputError) throw new DocsInputError(placeDiagnostics(error.diagnostics, specFile, text));
    throw error;
  });
  term.progress(`writing ${files.length} files to ${values.out}`);
  await writeGeneratedFiles(values.out, files);
  if (values.json) term.out(JSON.stringify({ out: values.out, files: files.map((f) => f.path) }, null, 2));
  else term.err(`${term.green("wrote")} ${files.length} files to ${values.out}`);
  return 0;
}
