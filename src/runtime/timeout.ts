/**
 * Time limits and cancellable waits. `timeoutMs` bounds one attempt (from sending the request to
 * the last byte of the body); the waits between attempts are not part of it, but every wait ends
 * at once when the caller's signal aborts.
 */

/** Thrown inside the runtime when a wait is cancelled; the client turns it into `AbortError`. */
export class WaitAborted extends Error {
  override name = "WaitAborted";
}

/** Waits `ms`, or rejects with `WaitAborted` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitAborted("aborted"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new WaitAborted("aborted"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The clock of one attempt: aborts when the caller aborts or when the attempt's time is up. */
export interface AttemptDeadline {
  /**
   * An AbortSignal that fires with the deadline, made on first use: undici's Request pays dearly
   * for following a signal, so only a fetch that asks for one (`init.signal`) gets one.
   */
  readonly signal: AbortSignal;
  /** Why the deadline fired, if it did. */
  reason(): "caller" | "timeout" | undefined;
  /** Settles with `promise`, or rejects with `WaitAborted` as soon as the deadline fires. */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer and the listener on the caller's signal (call it in `finally`). */
  dispose(): void;
}

/**
 * Starts the clock for one attempt. Hand-rolled rather than `AbortSignal.any` +
 * `AbortSignal.timeout`: we must tell "timed out" from "caller aborted", we make no signal
 * unless one is asked for, and we release the timer and the listener as soon as the attempt
 * ends, so a long-lived caller signal does not accumulate listeners across thousands of calls.
 * A class rather than closures: one attempt per call, so its set-up cost is per-call overhead.
 */
export function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptDeadline {
  return new AttemptClock(callerSignal, timeoutMs);
}

class AttemptClock implements AttemptDeadline {
  #why: "caller" | "timeout" | undefined;
  #controller: AbortController | undefined;
  #rejectRace: ((error: WaitAborted) => void) | undefined;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(callerSignal: AbortSignal | undefined, timeoutMs: number) {
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) this.#fire("caller");
    else callerSignal?.addEventListener("abort", this, { once: true });
    if (timeoutMs > 0 && timeoutMs < Infinity) this.#timer = setTimeout(() => this.#fire("timeout"), timeoutMs);
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#why) this.#controller.abort(new WaitAborted(this.#why));
    }
    return this.#controller.signal;
  }

  reason(): "caller" | "timeout" | undefined {
    return this.#why;
  }

  race<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // The loser's rejection is handled here too, so it never goes unhandled.
      promise.then(resolve, reject);
      if (this.#why) reject(new WaitAborted(this.#why));
      this.#rejectRace = reject;
    });
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener("abort", this);
  }

  /** The caller's signal aborted (this object is its listener, so no closure per attempt). */
  handleEvent(): void {
    this.#fire("caller");
  }

  #fire(why: "caller" | "timeout"): void {
    if (this.#why) return;
    this.#why = why;
    this.#controller?.abort(new WaitAborted(why));
    this.#rejectRace?.(new WaitAborted(why));
  }
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts, even if whatever produced the
 * promise (an injected `fetch`) ignores the signal. The losing promise's rejection is swallowed.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
