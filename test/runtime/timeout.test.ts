import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { AbortError, TimeoutError } from "../../src/runtime/index.js";
import { DeadlineTimer, raceAbort, sleep, startAttempt, WaitAborted } from "../../src/runtime/timeout.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { caught, createThing, getThing, TestApi } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("sleep", () => {
  it("resolves after the time", async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
  it("rejects at once when the signal is already aborted or aborts mid-wait", async () => {
    await expect(sleep(10, AbortSignal.abort())).rejects.toBeInstanceOf(WaitAborted);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(WaitAborted);
  });
});

describe("startAttempt", () => {
  it("tells a timeout from a caller abort", async () => {
    const timed = startAttempt(undefined, 5);
    await new Promise((r) => timed.signal.addEventListener("abort", r));
    expect(timed.reason()).toBe("timeout");
    const caller = new AbortController();
    const aborted = startAttempt(caller.signal, 60_000);
    caller.abort();
    expect(aborted.reason()).toBe("caller");
    expect(aborted.signal.aborted).toBe(true);
    aborted.dispose();
  });
  it("disposing removes the listener from the caller's signal", () => {
    const caller = new AbortController();
    const attempt = startAttempt(caller.signal, 60_000);
    attempt.dispose();
    caller.abort();
    expect(attempt.signal.aborted).toBe(false);
  });
  it("timeoutMs 0 means no time limit", () => {
    const attempt = startAttempt(undefined, 0);
    expect(attempt.signal.aborted).toBe(false);
    attempt.dispose();
  });
});

describe("DeadlineTimer (one timer shared by a client's attempts)", () => {
  it("fires each attempt at its own deadline, never before it, and never a disposed one", async () => {
    // Independent of scheduling: a stalled process may fire both deadlines in one tick, so only
    // what the timer guarantees is asserted (no attempt before its deadline, every one after it).
    const timers = new DeadlineTimer();
    const created = performance.now();
    const late = startAttempt(undefined, 40, timers);
    const early = startAttempt(undefined, 10, timers);
    const disposed = startAttempt(undefined, 5, timers);
    disposed.dispose();
    const firedAt: Record<string, number> = {};
    const fired = (name: string, attempt: typeof early) =>
      new Promise<void>((resolve) =>
        attempt.signal.addEventListener("abort", () => resolve(void (firedAt[name] = performance.now()))),
      );
    await Promise.all([fired("early", early), fired("late", late)]);
    expect(early.reason()).toBe("timeout");
    expect(late.reason()).toBe("timeout");
    expect(firedAt.early! - created).toBeGreaterThanOrEqual(10);
    expect(firedAt.late! - created).toBeGreaterThanOrEqual(40);
    expect(disposed.reason()).toBeUndefined();
    early.dispose();
    late.dispose();
  });

  it("an earlier deadline does not fire a much later one", async () => {
    const timers = new DeadlineTimer();
    const late = startAttempt(undefined, 600_000, timers);
    const early = startAttempt(undefined, 5, timers);
    await new Promise((r) => early.signal.addEventListener("abort", r));
    expect(early.reason()).toBe("timeout");
    expect(late.reason()).toBeUndefined();
    late.dispose();
    early.dispose();
    const caller = new AbortController();
    const aborted = startAttempt(caller.signal, 60_000, timers);
    caller.abort();
    expect(aborted.reason()).toBe("caller");
    aborted.dispose();
  });
});

describe("raceAbort", () => {
  it("rejects when the signal aborts even if the promise never settles", async () => {
    const controller = new AbortController();
    const racing = raceAbort(new Promise(() => {}), controller.signal);
    controller.abort(new Error("stop"));
    await expect(racing).rejects.toThrow("stop");
  });
});

describe("timeouts through the client", () => {
  /** Counts attempts on the client side: a loaded machine may time out before the server sees anything. */
  function countingFetch() {
    const counter = { attempts: 0 };
    const fetchImpl = (request: Request) => {
      counter.attempts++;
      return fetch(request);
    };
    return { counter, fetchImpl };
  }

  it("a reply slower than timeoutMs → TimeoutError; with maxRetries 0, one attempt", async () => {
    server = await startFaultServer([{ delayMs: 10_000, body: { id: 1 } }]);
    const { counter, fetchImpl } = countingFetch();
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 100, maxRetries: 0, fetch: fetchImpl });
    const error = (await caught(() => api.call(getThing, { thing_id: 1 }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.name).toBe("TimeoutError");
    expect(error.timeoutMs).toBe(100);
    expect(error.message).toContain("no complete response within 100 ms");
    expect(counter.attempts).toBe(1);
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it("timeoutMs is per attempt: a slow first reply, then a fast one, succeeds", async () => {
    server = await startFaultServer([{ delayMs: 10_000, body: { id: 0 } }, { body: { id: 1 } }]);
    const { counter, fetchImpl } = countingFetch();
    // Generous limit: the fast reply must fit in it even on a loaded machine.
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 1_500, maxRetries: 1, fetch: fetchImpl });
    expect(await api.call(getThing, { thing_id: 1 })).toEqual({ id: 1 });
    expect(counter.attempts).toBe(2);
  });

  it("a POST that timed out is not sent again (the server may have acted)", async () => {
    server = await startFaultServer([{ delayMs: 10_000, body: { id: 1 } }]);
    const { counter, fetchImpl } = countingFetch();
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 1_000, maxRetries: 3, fetch: fetchImpl });
    expect(await caught(() => api.call(createThing, { body: { name: "x" } }))).toBeInstanceOf(TimeoutError);
    expect(counter.attempts).toBe(1);
    expect(server.count("POST")).toBeLessThanOrEqual(1);
  });

  it("the per-call timeoutMs overrides the client's", async () => {
    server = await startFaultServer([{ delayMs: 300, body: { id: 1 } }]);
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 50, maxRetries: 0 });
    expect(await api.call(getThing, { thing_id: 1 }, { timeoutMs: 20_000 })).toEqual({ id: 1 });
  });

  it("a fetch that ignores its signal still times out", async () => {
    const api = new TestApi({
      baseUrl: "http://127.0.0.1:9",
      timeoutMs: 50,
      maxRetries: 0,
      fetch: () => new Promise<Response>(() => {}),
    });
    expect(await caught(() => api.call(getThing, { thing_id: 1 }))).toBeInstanceOf(TimeoutError);
  });
});

describe("the caller's abort", () => {
  it("mid-request → AbortError at once (not TimeoutError), not retried", async () => {
    server = await startFaultServer([{ delayMs: 5_000, body: {} }]);
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = api.call(getThing, { thing_id: 1 }, { signal: controller.signal });
    while (server.requests.length === 0) await sleep(5);
    controller.abort();
    const error = await caught(() => pending);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });

  /** The real sleep, plus a promise that resolves when the first wait begins. */
  function observedSleep() {
    let began!: (ms: number) => void;
    const waitBegan = new Promise<number>((resolve) => (began = resolve));
    const hook = (ms: number, signal?: AbortSignal) => {
      began(ms);
      return sleep(ms, signal);
    };
    return { hook, waitBegan };
  }

  it("mid-wait between retries → AbortError at once, no further attempt", async () => {
    server = await startFaultServer([{ status: 503 }, { body: {} }]);
    const { hook, waitBegan } = observedSleep();
    const api = new TestApi({
      baseUrl: server.url,
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, random: () => 0.99, sleep: hook },
    });
    const controller = new AbortController();
    const pending = api.call(getThing, { thing_id: 1 }, { signal: controller.signal });
    expect(await waitBegan).toBeGreaterThan(500_000); // a ~10-minute backoff has begun
    controller.abort();
    expect(await caught(() => pending)).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("mid-wait on a long Retry-After → AbortError at once", async () => {
    server = await startFaultServer([{ status: 429, headers: { "Retry-After": "50" } }]);
    const { hook, waitBegan } = observedSleep();
    const api = new TestApi({ baseUrl: server.url, retry: { sleep: hook } });
    const controller = new AbortController();
    const pending = api.call(getThing, { thing_id: 1 }, { signal: controller.signal });
    expect(await waitBegan).toBe(50_000);
    controller.abort();
    expect(await caught(() => pending)).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("already aborted → AbortError without any request", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    expect(await caught(() => api.call(getThing, { thing_id: 1 }, { signal: AbortSignal.abort() }))).toBeInstanceOf(
      AbortError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("many calls with one long-lived signal do not pile up listeners", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    const controller = new AbortController();
    for (let i = 0; i < 30; i++) await api.call(getThing, { thing_id: 1 }, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
