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

/**
 * Used when `ApiDefaults.quotaHeaders` is not given. These are Toggl's names; an API without
 * quota headers never sends them, so the default is harmless there.
 */
export const DEFAULT_QUOTA_HEADERS: QuotaHeaderNames = {
  remaining: "X-Toggl-Quota-Remaining",
  resetsIn: "X-Toggl-Quota-Resets-In",
};

/** The last quota the server announced. */
export interface QuotaSnapshot {
  /** Requests left in the window, if the server said. */
  remaining: number | undefined;
  /** Seconds until the window resets, if the server said. */
  resetsInSeconds: number | undefined;
  /** When the headers were seen (ms since the epoch). */
  observedAt: number;
}

/** Reads the quota headers; `undefined` when the response carries neither. */
export function readQuota(headers: Headers, names: QuotaHeaderNames, now: number): QuotaSnapshot | undefined {
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
