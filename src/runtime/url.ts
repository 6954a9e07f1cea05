/**
 * URLs: the base URL is checked once at construction (a host is required, credentials stay out
 * of it, plain http only to loopback), and every path parameter is percent-encoded so that an id
 * like `../x` or `a/b` cannot change which resource a request names.
 */
import { redactUrl } from "./redact.js";

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]"]);

/** True for `localhost`, `127.0.0.0/8` and `[::1]`: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Validates a base URL and returns it without a trailing slash; throws a `TypeError` naming the fix. */
export function checkBaseUrl(baseUrl: string, apiName: string, allowInsecureHttp: boolean): string {
  const text = baseUrl.trim();
  const fail = (why: string) => new TypeError(`${apiName}: ${why}`);
  if (text === "" || text.startsWith("/")) {
    throw fail(
      'no base URL: the API docs name no server host, so pass the `baseUrl` option (e.g. "https://api.example.com/v1")',
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail(`baseUrl ${JSON.stringify(redactUrl(text))} is not an absolute URL`);
  }
  if (url.username || url.password)
    throw fail("baseUrl must not contain credentials (user:pass@); pass them as client options");
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw fail(`baseUrl must use https:// (got ${url.protocol}//)`);
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw fail(
      `refusing plain http:// to ${url.host}: credentials would cross the network unencrypted; use https:// or set allowInsecureHttp`,
    );
  }
  return text.replace(/\/+$/, "");
}

/** Path segments that URL parsers resolve (`/a/../b` → `/b`) even when percent-encoded. */
const DOT_SEGMENTS = new Set(["", ".", ".."]);

/**
 * Templates split once into literal text (even indices) and parameter names (odd indices):
 * "/a/{id}/b" → ["/a/", "id", "/b"]. Templates come from the spec, so the cache stays small; it is
 * bounded all the same, for `raw` callers that build paths on the fly.
 */
const compiled = new Map<string, readonly string[]>();
const MAX_COMPILED = 1000;

function compile(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([^{}]+)\}/);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{name}` placeholders with percent-encoded values. openapi-fetch's default serializer
 * encodes `/` but leaves `.` alone, so an id of `..` would climb one level; such values, empty
 * strings and missing values are refused with a `TypeError` instead.
 */
export function serializePath(template: string, values: Record<string, unknown>): string {
  const parts = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += encodePathValue(parts[i]!, values[parts[i]!]) + parts[i + 1]!;
  return out;
}

function encodePathValue(name: string, value: unknown): string {
  if (value == null) throw new TypeError(`missing path parameter "${name}"`);
  // An array path parameter (Toggl: `project_user_ids`) is OpenAPI's default `simple` style: a,b,c.
  if (Array.isArray(value)) {
    if (value.length === 0) throw new TypeError(`path parameter "${name}" must not be an empty array`);
    return value.map((item) => encodePathValue(name, item)).join(",");
  }
  // Of the remaining `typeof` results, only these four are (substrings of) this list.
  if (!"string number bigint boolean".includes(typeof value)) {
    throw new TypeError(`path parameter "${name}" must be a string or a number, got ${typeof value}`);
  }
  const text = String(value);
  if (DOT_SEGMENTS.has(text)) throw new TypeError(`path parameter "${name}" must not be ${JSON.stringify(text)}`);
  return encodeURIComponent(text);
}

/**
 * `url` moved to `origin` (the `origin` client option): scheme, host and port from `origin`, the
 * path from `url` ("https://api.track.toggl.com/reports/api/v3" + "http://127.0.0.1:8080" →
 * "http://127.0.0.1:8080/reports/api/v3"). A relative `url` (no host in the docs) is just appended.
 */
export function rehome(url: string, origin: string, apiName: string): string {
  let target: URL;
  try {
    target = new URL(origin);
  } catch {
    throw new TypeError(
      `${apiName}: origin ${JSON.stringify(redactUrl(origin))} is not an absolute URL ("http://127.0.0.1:8080")`,
    );
  }
  if (target.pathname !== "/" || target.search || target.hash) {
    throw new TypeError(
      `${apiName}: origin must be scheme://host[:port] only, got ${JSON.stringify(redactUrl(origin))}; use baseUrl to replace a whole URL`,
    );
  }
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") : url;
  return target.origin + (path.startsWith("/") || path === "" ? path : `/${path}`);
}
