import { afterEach, describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import {
  ApiClient,
  bindOperation,
  NotFoundError,
  type OperationInfo,
  ServerError,
  TimeoutError,
} from "../../src/runtime/index.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { caught, createThing, getThing, TestApi, TOGGL_QUOTA_HEADERS, TOKEN } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("call: parameters go where the operation says", () => {
  it("path, query, header params and a JSON body", async () => {
    server = await startFaultServer([{ body: { id: 5 } }]);
    const op = {
      operationId: "updateThing",
      method: "put",
      path: "/workspaces/{workspace_id}/things/{thing_id}",
      pathParams: ["workspace_id", "thing_id"],
      queryParams: ["status", "ids"],
      headerParams: ["X-Trace"],
      hasBody: true,
    } as const satisfies OperationInfo;
    const api = new TestApi({ baseUrl: `${server.url}/api/v9/` });
    const result = await api.call(op, {
      workspace_id: 1,
      thing_id: 2,
      status: "both",
      ids: [3, 4],
      "X-Trace": "t1",
      body: { name: "Acme" },
      extra: "ignored",
    });
    expect(result).toEqual({ id: 5 });
    const [request] = server.requests;
    expect(request!.method).toBe("PUT");
    expect(request!.url).toBe("/api/v9/workspaces/1/things/2?status=both&ids=3&ids=4");
    expect(request!.headers["x-trace"]).toBe("t1");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers.accept).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({ name: "Acme" });
  });

  it("undefined query values are left out; GET sends no body", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    await api.call(getThing, { thing_id: 1, status: undefined, body: { not: "sent" } });
    expect(server.requests[0]!.url).toBe("/things/1");
    expect(server.requests[0]!.body).toBe("");
  });
});

describe("middleware", () => {
  it("runs on every attempt, including retries", async () => {
    server = await startFaultServer([{ status: 503 }, { body: { id: 1 } }]);
    let seen = 0;
    const count: Middleware = {
      onRequest({ request }) {
        seen++;
        request.headers.set("X-Attempt", String(seen));
        return request;
      },
    };
    const api = new TestApi({ baseUrl: server.url, middleware: [count] });
    await api.call(getThing, { thing_id: 1 });
    expect(seen).toBe(2);
    expect(server.requests.map((r) => r.headers["x-attempt"])).toEqual(["1", "2"]);
  });

  it("a middleware that replaces the response is honoured", async () => {
    server = await startFaultServer([{ status: 500, body: "broken" }]);
    const fix: Middleware = { onResponse: () => new Response(JSON.stringify({ patched: true }), { status: 200 }) };
    const api = new TestApi({ baseUrl: server.url, middleware: [fix] });
    expect(await api.call(getThing, { thing_id: 1 })).toEqual({ patched: true });
  });

  it("an error response a middleware substitutes keeps its message in the typed error", async () => {
    server = await startFaultServer([{ body: { id: 1 } }]);
    const deny: Middleware = {
      onResponse: () => new Response(JSON.stringify({ message: "denied by policy" }), { status: 404 }),
    };
    const api = new TestApi({ baseUrl: server.url, middleware: [deny] });
    const error = (await caught(() => api.call(getThing, { thing_id: 1 }))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.serverMessage).toBe("denied by policy");
  });
});

describe("raw", () => {
  it("is the openapi-fetch client with auth, base URL and User-Agent", async () => {
    server = await startFaultServer([{ body: [{ id: 1 }] }]);
    const api = new TestApi({ baseUrl: server.url });
    const { data, response } = await api.raw.GET("/things" as never, {} as never);
    expect(response.status).toBe(200);
    expect(data).toEqual([{ id: 1 }]);
    expect(server.requests[0]!.headers.authorization).toMatch(/^Basic /);
    expect(server.requests[0]!.headers["user-agent"]).toContain("docs2client/");
  });
});

describe("raw goes through the same path as the wrappers", () => {
  it("retries a 503 (GET), then returns openapi-fetch's { data, response }", async () => {
    server = await startFaultServer([{ status: 503 }, { body: [{ id: 1 }] }]);
    const api = new TestApi({ baseUrl: server.url });
    const { data, error, response } = await api.raw.GET("/things" as never, {} as never);
    expect(data).toEqual([{ id: 1 }]);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("a final HTTP error is openapi-fetch's { error, response } with the parsed body", async () => {
    server = await startFaultServer([{ status: 404, body: { message: "no such thing" } }]);
    const api = new TestApi({ baseUrl: server.url });
    const { data, error, response } = await api.raw.GET(
      "/things/{thing_id}" as never,
      { params: { path: { thing_id: 1 } } } as never,
    );
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "no such thing" });
    expect(response.status).toBe(404);
  });

  it("no response within timeoutMs → TimeoutError (thrown, as openapi-fetch throws fetch failures)", async () => {
    server = await startFaultServer([{ delayMs: 2000, body: {} }]);
    const api = new TestApi({ baseUrl: server.url, timeoutMs: 50, maxRetries: 0 });
    expect(await caught(() => api.raw.GET("/things" as never, {} as never))).toBeInstanceOf(TimeoutError);
  });
});

describe("withResponse", () => {
  it("gives the final attempt's response with the data, from one send", async () => {
    server = await startFaultServer([
      { status: 503, headers: { "X-Attempt": "1" } },
      { body: { id: 1 }, headers: { "X-Attempt": "2" } },
    ]);
    const api = new TestApi({ baseUrl: server.url });
    const promise = api.call<{ id: number }>(getThing, { thing_id: 1 });
    const { data, response } = await promise.withResponse();
    expect(data).toEqual({ id: 1 });
    expect(response.headers.get("x-attempt")).toBe("2");
    expect(await promise).toEqual({ id: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("rejects with the typed error, and the data promise is not left unhandled", async () => {
    server = await startFaultServer([{ status: 404, body: "gone" }]);
    const api = new TestApi({ baseUrl: server.url });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      expect(await caught(() => api.call(getThing, { thing_id: 1 }).withResponse())).toBeInstanceOf(NotFoundError);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe("media types", () => {
  const exportPdf = {
    operationId: "exportPdf",
    method: "post",
    path: "/reports/export.pdf",
    pathParams: [],
    queryParams: [],
    hasBody: true,
    responseMediaType: "application/pdf",
    responseKind: "bytes",
  } as const satisfies OperationInfo;
  const pdf = Buffer.from("%PDF-1.4\n\u00e9\u0000\u00ff binary", "latin1");

  it("a PDF export on 200: Accept follows the media type, the body resolves to an ArrayBuffer", async () => {
    server = await startFaultServer([{ body: pdf.toString("latin1"), headers: { "content-type": "application/pdf" } }]);
    const api = new TestApi({ baseUrl: server.url });
    const data = await api.call<ArrayBuffer>(exportPdf, { body: {} });
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.from(data).toString("latin1")).toBe(Buffer.from(pdf.toString("latin1"), "utf8").toString("latin1"));
    expect(server.requests[0]!.headers.accept).toBe("application/pdf");
  });

  it("text → string (CSV), none → undefined, json → parsed; a text/plain answer to JSON stays text", async () => {
    server = await startFaultServer([
      { body: "a,b\n1,2\n", headers: { "content-type": "text/csv" } },
      { body: "ignored" },
      { body: "OK" },
    ]);
    const api = new TestApi({ baseUrl: server.url });
    const csv = {
      ...exportPdf,
      operationId: "exportCsv",
      responseMediaType: "text/csv",
      responseKind: "text",
    } as const satisfies OperationInfo;
    expect(await api.call(csv, { body: {} })).toBe("a,b\n1,2\n");
    expect(server.requests[0]!.headers.accept).toBe("text/csv");
    expect(await api.call({ ...getThing, responseKind: "none" }, { thing_id: 1 })).toBeUndefined();
    expect(await api.call(getThing, { thing_id: 1 })).toBe("OK");
  });
});

describe("servers", () => {
  const insights = {
    ...getThing,
    operationId: "insightsThing",
    serverUrl: "https://api.example.test/insights/api/v1",
  } as const satisfies OperationInfo;
  const defaults = { name: "reports", baseUrl: "https://api.example.test/reports/api/v3", auth: ["basic"] as const };

  it("an operation's serverUrl overrides the base URL; origin re-homes both, keeping their paths", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new ApiClient({ apiToken: TOKEN, rateLimit: false, origin: server.url }, defaults);
    await api.call(getThing, { thing_id: 1 });
    await api.call(insights, { thing_id: 2 });
    expect(server.requests.map((r) => r.url)).toEqual(["/reports/api/v3/things/1", "/insights/api/v1/things/2"]);
  });

  it("serverUrl is used as is without origin; plain http off loopback is refused for it too", async () => {
    const seen: string[] = [];
    const api = new ApiClient(
      { apiToken: TOKEN, rateLimit: false, fetch: async (r) => (seen.push(r.url), new Response("{}")) },
      defaults,
    );
    await api.call(insights, { thing_id: 2 });
    expect(seen).toEqual(["https://api.example.test/insights/api/v1/things/2"]);
    await expect(
      api.call({ ...insights, serverUrl: "http://insecure.example.test/x" }, { thing_id: 2 }),
    ).rejects.toThrow(/plain http/);
    expect(seen).toHaveLength(1);
    expect(() => new ApiClient({ apiToken: TOKEN, origin: "http://proxy.example.test:8080" }, defaults)).toThrow(
      /plain http/,
    );
    expect(() => new ApiClient({ apiToken: TOKEN, origin: "http://127.0.0.1:1/path" }, defaults)).toThrow(
      /origin must be/,
    );
  });
});

describe("shareWith", () => {
  it("siblings share credentials, rate limiter, quota, policy and fetch; each keeps its own base URL", async () => {
    server = await startFaultServer([
      { status: 503 },
      { body: {}, headers: { "X-Toggl-Quota-Remaining": "7", "X-Toggl-Quota-Resets-In": "30" } },
    ]);
    const fetched: string[] = [];
    const track = new ApiClient(
      {
        apiToken: TOKEN,
        rateLimit: { requestsPerSecond: 1000, burst: 1 },
        origin: server.url,
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
        fetch: (r, init) => (fetched.push(r.url), fetch(r, init)),
      },
      { name: "track", baseUrl: "https://api.example.test/api/v9", auth: ["basic"], quotaHeaders: TOGGL_QUOTA_HEADERS },
    );
    // Reports' docs name no quota headers: it reads its sibling's, so the one quota state follows its responses too.
    const reports = new ApiClient(
      { apiToken: "ignored-other-token", baseUrl: "https://elsewhere.test" },
      defaultsReports,
      track,
    );
    await reports.call(getThing, { thing_id: 3 });
    expect(server.requests.map((r) => r.url)).toEqual(["/reports/api/v3/things/3", "/reports/api/v3/things/3"]); // retried by the shared policy
    expect(fetched).toHaveLength(2);
    expect(server.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from(`${TOKEN}:api_token`).toString("base64")}`,
    );
    expect(track.quota?.remaining).toBe(7);
    expect(reports.quota?.remaining).toBe(7);
  });
});

const defaultsReports = {
  name: "reports",
  baseUrl: "https://api.example.test/reports/api/v3",
  auth: ["basic"] as const,
};

describe("generated-code shape", () => {
  it("bindOperation makes a method that carries its operation", async () => {
    server = await startFaultServer([{ status: 500 }]);
    const api = new TestApi({ baseUrl: server.url, maxRetries: 0 });
    const get = bindOperation<{ thing_id: number }, { id: number }>(api, getThing);
    expect(get.operation).toBe(getThing);
    expect(await caught(() => get({ thing_id: 1 }))).toBeInstanceOf(ServerError);
  });

  it("a class extending ApiClient with resource classes works end to end", async () => {
    server = await startFaultServer([{ status: 201, body: { id: 9, name: "Acme" } }]);
    const api = new TestApi({ baseUrl: server.url });
    const created = await api.things.create({ body: { name: "Acme" } });
    expect(created).toEqual({ id: 9, name: "Acme" });
    expect(server.count("POST", "/things")).toBe(1);
  });

  it("option validation: negative numbers are refused", () => {
    const make = (o: object) => () =>
      new ApiClient({ baseUrl: "https://a.example", ...o }, { name: "x", baseUrl: "", auth: [] });
    expect(make({ timeoutMs: -1 })).toThrow(RangeError);
    expect(make({ maxRetries: -1 })).toThrow(RangeError);
    expect(make({ rateLimit: 0 })).toThrow(RangeError);
    expect(make({ rateLimit: { requestsPerSecond: 2, burst: 5 } })).not.toThrow();
  });

  it("POST bodies are sent as JSON", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    await api.call(createThing, { body: { name: "ü" } });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ name: "ü" });
  });
});
