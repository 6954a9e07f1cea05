/**
 * A JSON value assigned in a page's inline script (`const __redoc_state = {…};`), read without
 * running the script: from the assignment's `{` to its matching `}`, strings and escapes
 * respected, then `JSON.parse`. Generators write the value with `JSON.stringify` (`<` escaped as
 * `\u003c` so that it cannot close the script), so a JSON parser reads it exactly.
 */
import { DocsInputError } from "../../model/errors.js";

export interface EmbeddedJson {
  value: unknown;
  /** 1-based line of the assignment. */
  line: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Offset just past the object or array that starts at `start`, or -1 when it never closes. */
export function endOfJsonValue(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The value assigned to `name` (`name = {…}`) in the page, or undefined when the page has no such
 * assignment. A value that does not close or is not JSON is bad input, reported at its line.
 */
export function findAssignedJson(text: string, name: string, file: string): EmbeddedJson | undefined {
  const assignment = new RegExp(`\\b${name.replace(/[$]/g, "\\$")}\\s*=\\s*(?=[{[])`).exec(text);
  if (!assignment) return undefined;
  const start = assignment.index + assignment[0].length;
  const line = lineAt(text, assignment.index);
  const end = endOfJsonValue(text, start);
  if (end === -1)
    throw DocsInputError.at(
      { file, line },
      `the value of ${name} never closes (truncated page?)`,
      "embedded-spec-invalid",
    );
  try {
    return { value: JSON.parse(text.slice(start, end)) as unknown, line };
  } catch (error) {
    throw DocsInputError.at(
      { file, line },
      `the value of ${name} is not JSON: ${(error as Error).message}`,
      "embedded-spec-invalid",
    );
  }
}
