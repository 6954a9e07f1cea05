/**
 * Server-side request quotas announced in response headers. Toggl counts requests in a sliding
 * window per user and organisation and answers 402 when it is used up; the headers tell how many
 * requests are left and when the window resets.
 */

/** The header names an API uses to announce its quota. */
export interface QuotaHeaderNames {
  /** Requests left in the current window. */
  remaining: string;
  /** Seconds until the window resets. */
  resetsIn: string;
}

/** The last quota the server announced. */
export interface QuotaSnapshot {
  /** Requests left in the window, if the server said. */
  remaining: number | undefined;
  /** Seconds until the window resets, if the server said. */
  resetsInSeconds: number | undefined;
  /** When the headers were seen (ms since the epoch). */
  observedAt: number;
}

/**
 * Reads the quota headers; `undefined` when the response carries neither, or when the API
 * announces no quota (the generator passes the names its spec documents, e.g. Toggl's
 * `X-Toggl-Quota-*` from the overview page; the runtime knows no API's names itself).
 */
export function readQuota(
  headers: Headers,
  names: QuotaHeaderNames | undefined,
  now: number,
): QuotaSnapshot | undefined {
  if (!names) return undefined;
  const remaining = nonNegativeNumber(headers.get(names.remaining));
  const resetsInSeconds = nonNegativeNumber(headers.get(names.resetsIn));
  if (remaining === undefined && resetsInSeconds === undefined) return undefined;
  return { remaining, resetsInSeconds, observedAt: now };
}

function nonNegativeNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
