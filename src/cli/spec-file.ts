/**
 * Reading a spec file the user named (for `generate` and `diff`): JSON or YAML, an OpenAPI 3.x
 * document, or a DocsInputError at the line of the problem.
 */
import { readFile } from "node:fs/promises";
import { DocsInputError } from "../model/errors.js";
import { parseSpecText } from "../pipeline/spec-files.js";
import { describeErrno } from "./files.js";
import { isRecord, type OpenApiDocument } from "../openapi/types.js";

export async function loadSpecFile(file: string): Promise<OpenApiDocument> {
  return (await readSpecFile(file)).document;
}

/** A spec file's parsed document, with its text (to find the line of a problem found later). */
export async function readSpecFile(file: string): Promise<{ document: OpenApiDocument; text: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw DocsInputError.at({ file, line: 0 }, `cannot read spec: ${describeErrno(error as NodeJS.ErrnoException)}`);
  }
  return { document: parseSpecDocument(text, file), text };
}

function parseSpecDocument(text: string, file: string): OpenApiDocument {
  try {
    const doc = parseSpecText(text);
    if (!isRecord(doc)) throw new Error("not an object");
    const version = doc.openapi;
    if (typeof version !== "string" || !version.startsWith("3.")) {
      throw DocsInputError.at({ file, line: 1 }, 'not an OpenAPI 3.x document (no "openapi: 3.x" field)', "bad-spec");
    }
    // Only the version is checked here: the generator and the diff read the rest and name what is wrong.
    return doc as unknown as OpenApiDocument;
  } catch (error) {
    if (error instanceof DocsInputError) throw error;
    const line =
      (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? jsonErrorLine(text, (error as Error).message);
    throw DocsInputError.at(
      { file, line },
      `not a JSON or YAML OpenAPI document: ${(error as Error).message}`,
      "bad-spec",
    );
  }
}

/** The line of a JSON.parse error, from the "at position N" or "(line N column M)" in its message. */
function jsonErrorLine(text: string, message: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  return position ? text.slice(0, Number(position)).split("\n").length : 1;
}
