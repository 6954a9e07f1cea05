import path from "node:path";
import { fileURLToPath } from "node:url";
import { classNameFromTitle, generateClient, writeGeneratedFiles } from "../../generate/index.js";
import { isReservedWord } from "../../generate/names.js";
import { DocsInputError } from "../../model/errors.js";
import { ensureDir } from "../files.js";
import { readSpecFile } from "../spec-file.js";
import { placeDiagnostics } from "../spec-lines.js";
import type { Terminal } from "../terminal.js";
import { checkClassName, checkNotEmpty, checkOneLine, parseCommandArgs, UsageError } from "../usage.js";

/** This package's root, to tell whether an output folder lives inside it. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Inside this repo the client imports the runtime by relative path (so it runs from source with no
 * build); anywhere else it imports the published package.
 */
export function defaultRuntimeImport(outDir: string): string {
  const out = path.resolve(outDir);
  if (!out.startsWith(PACKAGE_ROOT + path.sep)) return "docs2client/runtime";
  const rel = path.relative(out, path.join(PACKAGE_ROOT, "src/runtime/index.js")).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

export async function runGenerate(argv: string[], term: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: "string" },
    "class-name": { type: "string" },
    name: { type: "string" },
    "runtime-import": { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one spec file");
  if (values.out === undefined) throw new UsageError("--out <dir> is required");
  for (const flag of ["out", "class-name", "name", "runtime-import"] as const) checkNotEmpty(flag, values[flag]);
  for (const flag of ["name", "runtime-import"] as const) checkOneLine(flag, values[flag]);
  checkClassName("class-name", values["class-name"], isReservedWord);
  if (values["runtime-import"] !== undefined && /["'`\\\s]/.test(values["runtime-import"])) {
    throw new UsageError(`--runtime-import must be a module specifier, like docs2client/runtime (got '${values["runtime-import"]}')`);
  }
  const specFile = positionals[0]!;
  const { document, text } = await readSpecFile(specFile);
  // The output folder first: a path that cannot be a folder fails before the generator's work.
  await ensureDir(values.out);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? "Api");
  term.progress(`generating a client from ${specFile}`);
  const files = await generateClient(document, {
    apiName: values.name ?? path.basename(path.resolve(values.out)),
    className: values["class-name"] ?? classNameFromTitle(title),
    runtimeImport: values["runtime-import"] ?? defaultRuntimeImport(values.out),
    command: `docs2client generate ${specFile} --out ${values.out}`,
    specPath: specFile,
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
