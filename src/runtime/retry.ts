/**
 * When to send a failed request again, and how long to wait first. The whole policy is
 * `retryDelayFor`, readable top to bottom; `retryAfterFailure` is the loop around it, entered once
 * a first attempt has failed (the client runs that attempt on its fast path).
 *
 * It follows the Toggl docs' "Generic responses" rules, which are sound for any HTTP API:
 * 4xx → do not repeat; 5xx → random delay, then retry; 429 → back off; 410 → never again;
 * 402 → do not repeat (unless it is a quota that resets soon enough to wait for).
 */
import {
  ApiClientError,
  ConnectionError,
  QuotaExceededError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "./errors.js";
import { sleep as realSleep } from "./timeout.js";

/** The knobs of the retry policy. */
export interface RetryPolicy {
  /** Retries after the first attempt (so `maxRetries + 1` attempts at most). */
  maxRetries: number;
  /** First backoff ceiling; doubles per retry. */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
  /**
   * The caller's budget for waiting between attempts, per call (default 60 s). A 429 whose
   * `Retry-After` asks for more than what is left of it fails at once with its `RateLimitError`
   * (`retryAfterMs` says how long) rather than blocking the call.
   */
  maxRetryAfterMs: number;
  /** A 402 quota is waited out only if it resets within this; 0 = never wait. */
  maxQuotaWaitMs: number;
  /** [0, 1) source for jitter; injectable for tests. */
  random: () => number;
}

/** Defaults: 2 retries, backoff 0.5 s doubling to 8 s with full jitter, `Retry-After` waits up to 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  maxQuotaWaitMs: 0,
  random: Math.random,
};

/** Methods that may be repeated without changing the outcome (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/**
 * How long to wait before retrying after `error`, or `undefined` to give up and throw it.
 * `retriesSoFar` counts the retries already made (0 after the first attempt).
 */
export function retryDelayFor(
  error: unknown,
  method: string,
  retriesSoFar: number,
  policy: RetryPolicy,
): number | undefined {
  if (retriesSoFar >= policy.maxRetries) return undefined;
  const idempotent = IDEMPOTENT.has(method.toUpperCase());

  // The server refused the request without acting on it: safe to repeat for every method.
  if (error instanceof RateLimitError) {
    if (error.retryAfterMs === undefined) return backoffDelay(retriesSoFar, policy);
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : undefined;
  }
  // The user opted in (maxQuotaWaitMs) to wait for the quota window to reset.
  if (error instanceof QuotaExceededError) {
    const waitMs = error.resetsInSeconds * 1000;
    return policy.maxQuotaWaitMs > 0 && waitMs <= policy.maxQuotaWaitMs ? waitMs : undefined;
  }
  // No connection was ever made: the server cannot have seen it, so even a POST is safe.
  if (error instanceof ConnectionError && error.requestNotSent) return backoffDelay(retriesSoFar, policy);

  // The server may have acted on it (a 5xx after a partial write, a reset or a timeout
  // mid-request): repeat only what is idempotent. A POST could create a duplicate.
  if (error instanceof ServerError || error instanceof ConnectionError || error instanceof TimeoutError) {
    return idempotent ? backoffDelay(retriesSoFar, policy) : undefined;
  }
  // Everything else (other 4xx including 402 and 410, aborts, invalid 2xx bodies, bugs): final.
  return undefined;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^n)). */
export function backoffDelay(
  retriesSoFar: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "random">,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retriesSoFar);
  return Math.floor(policy.random() * ceiling);
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into ms from `nowMs`; `undefined` if absent or garbled. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return undefined; // "-3" would otherwise parse as a date in year -3
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** What `retryAfterFailure` needs besides the failed error and the attempt. */
export interface RetryLoopOptions {
  method: string;
  policy: RetryPolicy;
  /** The caller's signal: a wait ends at once when it aborts. */
  signal?: AbortSignal | undefined;
  /** Injectable for tests; must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each wait (for logging). */
  onRetry?: (error: ApiClientError | unknown, delayMs: number, retryNumber: number) => void;
}

/**
 * The retry loop, once the first attempt (`attempt(0)`) has failed with `error`: the policy
 * decides, then wait and try again; throws the last error. A caller runs the first attempt on a
 * fast path and pays for the loop only when a retry is actually considered.
 */
export async function retryAfterFailure<T>(
  error: unknown,
  attempt: (retriesSoFar: number) => Promise<T>,
  options: RetryLoopOptions,
): Promise<T> {
  const wait = options.sleep ?? realSleep;
  let policy = options.policy;
  for (let retriesSoFar = 0; ; retriesSoFar++) {
    const delayMs = retryDelayFor(error, options.method, retriesSoFar, policy);
    if (delayMs === undefined) throw error;
    // `maxRetryAfterMs` is the budget of the whole call's waits: what is left of it bounds the next Retry-After.
    policy = { ...policy, maxRetryAfterMs: Math.max(0, policy.maxRetryAfterMs - delayMs) };
    options.onRetry?.(error, delayMs, retriesSoFar + 1);
    await wait(delayMs, options.signal);
    try {
      return await attempt(retriesSoFar + 1);
    } catch (next) {
      error = next;
    }
  }
}
