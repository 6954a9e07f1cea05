/**
 * Documented URLs → OpenAPI path templates. Docs give full URLs
 * (`https://api.track.toggl.com/api/v9/workspaces/{workspace_id}`) or bare paths with Express-style
 * parameters (`/v1/workspace/:workspaceId`); OpenAPI wants a path relative to the server with
 * `{param}` placeholders.
 */

export interface PathTemplate {
  /** "/workspaces/{workspace_id}/clients" */
  path: string;
  /** Set when the URL names a host other than the server's: the path is then kept whole. */
  foreignOrigin?: string;
  /**
   * Set when the URL is on the server's host but outside its base path (Toggl's Insights under
   * `/insights/api/v1` in the Reports API at `/reports/api/v3`): the operation's own server, and
   * `path` is relative to it.
   */
  operationServer?: string;
}

interface SplitUrl {
  origin?: string;
  path: string;
}

/** Splits a documented URL into origin and path; query string and fragment are not part of the path. */
function splitUrl(url: string): SplitUrl {
  const trimmed = url.trim().replace(/[?#].*$/, "");
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)(.*)$/i.exec(trimmed);
  if (match) return { origin: match[1]!.toLowerCase(), path: match[2] || "/" };
  return { path: trimmed.startsWith("/") ? trimmed : `/${trimmed}` };
}

/** `:param` → `{param}`; doubled and trailing slashes removed (OpenAPI path keys must be exact). */
export function toTemplateSyntax(path: string): string {
  const segments = path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/^:([A-Za-z_][A-Za-z0-9_]*)$/, "{$1}"));
  return `/${segments.join("/")}`;
}

/**
 * The OpenAPI path for a documented URL. With a server, a URL under the server is made relative to
 * it; a URL on another host keeps its whole path (and is flagged so the caller can warn). Without a
 * server the documented path is kept as is (the spec's server is then "/").
 */
export function pathTemplateFromUrl(url: string, server: string | undefined): PathTemplate {
  const documented = splitUrl(url);
  // A fragment tells operations on one URL apart (AWS's `/#X-Amz-Target=DMS.CreateEndpoint`): the
  // spec keeps it in the path key, as the API's own spec does, rather than merging the operations.
  const fragment = /#[^\s]+$/.exec(url.trim())?.[0] ?? "";
  const relative = pathTemplateOfPath(documented, server);
  return fragment ? { ...relative, path: `${relative.path}${fragment}` } : relative;
}

function pathTemplateOfPath(documented: SplitUrl, server: string | undefined): PathTemplate {
  const path = toTemplateSyntax(documented.path);
  if (!server) return { path };
  const base = splitUrl(server);
  const basePath = toTemplateSyntax(base.path);
  if (documented.origin && base.origin && documented.origin !== base.origin) {
    return { path, foreignOrigin: documented.origin };
  }
  if (basePath !== "/" && (path === basePath || path.startsWith(`${basePath}/`))) {
    return { path: path.slice(basePath.length) || "/" };
  }
  // Only a full URL says where an operation outside the base path is served; a bare path keeps its whole self.
  const ownBase = versionedBasePath(path);
  if (basePath !== "/" && documented.origin && ownBase) {
    return { path: path.slice(ownBase.length) || "/", operationServer: `${documented.origin}${ownBase}` };
  }
  return { path };
}

/**
 * The base path a documented path declares for itself: its segments up to and including the API
 * version (`/insights/api/v1/workspace/…` → `/insights/api/v1`); undefined when it names no
 * version, since then nothing says where the API ends and the resource begins.
 */
export function versionedBasePath(path: string): string | undefined {
  const segments = path.split("/").filter((segment) => segment.length > 0);
  const version = segments.findIndex((segment) => /^v\d+(?:\.\d+)?$/i.test(segment));
  if (version < 0 || version === segments.length - 1) return undefined;
  return `/${segments.slice(0, version + 1).join("/")}`;
}

/** Names of the `{placeholders}` of a path template, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

export function isPathParameterSegment(segment: string): boolean {
  return /^\{[^}]+\}$/.test(segment);
}

/** Non-empty segments of a template. */
export function pathSegments(path: string): string[] {
  return path.split("/").filter((segment) => segment.length > 0);
}

/** The path with placeholder names blanked: two templates with equal keys are the same URL. */
export function pathShapeKey(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}");
}
