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

/** The signal for one attempt: aborts when the caller aborts or when the attempt's time is up. */
export interface AttemptDeadline {
  readonly signal: AbortSignal;
  /** Why the attempt's signal fired, if it did. */
  readonly reason: () => "caller" | "timeout" | undefined;
  /** Clears the timer and the listener on the caller's signal (call it in `finally`). */
  readonly dispose: () => void;
}

/**
 * Starts the clock for one attempt. Hand-rolled rather than `AbortSignal.any` +
 * `AbortSignal.timeout`: we must tell "timed out" from "caller aborted", and we release the
 * timer and the listener as soon as the attempt ends, which keeps a long-lived caller signal
 * from accumulating listeners across thousands of calls.
 */
export function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptDeadline {
  const controller = new AbortController();
  let reason: "caller" | "timeout" | undefined;
  const fire = (why: "caller" | "timeout") => {
    reason ??= why;
    controller.abort(new WaitAborted(why));
  };
  const onCallerAbort = () => fire("caller");
  if (callerSignal?.aborted) fire("caller");
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = Number.isFinite(timeoutMs) && timeoutMs > 0 ? setTimeout(() => fire("timeout"), timeoutMs) : undefined;
  return {
    signal: controller.signal,
    reason: () => reason,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
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
