/**
 * Where a Scalar API reference page keeps its spec. Scalar's pages are Vue apps configured from the
 * page itself, in one of two shapes:
 *   - `Scalar.createApiReference('#app', { content: {…spec…} | url: "…", … })` in a script (the
 *     current HTML template, `@scalar/client-side-rendering`, and the server-side renderer, which
 *     also pre-renders part of the reference as markup);
 *   - `<script id="api-reference" type="application/json">{…spec…}</script>`, or the same tag with
 *     `data-url="…"` and `data-configuration="{…}"` (the older standalone template).
 * The spec is either inline (`content`, a JSON object or a JSON/YAML string) or only a URL the
 * browser fetches: then the page itself carries nothing to read.
 */
import { parse as parseYaml } from "yaml";
import { isRecord } from "../../openapi/types.js";
import { DocsInputError } from "../../model/errors.js";

export type ScalarSpecSource =
  { kind: "inline"; document: Record<string, unknown>; line: number } | { kind: "url"; url: string; line: number };

const CREATE_CALL = /Scalar\s*\.\s*createApiReference\s*\(/g;
const API_REFERENCE_TAG = /<script\b([^>]*\bid\s*=\s*["']api-reference["'][^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** True when the page is a Scalar API reference (either configuration shape). */
export function isScalarReferencePage(text: string): boolean {
  // Fresh non-global copies: a global pattern's lastIndex would carry over between pages.
  return new RegExp(CREATE_CALL.source).test(text) || new RegExp(API_REFERENCE_TAG.source, "i").test(text);
}

/** The spec the page's configuration carries (or points at); undefined when it has no configuration. */
export function findSpecSource(text: string, file: string): ScalarSpecSource | undefined {
  let pointer: ScalarSpecSource | undefined;
  for (const call of text.matchAll(CREATE_CALL)) {
    const open = skipToObject(text, call.index + call[0].length);
    if (open === undefined) continue;
    const literal = balancedObject(text, open);
    const line = lineAt(text, open);
    if (literal === undefined)
      throw DocsInputError.at({ file, line }, "Scalar configuration object is not closed", "bad-embedded-spec");
    const config = parseConfiguration(literal, file, line);
    const found = fromConfiguration(config, file, line);
    if (found?.kind === "inline") return found;
    pointer ??= found;
  }
  for (const tag of text.matchAll(API_REFERENCE_TAG)) {
    const attributes = tag[1]!;
    const line = lineAt(text, tag.index);
    const body = tag[2]!.trim();
    if (body !== "") return { kind: "inline", document: parseSpecText(decodeEntities(body), file, line), line };
    const configuration = attribute(attributes, "data-configuration");
    if (configuration !== undefined) {
      const found = fromConfiguration(parseConfiguration(configuration, file, line), file, line);
      if (found?.kind === "inline") return found;
      pointer ??= found;
    }
    const url = attribute(attributes, "data-url");
    if (url !== undefined) pointer ??= { kind: "url", url, line };
  }
  return pointer;
}

/** The `{` of the call's configuration argument (after the selector), skipping the first argument. */
function skipToObject(text: string, from: number): number | undefined {
  // The first argument is a selector string or an element expression; the configuration follows a comma.
  for (let i = from; i < text.length && i < from + 512; i++) {
    const c = text[i];
    if (c === "{") return i;
    if (c === ")") return undefined;
  }
  return undefined;
}

/** The object literal starting at `open`, braces balanced outside strings; undefined when never closed. */
function balancedObject(text: string, open: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(open, i + 1);
  }
  return undefined;
}

function parseConfiguration(literal: string, file: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(literal);
  } catch (error) {
    // Scalar writes the configuration as JSON, except for function-valued options (hooks); the
    // spec itself is always JSON, so a configuration we cannot parse is named, not guessed at.
    throw DocsInputError.at(
      { file, line },
      `Scalar configuration is not JSON (${(error as Error).message}); cannot take the spec from it`,
      "bad-embedded-spec",
    );
  }
  if (!isRecord(value))
    throw DocsInputError.at({ file, line }, "Scalar configuration is not an object", "bad-embedded-spec");
  return value;
}

/** `content` (or `spec.content`, or a source's) inline; else the first URL the browser would fetch. */
function fromConfiguration(config: Record<string, unknown>, file: string, line: number): ScalarSpecSource | undefined {
  const candidates: Record<string, unknown>[] = [config];
  if (isRecord(config.spec)) candidates.push(config.spec);
  if (Array.isArray(config.sources)) candidates.push(...config.sources.filter(isRecord));
  let pointer: ScalarSpecSource | undefined;
  for (const candidate of candidates) {
    const content = candidate.content;
    if (isRecord(content)) return { kind: "inline", document: content, line };
    if (typeof content === "string" && content.trim() !== "")
      return { kind: "inline", document: parseSpecText(content, file, line), line };
    if (typeof candidate.url === "string") pointer ??= { kind: "url", url: candidate.url, line };
  }
  return pointer;
}

function parseSpecText(text: string, file: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = text.trimStart().startsWith("{") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw DocsInputError.at(
      { file, line },
      `embedded spec is neither JSON nor YAML: ${(error as Error).message}`,
      "bad-embedded-spec",
    );
  }
  if (!isRecord(value)) throw DocsInputError.at({ file, line }, "embedded spec is not an object", "bad-embedded-spec");
  return value;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(attributes);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
