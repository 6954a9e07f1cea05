/**
 * Soak: 10,000 calls through one client, 50 at a time, with ~10% injected faults. Every call
 * must settle exactly once with its own answer (or a typed error), no rejection may go
 * unhandled, no POST may be repeated after the server took it, and the heap must stay bounded.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClientError, type OperationInfo } from "../../src/runtime/index.js";
import { type FaultServer, type FaultStep, startFaultServer } from "./fault-server.js";
import { createThing, getThing, TestApi } from "./test-api.js";

/** A real `gc()` even without --expose-gc, so the heap readings are not at the mercy of GC timing. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

const CALLS = 10_000;
const CONCURRENCY = 50;

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: FaultStep[] = [
  { status: 500 },
  { status: 503 },
  { status: 429, headers: { "Retry-After": "0" } },
  { reset: "before-response" },
  { reset: "mid-body", body: { partial: "x".repeat(40) } },
  { status: 400, body: JSON.stringify("bad request") },
  { status: 410 },
  { status: 200, headers: { "content-type": "application/json" }, body: '{"truncated":' },
];

let server: FaultServer;
/** Per POST id: receipts the server acted on (anything but a 429). */
const postsActedOn = new Map<string, number>();

beforeAll(async () => {
  const random = prng(20260101);
  server = await startFaultServer(
    (request) => {
      const id =
        request.method === "POST" ? (JSON.parse(request.body) as { name: string }).name : request.url.split("/")[2]!;
      const fault = random() < 0.1 ? FAULTS[Math.floor(random() * FAULTS.length)]! : undefined;
      if (request.method === "POST" && fault?.status !== 429) postsActedOn.set(id, (postsActedOn.get(id) ?? 0) + 1);
      return fault ?? { body: { id } };
    },
    { record: false },
  ); // a 10k-entry request log would blur the heap measurement
});
afterAll(async () => server.close());

describe("soak", () => {
  it(`${CALLS} calls, ${CONCURRENCY} at a time, 10% faults: each settles exactly once`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);

    const api = new TestApi({
      baseUrl: server.url,
      rateLimit: false,
      maxRetries: 3,
      timeoutMs: 10_000,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    const settled = new Uint8Array(CALLS);
    const outcomes = { ok: 0, wrongAnswer: 0, typedError: 0, otherError: 0 };

    const callOne = async (i: number) => {
      const isPost = i % 10 === 0;
      const op: OperationInfo = isPost ? createThing : getThing;
      const id = `c${i}`;
      try {
        const result = (await api.call<{ id: string }>(op, isPost ? { body: { name: id } } : { thing_id: id })) as {
          id?: string;
        };
        if (result?.id === id) outcomes.ok++;
        else outcomes.wrongAnswer++;
      } catch (error) {
        if (error instanceof ApiClientError) outcomes.typedError++;
        else outcomes.otherError++;
      } finally {
        settled[i]! += 1;
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < CALLS) await callOne(next++);
    };

    // Warm up (JIT, sockets) before the first heap reading.
    const warmup = 500;
    next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < warmup) await callOne(next++);
      }),
    );
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;

    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await new Promise((r) => setTimeout(r, 50)); // let any stray rejection surface
    collectGarbage();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    console.info(`soak: ${JSON.stringify(outcomes)}, heap growth ${heapGrowthMb.toFixed(1)} MB`);
    process.off("unhandledRejection", onUnhandled);

    expect(settled.every((count) => count === 1)).toBe(true);
    expect(outcomes.ok + outcomes.typedError).toBe(CALLS);
    expect(outcomes.wrongAnswer).toBe(0);
    expect(outcomes.otherError).toBe(0);
    expect(unhandled).toEqual([]);
    // Most faults are retried away; the non-retryable ones (400, 410, bad 2xx, POST after 5xx/reset) surface.
    expect(outcomes.ok).toBeGreaterThan(CALLS * 0.9);
    expect(outcomes.typedError).toBeGreaterThan(0);
    expect([...postsActedOn.values()].every((n) => n === 1)).toBe(true);
    expect(postsActedOn.size).toBeGreaterThan(CALLS / 10 - 1);
    // Generous (after a forced GC); a leak of 2.5 kB per call would exceed it.
    expect(heapGrowthMb).toBeLessThan(24);
  }, 180_000); // ~15 s on an idle 2-core box; the margin is for a loaded one
});
