import { readFile } from "node:fs/promises";
import path from "node:path";
import { classNameFromTitle, writeGeneratedFiles } from "../../generate/index.js";
import { generatePackage } from "../../generate/package.js";
import { DocsInputError } from "../../model/errors.js";
import { parseSpecText } from "../../pipeline/spec-files.js";
import type { Terminal } from "../terminal.js";
import { parseCommandArgs, UsageError } from "../usage.js";

/** A path for a generated header: relative to the working directory, never absolute (headers are committed). */
export function pathForHeader(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? path.basename(path.resolve(file)) : relative;
}

/** An npm package name from a folder name ("My Client" → "my-client"). */
function npmNameFrom(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "") || "client";
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
    json: { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one spec file");
  if (!values.out) throw new UsageError("--out <dir> is required");
  const specFile = positionals[0]!;
  const document = await loadSpecFile(specFile);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? "Api");
  term.progress(`generating from ${specFile}`);
  const apiName = values.name ?? npmNameFrom(path.basename(path.resolve(values.out)));
  const files = await generatePackage({
    npmName: apiName,
    version: "0.1.0",
    command: `docs2client generate ${pathForHeader(specFile)} --out ${pathForHeader(values.out)}`,
    apis: [{ document, apiName, className: values["class-name"] ?? classNameFromTitle(title), dir: "", specPath: pathForHeader(specFile) }],
  });
  await writeGeneratedFiles(values.out, files);
  if (values.json) term.out(JSON.stringify({ out: values.out, files: files.map((f) => f.path) }, null, 2));
  else term.err(`${term.green("wrote")} ${files.length} files to ${values.out}`);
  return 0;
}
