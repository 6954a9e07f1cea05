/**
 * A client-side token bucket, so one client never sends faster than the API allows (Toggl: "a
 * safe window will be 1 request per second"). Shared by every call of one client; callers are
 * served strictly in arrival order, and a waiting caller can leave by aborting its signal.
 */
import { WaitAborted } from "./timeout.js";

/** How fast a client may send. */
export interface RateLimitOptions {
  /** Sustained rate. */
  requestsPerSecond: number;
  /** Requests that may go out at once after a quiet period (default 1: evenly spaced). */
  burst?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** Floating-point slack so a token refilled at exactly the scheduled time counts as whole. */
const EPSILON = 1e-9;

/** A FIFO-fair token bucket. */
export class TokenBucket {
  readonly #ratePerMs: number;
  readonly #capacity: number;
  readonly #now: () => number;
  #tokens: number;
  #lastRefill: number;
  readonly #queue: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RateLimitOptions, now: () => number = () => performance.now()) {
    if (!(options.requestsPerSecond > 0) || !Number.isFinite(options.requestsPerSecond))
      throw new RangeError(`rateLimit.requestsPerSecond must be a positive number, got ${options.requestsPerSecond}`);
    const burst = options.burst ?? 1;
    if (!(burst >= 1) || !Number.isFinite(burst))
      throw new RangeError(`rateLimit.burst must be at least 1, got ${burst}`);
    this.#ratePerMs = options.requestsPerSecond / 1000;
    this.#capacity = burst;
    this.#now = now;
    this.#tokens = burst;
    this.#lastRefill = now();
  }

  /** Number of callers waiting for a token. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Resolves when the caller may send; rejects with `WaitAborted` if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new WaitAborted("aborted"));
    this.#refill();
    if (this.#queue.length === 0 && this.#tokens >= 1 - EPSILON) {
      this.#tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: () => this.#leave(waiter) };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#schedule();
    });
  }

  #refill(): void {
    const now = this.#now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#lastRefill) * this.#ratePerMs);
    this.#lastRefill = now;
  }

  #serve(): void {
    this.#timer = undefined;
    this.#refill();
    while (this.#queue.length > 0 && this.#tokens >= 1 - EPSILON) {
      this.#tokens -= 1;
      const waiter = this.#queue.shift()!;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve();
    }
    this.#schedule();
  }

  /** Arms one timer for the moment the next token is whole; none while nobody waits. */
  #schedule(): void {
    if (this.#timer !== undefined || this.#queue.length === 0) return;
    const wait = Math.max(1, Math.ceil((1 - this.#tokens) / this.#ratePerMs));
    this.#timer = setTimeout(() => this.#serve(), wait);
  }

  #leave(waiter: Waiter): void {
    const index = this.#queue.indexOf(waiter);
    if (index >= 0) this.#queue.splice(index, 1);
    if (this.#queue.length === 0 && this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    waiter.reject(new WaitAborted("aborted"));
  }
}

/** The `rateLimit` client option: requests per second, full options, or `false` for none. */
export type RateLimitSetting = number | false | RateLimitOptions;

/** Builds the bucket for a `rateLimit` setting; `undefined` when limiting is off. Default: 1 request/s. */
export function createRateLimiter(setting: RateLimitSetting | undefined): TokenBucket | undefined {
  if (setting === false) return undefined;
  if (setting === undefined) return new TokenBucket({ requestsPerSecond: 1 });
  return new TokenBucket(typeof setting === "number" ? { requestsPerSecond: setting } : setting);
}
