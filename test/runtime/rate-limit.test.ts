import { afterEach, describe, expect, it, vi } from "vitest";
import { AbortError } from "../../src/runtime/index.js";
import { createRateLimiter, TokenBucket } from "../../src/runtime/rate-limit.js";
import { WaitAborted } from "../../src/runtime/timeout.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { caught, getThing, TestApi } from "./test-api.js";

describe("TokenBucket with a fake clock", () => {
  afterEach(() => void vi.useRealTimers());

  it("spends the burst at once, then spaces callers 1/rate apart, in arrival order", async () => {
    vi.useFakeTimers();
    const bucket = new TokenBucket({ requestsPerSecond: 2, burst: 2 }, () => Date.now());
    const served: [number, number][] = [];
    const start = Date.now();
    const all = [0, 1, 2, 3, 4].map((i) => bucket.acquire().then(() => void served.push([i, Date.now() - start])));
    await vi.advanceTimersByTimeAsync(0);
    expect(served).toEqual([
      [0, 0],
      [1, 0],
    ]);
    await vi.advanceTimersByTimeAsync(1_600);
    await Promise.all(all);
    expect(served).toEqual([
      [0, 0],
      [1, 0],
      [2, 500],
      [3, 1000],
      [4, 1500],
    ]);
  });

  it("a newcomer does not jump the queue even if a token has refilled before the timer ran", async () => {
    vi.useFakeTimers();
    let clock = 0; // decoupled from the timers, to model a timer that fires late on a busy loop
    const bucket = new TokenBucket({ requestsPerSecond: 10 }, () => clock);
    const order: string[] = [];
    await bucket.acquire();
    const first = bucket.acquire().then(() => void order.push("first"));
    clock += 250; // a token has refilled, but the serving timer has not fired yet
    const second = bucket.acquire().then(() => void order.push("second"));
    await Promise.resolve();
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(100); // serves "first"
    expect(order).toEqual(["first"]);
    clock += 100;
    await vi.advanceTimersByTimeAsync(100); // serves "second"
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
  });

  it("an aborted waiter leaves the queue; the others keep their places", async () => {
    vi.useFakeTimers();
    const bucket = new TokenBucket({ requestsPerSecond: 10 }, () => Date.now());
    await bucket.acquire();
    const controller = new AbortController();
    const leaving = bucket.acquire(controller.signal);
    const staying = bucket.acquire();
    expect(bucket.waiting).toBe(2);
    controller.abort();
    await expect(leaving).rejects.toBeInstanceOf(WaitAborted);
    expect(bucket.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    await expect(staying).resolves.toBeUndefined();
    expect(bucket.waiting).toBe(0);
  });

  it("refills to the burst after a quiet period, not beyond", async () => {
    vi.useFakeTimers();
    const bucket = new TokenBucket({ requestsPerSecond: 100, burst: 3 }, () => Date.now());
    await vi.advanceTimersByTimeAsync(10_000);
    let immediate = 0;
    for (let i = 0; i < 5; i++) void bucket.acquire().then(() => immediate++);
    await vi.advanceTimersByTimeAsync(0);
    expect(immediate).toBe(3);
    await vi.advanceTimersByTimeAsync(20);
    expect(immediate).toBe(5);
  });

  it("rejects nonsense settings", () => {
    expect(() => new TokenBucket({ requestsPerSecond: 0 })).toThrow(RangeError);
    expect(() => new TokenBucket({ requestsPerSecond: 1, burst: 0 })).toThrow(RangeError);
    expect(createRateLimiter(false)).toBeUndefined();
    expect(createRateLimiter(undefined)).toBeInstanceOf(TokenBucket);
    expect(createRateLimiter(5)).toBeInstanceOf(TokenBucket);
  });
});

describe("the limiter inside a client (real loopback server)", () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A fetch that records when the client handed each request over (arrival times would add network jitter). */
  function timedFetch(sent: number[]) {
    return (request: Request) => {
      sent.push(performance.now());
      return fetch(request);
    };
  }

  it("spaces concurrent calls at least 1/rate apart when they are sent", async () => {
    server = await startFaultServer([{ body: {} }]);
    const sent: number[] = [];
    const api = new TestApi({
      baseUrl: server.url,
      rateLimit: { requestsPerSecond: 20, burst: 1 },
      fetch: timedFetch(sent),
    });
    await Promise.all(Array.from({ length: 6 }, () => api.call(getThing, { thing_id: 1 })));
    expect(sent).toHaveLength(6);
    // The bucket grants one token per 50 ms; what a fetch wrapper observes can bunch up when the
    // event loop is late for one send and on time for the next, so single gaps prove nothing on a
    // loaded machine. The span does: six sends need five intervals, less one of slack for a late
    // first observation. (The exact spacing is asserted with a fake clock above.)
    expect(sent.at(-1)! - sent[0]!).toBeGreaterThanOrEqual(4 * 50);
  });

  it("is shared with raw calls and retries of the same client", async () => {
    server = await startFaultServer([{ status: 503 }, { body: {} }]);
    const sent: number[] = [];
    const api = new TestApi({ baseUrl: server.url, rateLimit: { requestsPerSecond: 20 }, fetch: timedFetch(sent) });
    await Promise.all([
      api.call(getThing, { thing_id: 1 }),
      api.raw.GET("/things/{thing_id}" as never, { params: { path: { thing_id: 2 } } } as never),
    ]);
    expect(server.requests).toHaveLength(3);
    expect(sent).toHaveLength(3);
    // Three sends through one bucket need two intervals (see above for why not per gap).
    expect(sent.at(-1)! - sent[0]!).toBeGreaterThanOrEqual(50);
  });

  it("a caller waiting in the queue can abort: AbortError, nothing sent for it", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url, rateLimit: { requestsPerSecond: 0.5 } });
    await api.call(getThing, { thing_id: 1 });
    const controller = new AbortController();
    const queued = api.call(getThing, { thing_id: 2 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await caught(() => queued);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});
