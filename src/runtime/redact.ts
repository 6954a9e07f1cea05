/**
 * Redaction: credentials must never reach an error message, a JSON dump, a stack or a log line.
 * Everything user-visible that can carry a URL, a header or server text passes through here.
 */

/** What replaces a secret. */
export const REDACTED = "[REDACTED]";

/** Header names whose values are credentials (compared lower-case). */
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token",
]);

/** Query parameter names that look like credentials; some APIs put tokens in the URL. */
const SECRET_QUERY = /token|password|passwd|secret|api[-_]?key|signature|session/i;

/** A URL with `user:pass@` and secret-looking query values removed. Unparsable input is returned scrubbed of userinfo. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, `//${REDACTED}@`);
  }
  if (parsed.username || parsed.password) {
    parsed.username = "";
    parsed.password = "";
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_QUERY.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.toString();
}

/** A plain-object copy of headers with credential values replaced. */
export function redactHeaders(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name.toLowerCase()] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return out;
}

/**
 * Replaces every occurrence of the given secrets (and their Basic-auth base64 forms, which the
 * caller passes in too) in a text. Defence in depth: a server that echoes the token back in an
 * error body ("invalid token abc…") must not leak it into `err.message`.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** `scrubSecrets` for any JSON-like value: returns the same value when it holds no secret. */
export function scrubValue<T>(value: T, secrets: readonly string[]): T {
  if (value === undefined || secrets.length === 0) return value;
  if (typeof value === "string") return scrubSecrets(value, secrets) as T;
  const json = JSON.stringify(value);
  if (json === undefined) return value;
  const scrubbed = scrubSecrets(json, secrets);
  if (scrubbed === json) return value;
  try {
    return JSON.parse(scrubbed) as T;
  } catch {
    return REDACTED as T; // the secret straddled JSON syntax; drop the whole value rather than leak it
  }
}
