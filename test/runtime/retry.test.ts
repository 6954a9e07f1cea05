import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  ConnectionError,
  GoneError,
  PaymentRequiredError,
  QuotaExceededError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type OperationInfo,
} from "../../src/runtime/index.js";
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  retryDelayFor,
  type RetryPolicy,
} from "../../src/runtime/retry.js";
import { closedPortUrl, type FaultServer, type FaultStep, startFaultServer } from "./fault-server.js";
import { caught, createThing, deleteThing, getThing, patchThing, putThing, TestApi } from "./test-api.js";

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };
const base = { method: "GET", url: "https://x/y", headers: {}, rawBody: "", body: undefined, messages: [] };

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads delta seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
  });
  it("reads an HTTP date, never negative", () => {
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
  });
  it("ignores absent and garbled values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-3", now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("is full jitter under a doubling ceiling capped at maxDelayMs", () => {
    const at = (random: number, n: number) => backoffDelay(n, { ...policy, random: () => random });
    expect(at(0.999, 0)).toBe(499);
    expect(at(0.999, 1)).toBe(999);
    expect(at(0.999, 3)).toBe(3996);
    expect(at(0.999, 10)).toBe(7992);
    expect(at(0, 5)).toBe(0);
    expect(at(0.5, 2)).toBe(1000);
  });
});

describe("retryDelayFor: the policy table", () => {
  const server = (status: number) => new ServerError({ ...base, status });
  const connection = (code: string) =>
    new ConnectionError({ method: "GET", url: "u", cause: Object.assign(new Error("x"), { code }) });
  const quota = (resetsInSeconds: number) =>
    new QuotaExceededError({ ...base, status: 402, remaining: 0, resetsInSeconds });

  it("stops after maxRetries", () => {
    expect(retryDelayFor(server(500), "GET", 1, { ...policy, maxRetries: 2 })).toBe(500);
    expect(retryDelayFor(server(500), "GET", 2, { ...policy, maxRetries: 2 })).toBeUndefined();
  });
  it("429: waits Retry-After within maxRetryAfterMs, gives up at once beyond it, else backoff; any method", () => {
    const limited = (retryAfterMs: number | undefined) => new RateLimitError({ ...base, status: 429, retryAfterMs });
    expect(retryDelayFor(limited(3000), "POST", 0, policy)).toBe(3000);
    expect(retryDelayFor(limited(60_000), "GET", 0, policy)).toBe(60_000);
    expect(retryDelayFor(limited(600_000), "GET", 0, policy)).toBeUndefined();
    expect(retryDelayFor(limited(undefined), "PATCH", 0, policy)).toBe(250);
  });
  it("5xx: idempotent methods only", () => {
    for (const m of ["GET", "PUT", "DELETE", "HEAD"]) expect(retryDelayFor(server(503), m, 0, policy)).toBe(250);
    for (const m of ["POST", "PATCH"]) expect(retryDelayFor(server(503), m, 0, policy)).toBeUndefined();
  });
  it("connection errors: POST only when the request surely never left", () => {
    expect(retryDelayFor(connection("ECONNREFUSED"), "POST", 0, policy)).toBe(250);
    expect(retryDelayFor(connection("ENOTFOUND"), "PATCH", 0, policy)).toBe(250);
    expect(retryDelayFor(connection("UND_ERR_SOCKET"), "POST", 0, policy)).toBeUndefined();
    expect(retryDelayFor(connection("ECONNRESET"), "GET", 0, policy)).toBe(250);
  });
  it("timeouts: idempotent only", () => {
    const timeout = new TimeoutError({ method: "GET", url: "u", timeoutMs: 5 });
    expect(retryDelayFor(timeout, "GET", 0, policy)).toBe(250);
    expect(retryDelayFor(timeout, "POST", 0, policy)).toBeUndefined();
  });
  it("quota: waited only within maxQuotaWaitMs (0 = never)", () => {
    expect(retryDelayFor(quota(2), "GET", 0, policy)).toBeUndefined();
    expect(retryDelayFor(quota(2), "GET", 0, { ...policy, maxQuotaWaitMs: 2000 })).toBe(2000);
    expect(retryDelayFor(quota(3), "GET", 0, { ...policy, maxQuotaWaitMs: 2000 })).toBeUndefined();
  });
  it("never: 410, 402 without quota, other 4xx, unknown errors", () => {
    expect(retryDelayFor(new GoneError({ ...base, status: 410 }), "GET", 0, policy)).toBeUndefined();
    expect(retryDelayFor(new PaymentRequiredError({ ...base, status: 402 }), "GET", 0, policy)).toBeUndefined();
    expect(retryDelayFor(new ApiError({ ...base, status: 409 }), "GET", 0, policy)).toBeUndefined();
    expect(retryDelayFor(new TypeError("bug"), "GET", 0, policy)).toBeUndefined();
  });
});

// ---- The fault matrix against a real loopback server -------------------------------------------

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client whose waits are recorded instead of slept (they still honour the signal). */
function recordingClient(url: string, extra: ConstructorParameters<typeof TestApi>[0] = {}) {
  const waits: number[] = [];
  const api = new TestApi({
    baseUrl: url,
    ...extra,
    retry: { random: () => 0.5, sleep: async (ms) => void waits.push(ms), ...extra.retry },
  });
  return { api, waits };
}

async function run(
  steps: FaultStep[],
  operation: OperationInfo = getThing,
  extra: ConstructorParameters<typeof TestApi>[0] = {},
) {
  server = await startFaultServer(steps);
  const { api, waits } = recordingClient(server.url, extra);
  let result: unknown;
  let error: Error | undefined;
  try {
    result = await api.call(operation, { thing_id: 1, body: { name: "n" } });
  } catch (e) {
    error = e as Error;
  }
  return { result, error, waits, attempts: server.requests.length };
}

const ok: FaultStep = { status: 200, body: { id: 1 } };
const retryAfterDate = () => new Date(Date.now() + 30_000).toUTCString();

describe("fault matrix (GET unless named)", () => {
  it("429 with Retry-After seconds → waits that long, then succeeds", async () => {
    const r = await run([{ status: 429, headers: { "Retry-After": "2" } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.attempts).toBe(2);
    expect(r.waits).toEqual([2000]);
  });

  it("429 with Retry-After as an HTTP date → waits until then (≤ 30 s; the date has whole seconds)", async () => {
    const r = await run([{ status: 429, headers: { "Retry-After": retryAfterDate() } }, ok]);
    expect(r.attempts).toBe(2);
    expect(r.waits[0]).toBeGreaterThan(20_000);
    expect(r.waits[0]).toBeLessThanOrEqual(30_000);
  });

  it("429 with a Retry-After beyond the budget (maxRetryAfterMs) → RateLimitError at once, no wait", async () => {
    const r = await run([{ status: 429, headers: { "Retry-After": "86400" } }, ok]);
    expect(r.error).toBeInstanceOf(RateLimitError);
    expect((r.error as RateLimitError).retryAfterMs).toBe(86_400_000);
    expect(r.waits).toEqual([]);
    expect(r.attempts).toBe(1);
  });

  it("the budget is per call: a second Retry-After beyond what is left of it fails at once", async () => {
    const r = await run([
      { status: 429, headers: { "Retry-After": "40" } },
      { status: 429, headers: { "Retry-After": "40" } },
      ok,
    ]);
    expect(r.error).toBeInstanceOf(RateLimitError);
    expect(r.waits).toEqual([40_000]);
    expect(r.attempts).toBe(2);
  });

  it("429 with a negative or garbage Retry-After → ordinary backoff", async () => {
    for (const value of ["-5", "soon", "1e999x"]) {
      const r = await run([{ status: 429, headers: { "Retry-After": value } }, ok]);
      expect(r.result).toEqual({ id: 1 });
      expect(r.waits).toHaveLength(1);
      expect(r.waits[0]).toBeLessThan(60_000);
      await server?.close();
      server = undefined;
    }
  });

  it("429 without Retry-After → exponential backoff, then RateLimitError after maxRetries", async () => {
    const r = await run([{ status: 429, body: "Too many" }], getThing, {
      retry: { baseDelayMs: 100, maxDelayMs: 1000 },
    });
    expect(r.error).toBeInstanceOf(RateLimitError);
    expect(r.error?.name).toBe("RateLimitError");
    expect(r.attempts).toBe(3);
    expect(r.waits).toEqual([50, 100]);
  });

  it("429 on POST is retried (the server refused it without acting)", async () => {
    const r = await run([{ status: 429, headers: { "Retry-After": "1" } }, ok], createThing);
    expect(r.result).toEqual({ id: 1 });
    expect(server!.count("POST", "/things")).toBe(2);
  });

  it("402 without quota headers → PaymentRequiredError at once, never retried", async () => {
    const r = await run([{ status: 402, body: JSON.stringify("Upgrade your plan") }, ok], getThing, {
      maxQuotaWaitMs: 60_000,
    });
    expect(r.error).toBeInstanceOf(PaymentRequiredError);
    expect((r.error as ApiError).serverMessage).toBe("Upgrade your plan");
    expect(r.attempts).toBe(1);
  });

  it("402 with quota headers, default maxQuotaWaitMs 0 → QuotaExceededError at once", async () => {
    const r = await run([
      { status: 402, headers: { "X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "2" } },
      ok,
    ]);
    expect(r.error).toBeInstanceOf(QuotaExceededError);
    expect((r.error as QuotaExceededError).resetsInSeconds).toBe(2);
    expect(r.attempts).toBe(1);
  });

  it("402 with quota headers and maxQuotaWaitMs large enough → waits the reset, then succeeds", async () => {
    const r = await run(
      [{ status: 402, headers: { "X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "2" } }, ok],
      getThing,
      {
        maxQuotaWaitMs: 5_000,
      },
    );
    expect(r.result).toEqual({ id: 1 });
    expect(r.attempts).toBe(2);
    expect(r.waits).toEqual([2000]);
  });

  it("402 quota resetting later than maxQuotaWaitMs → QuotaExceededError at once", async () => {
    const r = await run([{ status: 402, headers: { "X-Toggl-Quota-Resets-In": "3600" } }, ok], getThing, {
      maxQuotaWaitMs: 5_000,
    });
    expect(r.error).toBeInstanceOf(QuotaExceededError);
    expect(r.attempts).toBe(1);
    expect(r.waits).toEqual([]);
  });

  it("410 → GoneError, never retried", async () => {
    const r = await run([{ status: 410, body: "This endpoint is gone" }, ok]);
    expect(r.error).toBeInstanceOf(GoneError);
    expect(r.error?.name).toBe("GoneError");
    expect(r.attempts).toBe(1);
  });

  it("other 4xx are never retried", async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const r = await run([{ status }, ok]);
      expect(r.error).toBeInstanceOf(ApiError);
      expect(r.attempts).toBe(1);
      await server!.close();
      server = undefined;
    }
  });

  for (const status of [500, 502, 503]) {
    it(`${status} on GET → retried with backoff, then succeeds`, async () => {
      const r = await run([{ status }, { status }, ok]);
      expect(r.result).toEqual({ id: 1 });
      expect(r.attempts).toBe(3);
      expect(r.waits).toEqual([1, 2]);
    });
  }

  it("500 every time → ServerError after 1 + maxRetries attempts", async () => {
    const r = await run([{ status: 500, body: { message: "db down" } }], getThing, { maxRetries: 4 });
    expect(r.error).toBeInstanceOf(ServerError);
    expect((r.error as ServerError).serverMessage).toBe("db down");
    expect(r.attempts).toBe(5);
    expect(r.waits).toHaveLength(4);
  });

  it("PUT and DELETE are idempotent: retried after 503", async () => {
    expect((await run([{ status: 503 }, ok], putThing)).attempts).toBe(2);
    await server!.close();
    expect((await run([{ status: 503 }, ok], deleteThing)).attempts).toBe(2);
  });

  for (const operation of [createThing, patchThing] as OperationInfo[]) {
    it(`${operation.method.toUpperCase()} after a 5xx is never sent again`, async () => {
      const r = await run([{ status: 502 }, ok], operation);
      expect(r.error).toBeInstanceOf(ServerError);
      expect(server!.count(operation.method.toUpperCase())).toBe(1);
    });

    it(`${operation.method.toUpperCase()} after a reset mid-response is never sent again`, async () => {
      const r = await run([{ reset: "mid-body", body: { id: 1, name: "long enough body" } }, ok], operation);
      expect(r.error).toBeInstanceOf(ConnectionError);
      expect(server!.count(operation.method.toUpperCase())).toBe(1);
    });

    it(`${operation.method.toUpperCase()} after a reset before the response is never sent again`, async () => {
      const r = await run([{ reset: "before-response" }, ok], operation);
      expect(r.error).toBeInstanceOf(ConnectionError);
      expect((r.error as ConnectionError).requestNotSent).toBe(false);
      expect(server!.count(operation.method.toUpperCase())).toBe(1);
    });
  }

  it("GET after a reset mid-response → retried, then succeeds", async () => {
    const r = await run([{ reset: "mid-body", body: { id: 1, name: "long enough body" } }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.attempts).toBe(2);
  });

  it("GET after a reset before the response → retried, then succeeds", async () => {
    const r = await run([{ reset: "before-response" }, ok]);
    expect(r.result).toEqual({ id: 1 });
    expect(r.attempts).toBe(2);
  });

  it("connection refused → ConnectionError(ECONNREFUSED) after retrying, even for POST", async () => {
    const url = await closedPortUrl();
    for (const operation of [getThing, createThing]) {
      const { api, waits } = recordingClient(url, { maxRetries: 2 });
      const error = (await caught(() => api.call(operation, { thing_id: 1, body: {} }))) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.name).toBe("ConnectionError");
      expect(error.code).toBe("ECONNREFUSED");
      expect(error.requestNotSent).toBe(true);
      expect(error.message).toContain("ECONNREFUSED");
      expect(waits).toHaveLength(2);
    }
  });

  it("connection refused, then the server comes up → a POST succeeds once", async () => {
    server = await startFaultServer([ok]);
    const up = server.url;
    let calls = 0;
    const refusedUrl = await closedPortUrl();
    const { api } = recordingClient(up, {
      // The first attempt goes to a dead port (refused), later ones to the live server.
      fetch: (request) =>
        calls++ === 0
          ? fetch(request.url.replace(up, refusedUrl), { method: request.method, body: "{}" })
          : fetch(request),
    });
    expect(await api.call(createThing, { body: { name: "a" } })).toEqual({ id: 1 });
    expect(server.count("POST")).toBe(1);
    expect(calls).toBe(2);
  });

  it("per-call maxRetries overrides the client's", async () => {
    server = await startFaultServer([{ status: 500 }]);
    const { api } = recordingClient(server.url, { maxRetries: 5 });
    await caught(() => api.call(getThing, { thing_id: 1 }, { maxRetries: 1 }));
    expect(server.requests).toHaveLength(2);
  });

  it("logs each retry as a warning", async () => {
    const lines: string[] = [];
    const r = await run([{ status: 503 }, ok], getThing, { logger: { warn: (m) => void lines.push(m) } });
    expect(r.attempts).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/retrying getThing \(GET .*\/things\/1\) in 1 ms, retry 1 of 2, after: ServerError/);
  });
});
