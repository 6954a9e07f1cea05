import { afterEach, describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { ApiClient, type OperationInfo } from "../../src/runtime/index.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { createThing, getThing, TestApi } from "./test-api.js";

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
    const result = await api.call(op, { workspace_id: 1, thing_id: 2, status: "both", ids: [3, 4], "X-Trace": "t1", body: { name: "Acme" }, extra: "ignored" });
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

describe("generated-code shape", () => {
  it("a class extending ApiClient with resource classes works end to end", async () => {
    server = await startFaultServer([{ status: 201, body: { id: 9, name: "Acme" } }]);
    const api = new TestApi({ baseUrl: server.url });
    const created = await api.things.create({ body: { name: "Acme" } });
    expect(created).toEqual({ id: 9, name: "Acme" });
    expect(server.count("POST", "/things")).toBe(1);
  });

  it("option validation: negative numbers are refused", () => {
    const make = (o: object) => () => new ApiClient({ baseUrl: "https://a.example", ...o }, { name: "x", baseUrl: "", auth: [] });
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
