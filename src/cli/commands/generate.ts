import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classNameFromTitle, generateClient, writeGeneratedFiles } from "../../generate/index.js";
import { DocsInputError } from "../../model/errors.js";
import { parseSpecText } from "../../pipeline/spec-files.js";
import type { Terminal } from "../terminal.js";
import { parseCommandArgs, UsageError } from "../usage.js";

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

export async function loadSpecFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw DocsInputError.at({ file, line: 0 }, `cannot read spec: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    const doc = parseSpecText(text);
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new Error("not an object");
    const version = (doc as { openapi?: unknown }).openapi;
    if (typeof version !== "string" || !version.startsWith("3.")) {
      throw DocsInputError.at({ file, line: 1 }, 'not an OpenAPI 3.x document (no "openapi: 3.x" field)', "bad-spec");
    }
    return doc as Record<string, unknown>;
  } catch (error) {
    if (error instanceof DocsInputError) throw error;
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw DocsInputError.at({ file, line }, `not a JSON or YAML OpenAPI document: ${(error as Error).message}`, "bad-spec");
  }
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
  if (!values.out) throw new UsageError("--out <dir> is required");
  const specFile = positionals[0]!;
  const document = await loadSpecFile(specFile);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? "Api");
  term.progress(`generating from ${specFile}`);
  const files = await generateClient(document, {
    apiName: values.name ?? path.basename(path.resolve(values.out)),
    className: values["class-name"] ?? classNameFromTitle(title),
    runtimeImport: values["runtime-import"] ?? defaultRuntimeImport(values.out),
    command: `docs2client generate ${specFile} --out ${values.out}`,
    specPath: specFile,
  });
  await writeGeneratedFiles(values.out, files);
  if (values.json) term.out(JSON.stringify({ out: values.out, files: files.map((f) => f.path) }, null, 2));
  else term.err(`${term.green("wrote")} ${files.length} files to ${values.out}`);
  return 0;
}
