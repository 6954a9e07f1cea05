/**
 * What the generated JSDoc says about error statuses: the runtime's error class a caller catches for
 * each status, and the standard reason phrases, which carry no documentation of their own.
 */
import { errorClassNameFor } from "../runtime/errors.js";

/** The runtime error class thrown for a status ("5XX" and 5xx → ServerError): the runtime's own table. */
export const errorClassFor: (status: string) => string = errorClassNameFor;

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
