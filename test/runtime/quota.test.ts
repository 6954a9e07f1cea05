import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../../src/runtime/index.js";
import { readQuota } from "../../src/runtime/quota.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { getThing, TestApi, TOGGL_QUOTA_HEADERS } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("readQuota", () => {
  it("reads both headers, either alone, and ignores garbage", () => {
    const h = (init: Record<string, string>) => new Headers(init);
    expect(
      readQuota(h({ "X-Toggl-Quota-Remaining": "29", "X-Toggl-Quota-Resets-In": "3540" }), TOGGL_QUOTA_HEADERS, 5),
    ).toEqual({
      remaining: 29,
      resetsInSeconds: 3540,
      observedAt: 5,
    });
    expect(readQuota(h({ "X-Toggl-Quota-Remaining": "3" }), TOGGL_QUOTA_HEADERS, 5)?.resetsInSeconds).toBeUndefined();
    expect(readQuota(h({}), TOGGL_QUOTA_HEADERS, 5)).toBeUndefined();
    expect(
      readQuota(h({ "X-Toggl-Quota-Remaining": "lots", "X-Toggl-Quota-Resets-In": "-1" }), TOGGL_QUOTA_HEADERS, 5),
    ).toBeUndefined();
  });
});

describe("client.quota", () => {
  it("is undefined until a response carries quota headers, then the latest seen", async () => {
    server = await startFaultServer([
      { body: {} },
      { body: {}, headers: { "X-Toggl-Quota-Remaining": "29", "X-Toggl-Quota-Resets-In": "3599" } },
      { body: {} },
      { status: 402, headers: { "X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "120" } },
    ]);
    const api = new TestApi({ baseUrl: server.url });
    await api.call(getThing, { thing_id: 1 });
    expect(api.quota).toBeUndefined();
    const before = Date.now();
    await api.call(getThing, { thing_id: 1 });
    expect(api.quota).toMatchObject({ remaining: 29, resetsInSeconds: 3599 });
    expect(api.quota!.observedAt).toBeGreaterThanOrEqual(before);
    await api.call(getThing, { thing_id: 1 });
    expect(api.quota?.remaining).toBe(29); // a response without the headers keeps the last snapshot
    await api.call(getThing, { thing_id: 1 }).catch(() => {});
    expect(api.quota).toMatchObject({ remaining: 0, resetsInSeconds: 120 });
  });

  it("is also updated by raw calls", async () => {
    server = await startFaultServer([{ body: {}, headers: { "X-Toggl-Quota-Remaining": "7" } }]);
    const api = new TestApi({ baseUrl: server.url });
    await api.raw.GET("/anything" as never, {} as never);
    expect(api.quota?.remaining).toBe(7);
  });

  it("header names come from ApiDefaults.quotaHeaders when the API has its own", async () => {
    server = await startFaultServer([{ body: {}, headers: { "RateLimit-Remaining": "11", "RateLimit-Reset": "30" } }]);
    const client = new ApiClient(
      { baseUrl: server.url, rateLimit: false },
      {
        name: "other",
        baseUrl: "",
        auth: [],
        quotaHeaders: { remaining: "RateLimit-Remaining", resetsIn: "RateLimit-Reset" },
      },
    );
    await client.call(getThing, { thing_id: 1 });
    expect(client.quota).toMatchObject({ remaining: 11, resetsInSeconds: 30 });
  });
});

describe("an API whose docs announce no quota", () => {
  let server: FaultServer | undefined;
  afterEach(async () => server?.close());

  it("tracks nothing, and a 402 is a plain PaymentRequiredError even with Toggl-like headers", async () => {
    server = await startFaultServer([
      {
        status: 402,
        body: "paid feature",
        headers: { "X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "5" },
      },
    ]);
    const client = new ApiClient(
      { baseUrl: server.url, rateLimit: false, maxQuotaWaitMs: 60_000 },
      { name: "other", baseUrl: "", auth: [] },
    );
    const error = (await client.call(getThing, { thing_id: 1 }).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe("PaymentRequiredError");
    expect(client.quota).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });
});
