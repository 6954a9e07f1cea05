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
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
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
export function startAttempt(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  timers?: DeadlineTimer,
): AttemptDeadline {
  return new AttemptClock(callerSignal, timeoutMs, timers);
}

/**
 * Node's timer handle can be `ref`-ed and `unref`-ed; a browser's is a number. Typed without Node's
 * types so that the runtime type-checks for consumers that have none (DOM lib only).
 */
type NodeTimer = { ref?: () => void; unref?: () => void };

/**
 * One timer for many attempt clocks (one per client), so an attempt costs no `setTimeout` /
 * `clearTimeout` pair of its own: the timer stays armed for the earliest pending deadline and is
 * re-armed only when a new deadline comes before it. While no attempt is pending it is `unref`-ed,
 * so an idle client never keeps the process alive (as a per-attempt timer would not).
 */
export class DeadlineTimer {
  readonly #pending = new Set<AttemptClock>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the armed timer fires (performance.now() ms). */
  #armedAt = Infinity;
  #refed = false;

  /** @internal */
  add(clock: AttemptClock, deadline: number): void {
    this.#pending.add(clock);
    if (this.#timer === undefined || deadline < this.#armedAt) this.#arm(deadline);
    else if (!this.#refed) {
      (this.#timer as NodeTimer).ref?.();
      this.#refed = true;
    }
  }

  /** @internal */
  delete(clock: AttemptClock): void {
    this.#pending.delete(clock);
    if (this.#pending.size === 0 && this.#refed && this.#timer !== undefined) {
      (this.#timer as NodeTimer).unref?.();
      this.#refed = false;
    }
  }

  #arm(deadline: number): void {
    clearTimeout(this.#timer);
    this.#armedAt = deadline;
    this.#refed = true;
    this.#timer = setTimeout(() => this.#fire(), Math.max(1, Math.ceil(deadline - performance.now())));
  }

  #fire(): void {
    this.#timer = undefined;
    this.#armedAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const clock of this.#pending) {
      if (clock.deadline <= now) {
        this.#pending.delete(clock);
        clock.timeUp();
      } else if (clock.deadline < next) next = clock.deadline;
    }
    if (next < Infinity) this.#arm(next);
  }
}

class AttemptClock implements AttemptDeadline {
  #why: "caller" | "timeout" | undefined;
  #controller: AbortController | undefined;
  #rejectRace: ((error: WaitAborted) => void) | undefined;
  readonly #callerSignal: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #timers: DeadlineTimer | undefined;
  /** When the time is up (performance.now() ms), if a shared `DeadlineTimer` keeps the time. */
  deadline = Infinity;

  constructor(callerSignal: AbortSignal | undefined, timeoutMs: number, timers: DeadlineTimer | undefined) {
    this.#callerSignal = callerSignal;
    if (callerSignal?.aborted) this.#fire("caller");
    else callerSignal?.addEventListener("abort", this, { once: true });
    if (timeoutMs > 0 && timeoutMs < Infinity) {
      if (timers) {
        this.#timers = timers;
        this.deadline = performance.now() + timeoutMs;
        timers.add(this, this.deadline);
      } else this.#timer = setTimeout(() => this.#fire("timeout"), timeoutMs);
    }
  }

  /** Called by the shared `DeadlineTimer` when `deadline` has passed. */
  timeUp(): void {
    this.#fire("timeout");
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
    if (this.#timers) this.#timers.delete(this);
    else clearTimeout(this.#timer);
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
