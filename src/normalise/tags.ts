/**
 * Tags: one per docs section ("Clients", "Workspaces"), linking to the section's docs page. An
 * operation captured without its section (a page with only that operation) is filed under the
 * section of another operation on the same path, or else under its first path resource.
 */
import type { ResolvedProfile } from "../config/profile.js";
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

/** How an API's docs are laid out: its docsUrl and the profile's link patterns (src/config/profile.ts). */
export interface DocsLinks {
  docsUrl: string;
  patterns: ResolvedProfile["docsLinks"];
}

/**
 * A link into the docs from a pattern: `{docsUrl}` is the docsUrl ending in one "/", `{section}`
 * the section's slug ("Time entries" → "time-entries"), `{anchor}` the operation's anchor. An empty
 * section slug takes the "/" after it along, so the link stays the section-less page.
 */
export function docsLink(pattern: string, values: { docsUrl: string; section: string; anchor?: string }): string {
  const base = values.docsUrl.endsWith("/") ? values.docsUrl : `${values.docsUrl}/`;
  const slug = kebabCase(values.section);
  return pattern
    .replace(slug ? /\{section\}/g : /\{section\}\/?/g, slug)
    .replace(/\{anchor\}/g, values.anchor ?? "")
    .replace(/\{docsUrl\}/g, base);
}

/** The docs page of a section ("…/docs/api/" + "time-entries/" with Toggl's pattern). */
export function sectionDocsUrl(links: DocsLinks, section: string): string {
  return docsLink(links.patterns.section, { docsUrl: links.docsUrl, section });
}

/** Tags in order of first use. */
export function buildTags(sections: readonly string[], links: DocsLinks | undefined): TagObject[] {
  const unique = [...new Set(sections)];
  return unique.map((name) => ({ name, ...(links ? { externalDocs: { url: sectionDocsUrl(links, name) } } : {}) }));
}
