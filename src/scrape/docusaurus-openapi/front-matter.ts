import { inflateSync } from "node:zlib";
import { DocsInputError } from "../../model/errors.js";

/**
 * The front matter of an operation page written by docusaurus-plugin-openapi-docs: a YAML block
 * between `---` lines whose `api:` entry carries the operation the page was written from (5.x:
 * base64 of the zlib-deflated JSON, `zlib.deflateSync(JSON.stringify(api)).toString("base64")`;
 * with the plugin's `disableCompression` the JSON itself). The plugin writes one `key: value` per
 * line (mustache template), so a line reader is enough; nothing else of YAML is needed.
 */

export interface FrontMatter {
  /** `key` → value text (quotes removed) and its 1-based line. */
  entries: Map<string, { value: string; line: number }>;
  /** The line after the closing `---` (where the MDX body starts). */
  bodyLine: number;
}

/** The front matter at the top of `text`, or undefined when the page has none. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") return undefined;
  const entries = new Map<string, { value: string; line: number }>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "---") return { entries, bodyLine: i + 2 };
    const entry = /^([A-Za-z_][\w-]*):\s?(.*)$/.exec(line);
    if (entry) entries.set(entry[1]!, { value: unquote(entry[2]!.trim()), line: i + 1 });
  }
  return undefined;
}

function unquote(value: string): string {
  return /^"(.*)"$/.exec(value)?.[1] ?? /^'(.*)'$/.exec(value)?.[1] ?? value;
}

/** The operation object of the `api:` entry, decoded; bad input names the file and line. */
export function decodeApiEntry(value: string, file: string, line: number): Record<string, unknown> {
  let json: string;
  if (value.startsWith("{")) json = value;
  else {
    try {
      json = inflateSync(Buffer.from(value, "base64")).toString("utf8");
    } catch (error) {
      throw DocsInputError.at(
        { file, line },
        `front matter "api" is neither JSON nor base64 of deflated JSON (${(error as Error).message})`,
        "embedded-spec-unreadable",
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw DocsInputError.at(
      { file, line },
      `front matter "api" does not hold JSON (${(error as Error).message})`,
      "embedded-spec-unreadable",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw DocsInputError.at(
      { file, line },
      'front matter "api" is not an operation object',
      "embedded-spec-unreadable",
    );
  }
  return parsed as Record<string, unknown>;
}
