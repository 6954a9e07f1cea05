/**
 * Which statuses are errors, and the standard reason phrases, which carry no documentation of their
 * own. The error class a status throws is the runtime's (`errorClassNameFor` in
 * `src/runtime/errors.ts`); the generator reads it from there.
 */

const REASON_PHRASES = new Set([
  "bad request",
  "unauthorized",
  "payment required",
  "forbidden",
  "not found",
  "method not allowed",
  "conflict",
  "gone",
  "unprocessable entity",
  "too many requests",
  "internal server error",
  "bad gateway",
  "service unavailable",
  "gateway timeout",
  "error",
]);

/** True for a response description that only restates the status ("Forbidden", "Internal Server Error."). */
export function isReasonPhrase(text: string): boolean {
  return REASON_PHRASES.has(text.trim().replace(/\.$/, "").toLowerCase());
}

/** An error status: 4xx, 5xx, their XX ranges, or default. */
export function isErrorStatus(status: string): boolean {
  return /^[45](\d\d|XX)$/i.test(status) || status === "default";
}
