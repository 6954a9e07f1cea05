/**
 * Types: `schema.d.ts` comes from openapi-typescript, only laid out compactly; each operation's Params and
 * Response types are plain indexed-access aliases into it. No conditional or mapped types, so a
 * consumer's type-check costs about what raw openapi-fetch costs.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { SpecOperation } from "./spec.js";

/**
 * Runs openapi-typescript on a copy (it mutates its input while bundling), laid out compactly
 * (`compactLayout`): the file ships in every package and its layout was over a third of its size.
 */
export async function renderSchemaTypes(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return compactLayout(astToString(ast));
}

/**
 * The declarations' meaning unchanged, their bytes cut (the file ships in every package; the
 * installed SDK must stay under 1 MB): indentation by tabs instead of runs of four spaces (a JSDoc
 * line's extra space kept), runs of `x?: never;` members on one line, a leading `@description`
 * tag dropped (its text becomes the comment itself, which editors show the same way), and the
 * response `headers` member dropped where it says nothing (`{ [name: string]: unknown }`: no
 * documented header; openapi-fetch never reads it). Documented headers (`X-Next-ID`) stay.
 */
export function compactLayout(text: string): string {
  return withoutPathsDocs(text)
    .replace(/^( {4})+/gm, (run) => "\t".repeat(run.length / 4))
    .replace(/(?<=\?: never;)\n\t*(?=[\w"']+\?: never;)/g, " ")
    .replace(/\n\t*headers: \{\n\t*\[name: string\]: unknown;\n\t*\};/g, "")
    .replace(/(\/\*\*\s*(?:\n\t* \* )?)@description /g, "$1");
}

/**
 * The `paths` interface without its JSDoc: openapi-typescript repeats each operation's summary and
 * description there, and the generated methods already carry them.
 */
function withoutPathsDocs(text: string): string {
  const start = text.indexOf("export interface paths {");
  if (start < 0) return text;
  const end = text.indexOf("\n}\n", start);
  if (end < 0) return text;
  const section = text.slice(start, end).replace(/\n[ \t]*\/\*\*[\s\S]*?\*\//g, "");
  return text.slice(0, start) + section + text.slice(end);
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * The type of one operation in schema.d.ts. openapi-typescript hoists operations with an id into
 * `operations` (with `#` turned into `/`), but only when the id is unique and the path item is inline;
 * `paths[…][…]` always works.
 */
export function operationTypeRef(op: SpecOperation, operationIdIsUnique: boolean): string {
  if (op.operationId !== undefined && operationIdIsUnique && !op.viaPathItemRef) {
    return `operations[${quote(op.operationId.replace(/#/g, "/"))}]`;
  }
  return `paths[${quote(op.path)}][${quote(op.method)}]`;
}

/** True when the caller must pass a params object (a path parameter, a required query/header, a required body). */
export function paramsAreRequired(op: SpecOperation): boolean {
  return op.parameters.some((p) => p.required) || op.body?.required === true;
}

function sectionType(ref: string, op: SpecOperation, location: "path" | "query" | "header"): string | undefined {
  const params = op.parameters.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  const section = `${ref}["parameters"][${quote(location)}]`;
  // openapi-typescript marks a section optional (`query?:`) unless one of its parameters is required.
  return params.some((p) => p.required) ? section : `NonNullable<${section}>`;
}

function bodyType(ref: string, body: NonNullable<SpecOperation["body"]>): string {
  // An operation's requestBody may be emitted optional even when required (via `$ref`), so always unwrap.
  const content =
    body.mediaType === undefined
      ? "unknown"
      : `NonNullable<${ref}["requestBody"]>["content"][${quote(body.mediaType)}]`;
  return body.required ? `{ body: ${content} }` : `{ body?: ${content} }`;
}

/** The parts of the Params alias, to be intersected: path, query, header sections and `{ body }`. */
export function paramsTypeParts(op: SpecOperation, ref: string): string[] {
  const parts = [
    sectionType(ref, op, "path"),
    sectionType(ref, op, "query"),
    sectionType(ref, op, "header"),
    op.body ? bodyType(ref, op.body) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? ["Record<string, never>"] : parts;
}

/** The TypeScript type a non-JSON body resolves to. */
const BODY_TYPE_BY_KIND = { text: "string", bytes: "ArrayBuffer" } as const;

/**
 * The parts of the Response alias, to be united, following the documented media type: the 2xx JSON
 * bodies; `string` for text; `ArrayBuffer` for files (PDF, CSV, spreadsheets); `unknown` for a body
 * of no known shape; `void` only when no success response has a body.
 */
export function responseTypeParts(op: SpecOperation, ref: string): string[] {
  const kind = op.response.kind;
  if (kind === "text" || kind === "bytes") return [BODY_TYPE_BY_KIND[kind]];
  const json = op.successResponses.filter((r) => r.mediaType !== undefined);
  if (json.length > 0) {
    return [
      ...new Set(json.map((r) => `${ref}["responses"][${quote(r.status)}]["content"][${quote(r.mediaType ?? "")}]`)),
    ];
  }
  return [op.successResponses.some((r) => r.hasContent) ? "unknown" : "void"];
}
