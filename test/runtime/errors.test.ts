import { afterEach, describe, expect, it } from "vitest";
import {
  ApiClientError,
  ApiError,
  ConflictError,
  ERROR_CLASS_BY_STATUS,
  errorClassNameFor,
  BadRequestError,
  ForbiddenError,
  GoneError,
  InvalidResponseError,
  NoResponseError,
  NotFoundError,
  PaymentRequiredError,
  QuotaExceededError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableEntityError,
  type OperationInfo,
} from "../../src/runtime/index.js";
import { type FaultServer, type FaultStep, startFaultServer } from "./fault-server.js";
import { caught, createThing, getThing, TestApi } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failOnce(step: FaultStep, operation: OperationInfo = getThing): Promise<ApiError> {
  server = await startFaultServer([step]);
  const api = new TestApi({ baseUrl: server.url, maxRetries: 0 });
  const error = await caught(() => api.call(operation, { thing_id: 7, body: { name: "x" } }));
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("status → error class", () => {
  const matrix: [number, new (...args: never[]) => ApiError, string][] = [
    [400, BadRequestError, "BadRequestError"],
    [401, UnauthorizedError, "UnauthorizedError"],
    [402, PaymentRequiredError, "PaymentRequiredError"],
    [403, ForbiddenError, "ForbiddenError"],
    [404, NotFoundError, "NotFoundError"],
    [409, ConflictError, "ConflictError"],
    [410, GoneError, "GoneError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, RateLimitError, "RateLimitError"],
    [500, ServerError, "ServerError"],
    [502, ServerError, "ServerError"],
    [503, ServerError, "ServerError"],
  ];
  for (const [status, cls, name] of matrix) {
    it(`${status} → ${name}`, async () => {
      const error = await failOnce({ status, body: "Something went wrong" });
      expect(error).toBeInstanceOf(cls);
      expect(error).toBeInstanceOf(ApiClientError);
      expect(error.name).toBe(name);
      expect(error.constructor.name).toBe(name);
      expect(error.status).toBe(status);
      expect(error.method).toBe("GET");
      expect(error.url).toBe(`${server!.url}/things/7`);
      expect(error.operationId).toBe("getThing");
    });
  }

  it("402 with quota headers → QuotaExceededError (not a PaymentRequiredError)", async () => {
    const error = await failOnce({
      status: 402,
      headers: { "X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "1800" },
      body: "Quota exceeded",
    });
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).not.toBeInstanceOf(PaymentRequiredError);
    expect(error.name).toBe("QuotaExceededError");
    expect((error as QuotaExceededError).remaining).toBe(0);
    expect((error as QuotaExceededError).resetsInSeconds).toBe(1800);
  });

  it("429 carries Retry-After in ms", async () => {
    const error = await failOnce({ status: 429, headers: { "Retry-After": "7" }, body: "slow down" });
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
  });
});

describe("error bodies", () => {
  it("a JSON string body (Toggl's usual shape) becomes the message", async () => {
    const error = await failOnce({
      status: 400,
      body: JSON.stringify("Missing or invalid workspace_id"),
      headers: { "content-type": "application/json" },
    });
    expect(error.rawBody).toBe('"Missing or invalid workspace_id"');
    expect(error.body).toBe("Missing or invalid workspace_id");
    expect(error.serverMessage).toBe("Missing or invalid workspace_id");
    expect(error.message).toBe(
      `getThing (GET ${server!.url}/things/7) failed with HTTP 400: Missing or invalid workspace_id`,
    );
  });

  it("a JSON object body: parsed body and its message", async () => {
    const error = await failOnce({ status: 422, body: { message: "name is too long", code: 42 } });
    expect(error.body).toEqual({ message: "name is too long", code: 42 });
    expect(error.serverMessage).toBe("name is too long");
    expect(error.message).toContain("HTTP 422: name is too long");
  });

  it("a JSON array of messages keeps them all", async () => {
    const error = await failOnce({ status: 400, body: ["first problem", "second problem"] });
    expect(error.messages).toEqual(["first problem", "second problem"]);
    expect(error.serverMessage).toBe("first problem");
  });

  it("plain text stays text", async () => {
    const error = await failOnce({ status: 403, body: "Incorrect username and/or password" });
    expect(error.body).toBe("Incorrect username and/or password");
    expect(error.message).toContain("HTTP 403: Incorrect username and/or password");
  });

  it("an HTML proxy page is reduced to its title, at most 200 characters", async () => {
    const html = `<!DOCTYPE html><html><head><title>429 Too Many Requests</title><style>body{}</style></head><body><h1>Too Many Requests</h1>${"<p>lorem ipsum</p>".repeat(500)}</body></html>`;
    const error = await failOnce({ status: 429, headers: { "content-type": "text/html" }, body: html });
    expect(error.serverMessage).toBe("429 Too Many Requests");
    expect(error.rawBody).toBe(html);
    expect(error.message.length).toBeLessThan(300);
  });

  it("an HTML page without a title uses its first heading; long text is cut to 200", async () => {
    const error = await failOnce({
      status: 502,
      headers: { "content-type": "text/html" },
      body: `<html><body><h1>${"Bad gateway ".repeat(40)}</h1></body></html>`,
    });
    expect(error.serverMessage!.startsWith("Bad gateway Bad gateway")).toBe(true);
    expect(error.serverMessage!.length).toBeLessThanOrEqual(200);
  });

  it("truncated JSON keeps the raw text and does not crash", async () => {
    const error = await failOnce({
      status: 500,
      headers: { "content-type": "application/json" },
      body: '{"message": "database unavai',
    });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.rawBody).toBe('{"message": "database unavai');
    expect(error.body).toBe('{"message": "database unavai');
  });

  it("an empty body gives a message without a server part", async () => {
    const error = await failOnce({ status: 404 });
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe(`getThing (GET ${server!.url}/things/7) failed with HTTP 404`);
  });

  it("carries the operation's documented messages for that status", async () => {
    const error = await failOnce({ status: 400, body: JSON.stringify("bad") });
    expect(error.documentedMessages).toEqual(["Thing status is invalid"]);
    const other = await (async () => {
      await server!.close();
      return failOnce({ status: 409, body: "conflict" });
    })();
    expect(other.documentedMessages).toEqual([]);
  });

  it("exposes response headers with lower-case names", async () => {
    const error = await failOnce({ status: 400, headers: { "X-Request-Id": "abc" }, body: "no" });
    expect(error.headers["x-request-id"]).toBe("abc");
  });
});

describe("2xx bodies", () => {
  it("a 2xx with invalid JSON → InvalidResponseError, not retried", async () => {
    server = await startFaultServer([
      { status: 200, headers: { "content-type": "application/json" }, body: '{"id": 1, "na' },
    ]);
    const api = new TestApi({ baseUrl: server.url, maxRetries: 3 });
    const error = (await caught(() => api.call(getThing, { thing_id: 1 }))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.name).toBe("InvalidResponseError");
    expect(error.status).toBe(200);
    expect(error.rawBody).toBe('{"id": 1, "na');
    expect(error.message).toContain("not valid JSON");
    expect(server.count("GET")).toBe(1);
  });

  it("a 2xx HTML page where JSON was due → InvalidResponseError", async () => {
    server = await startFaultServer([
      { status: 200, headers: { "content-type": "text/html" }, body: "<html><title>Captive portal</title></html>" },
    ]);
    const api = new TestApi({ baseUrl: server.url });
    expect(await caught(() => api.call(getThing, { thing_id: 1 }))).toBeInstanceOf(InvalidResponseError);
  });

  it("JSON, empty bodies and text/plain are answers", async () => {
    server = await startFaultServer([{ body: { id: 1, name: "a" } }, { status: 200 }, { status: 204 }, { body: "OK" }]);
    const api = new TestApi({ baseUrl: server.url });
    expect(await api.call(getThing, { thing_id: 1 })).toEqual({ id: 1, name: "a" });
    expect(await api.call(getThing, { thing_id: 1 })).toBeUndefined();
    expect(await api.call(getThing, { thing_id: 1 })).toBeUndefined();
    expect(await api.call(getThing, { thing_id: 1 })).toBe("OK");
  });
});

describe("NoResponseError family", () => {
  it("has toJSON without the cause object", () => {
    const error = new NoResponseError("boom", {
      method: "GET",
      url: "https://x/y",
      operationId: "op",
      cause: new Error("inner"),
    });
    expect(error.name).toBe("NoResponseError");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "NoResponseError",
      method: "GET",
      url: "https://x/y",
      cause: "inner",
    });
  });

  it("POST errors name the method", async () => {
    const error = await failOnce({ status: 400, body: "bad" }, createThing);
    expect(error.method).toBe("POST");
    expect(error.url).toBe(`${server!.url}/things`);
  });
});

describe("the status → class table (read by the generator for @throws)", () => {
  it("names the class each status throws", () => {
    expect(errorClassNameFor("409")).toBe("ConflictError");
    expect(errorClassNameFor(404)).toBe("NotFoundError");
    expect(errorClassNameFor("429")).toBe("RateLimitError");
    expect(errorClassNameFor("503")).toBe("ServerError");
    expect(errorClassNameFor("5XX")).toBe("ServerError");
    expect(errorClassNameFor("418")).toBe("ApiError");
    expect(errorClassNameFor("default")).toBe("ApiError");
  });
  it("is the table the runtime throws from", async () => {
    for (const [status, cls] of Object.entries(ERROR_CLASS_BY_STATUS)) {
      const error = await failOnce({ status: Number(status), body: "x" });
      expect(error).toBeInstanceOf(cls);
      expect(error.name).toBe(errorClassNameFor(status));
      await server?.close();
      server = undefined;
    }
  });
});
