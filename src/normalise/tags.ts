/**
 * Tags: one per docs section ("Clients", "Workspaces"), linking to the section's docs page. An
 * operation captured without its section (a page with only that operation) is filed under the
 * section of another operation on the same path, or else under its first path resource.
 */
import { kebabCase, splitWords, titleCase } from "../words/index.js";
import { isPathParameterSegment, pathSegments } from "./paths.js";

export interface TagObject {
  name: string;
  externalDocs?: { url: string };
  [extension: string]: unknown;
}

/** `/workspaces/{id}/clients/{id}` → "Workspaces" (API prefixes and versions skipped). */
export function resourceTagName(path: string): string {
  const first = pathSegments(path).find((s) => !isPathParameterSegment(s) && !/^(v\d+(\.\d+)?|api)$/i.test(s));
  return first ? titleCase(splitWords(first)) : "Default";
}

/** Section of each operation, in input order, with sectionless ones filled in. */
export function assignSections(ops: readonly { section: string; path: string }[]): string[] {
  const sectionByPath = new Map<string, string>();
  for (const op of ops) if (op.section && !sectionByPath.has(op.path)) sectionByPath.set(op.path, op.section);
  return ops.map((op) => op.section || sectionByPath.get(op.path) || resourceTagName(op.path));
}

/** The docs page of a section: `docsUrl` + the section's slug ("…/docs/api/" + "time-entries/"). */
export function sectionDocsUrl(docsUrl: string, section: string): string {
  const base = docsUrl.endsWith("/") ? docsUrl : `${docsUrl}/`;
  const slug = kebabCase(section);
  return slug ? `${base}${slug}/` : base;
}

/** Tags in order of first use. */
export function buildTags(sections: readonly string[], docsUrl: string | undefined): TagObject[] {
  const unique = [...new Set(sections)];
  return unique.map((name) => ({ name, ...(docsUrl ? { externalDocs: { url: sectionDocsUrl(docsUrl, name) } } : {}) }));
}
