import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient, ApiError, ConnectionError } from "../../src/runtime/index.js";
import { redactHeaders, redactUrl, scrubSecrets, scrubValue } from "../../src/runtime/redact.js";
import { serializePath } from "../../src/runtime/url.js";
import { closedPortUrl, type FaultServer, startFaultServer } from "./fault-server.js";
import { caught, getThing, TestApi, TOKEN } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const basic = Buffer.from(`${TOKEN}:api_token`).toString("base64");

/** Every way an error gets printed. */
function allRenderings(error: Error): string {
  return [String(error), JSON.stringify(error), error.stack ?? "", inspect(error, { depth: 5 }), error.message].join(
    "\n",
  );
}

describe("credentials never leak", () => {
  it("from an error whose server echoes the token back", async () => {
    server = await startFaultServer([
      {
        status: 401,
        body: { message: `Invalid token ${TOKEN}`, header: `Basic ${basic}` },
        headers: { "Set-Cookie": "session=abc" },
      },
    ]);
    const lines: string[] = [];
    const log = (m: string, d?: object) => void lines.push(m + JSON.stringify(d ?? {}));
    const api = new TestApi({ baseUrl: server.url, logger: { debug: log, info: log, warn: log, error: log } });
    const error = (await caught(() => api.call(getThing, { thing_id: 1 }))) as ApiError;
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${basic}`); // the test would be vacuous otherwise
    expect(error.serverMessage).toBe("Invalid token [REDACTED]");
    expect(error.headers["set-cookie"]).toBe("[REDACTED]");
    const printed = allRenderings(error) + lines.join("\n") + JSON.stringify(error.body) + error.rawBody;
    expect(lines.length).toBeGreaterThan(0);
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(basic);
    expect(printed).not.toContain("session=abc");
  });

  it("from log lines, which show request headers redacted", async () => {
    server = await startFaultServer([{ status: 503 }, { body: {} }]);
    const lines: string[] = [];
    const log = (m: string, d?: object) => void lines.push(m + JSON.stringify(d ?? {}));
    const api = new TestApi({ baseUrl: server.url, logger: { debug: log, warn: log } });
    await api.call(getThing, { thing_id: 1 });
    const all = lines.join("\n");
    expect(all).toContain('"authorization":"[REDACTED]"');
    expect(all).toContain("retrying getThing");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(basic);
  });

  it("from connection errors", async () => {
    const api = new TestApi({ baseUrl: await closedPortUrl(), maxRetries: 0 });
    const error = await caught(() => api.call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(allRenderings(error)).not.toContain(TOKEN);
  });

  it("a logger that throws does not break calls", async () => {
    server = await startFaultServer([{ body: { id: 1 } }]);
    const api = new TestApi({
      baseUrl: server.url,
      logger: {
        debug: () => {
          throw new Error("disk full");
        },
      },
    });
    expect(await api.call(getThing, { thing_id: 1 })).toEqual({ id: 1 });
  });
});

describe("redaction helpers", () => {
  it("strip user:pass@ and secret-looking query values from URLs", () => {
    expect(redactUrl("https://me:hunter2@api.example.com/x?api_token=abc&page=2")).toBe(
      "https://api.example.com/x?api_token=%5BREDACTED%5D&page=2",
    );
    expect(redactUrl("not a url //me:pw@host")).not.toContain("me:pw");
  });
  it("replace credential headers", () => {
    expect(redactHeaders({ Authorization: "Basic x", Accept: "json", Cookie: "a=b" })).toEqual({
      authorization: "[REDACTED]",
      accept: "json",
      cookie: "[REDACTED]",
    });
  });
  it("scrub secrets from text and JSON values, leaving clean values untouched", () => {
    expect(scrubSecrets("a secret1 b secret1", ["secret1"])).toBe("a [REDACTED] b [REDACTED]");
    const clean = { a: 1 };
    expect(scrubValue(clean, ["secret1"])).toBe(clean);
    expect(scrubValue({ a: "xsecret1x" }, ["secret1"])).toEqual({ a: "x[REDACTED]x" });
  });
});

describe("path parameters are percent-encoded", () => {
  it("../x and a/b stay inside their segment on the wire", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: `${server.url}/api/v9` });
    await api.call(getThing, { thing_id: "../x" });
    await api.call(getThing, { thing_id: "a/b" });
    await api.call(getThing, { thing_id: "a b?c#d" });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v9/things/..%2Fx",
      "/api/v9/things/a%2Fb",
      "/api/v9/things/a%20b%3Fc%23d",
    ]);
  });

  it("the dot segments . and .., the empty string and missing values are refused before sending", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    for (const id of ["..", ".", ""]) {
      expect(await caught(() => api.call(getThing, { thing_id: id }))).toBeInstanceOf(TypeError);
    }
    expect((await caught(() => api.call(getThing, {}))).message).toBe('missing path parameter "thing_id"');
    expect(server.requests).toHaveLength(0);
  });

  it("raw calls use the same serializer", async () => {
    server = await startFaultServer([{ body: {} }]);
    const api = new TestApi({ baseUrl: server.url });
    await api.raw.GET("/things/{thing_id}" as never, { params: { path: { thing_id: "../admin" } } } as never);
    expect(server.requests[0]!.url).toBe("/things/..%2Fadmin");
  });

  it("serializePath refuses objects", () => {
    expect(() => serializePath("/a/{id}", { id: { x: 1 } })).toThrow(TypeError);
    expect(serializePath("/a/{id}/b/{n}", { id: "é", n: 3 })).toBe("/a/%C3%A9/b/3");
  });

  it("serializePath joins an array with commas (OpenAPI's simple style), each item encoded and checked", () => {
    expect(serializePath("/project_users/{ids}", { ids: [1, 2, 3] })).toBe("/project_users/1,2,3");
    expect(serializePath("/x/{ids}", { ids: ["a,b", "c/d"] })).toBe("/x/a%2Cb,c%2Fd");
    expect(() => serializePath("/x/{ids}", { ids: [] })).toThrow(TypeError);
    expect(() => serializePath("/x/{ids}", { ids: [".."] })).toThrow(TypeError);
    expect(() => serializePath("/x/{ids}", { ids: [{}] })).toThrow(TypeError);
  });
});

describe("base URL checks at construction", () => {
  const make =
    (baseUrl: string | undefined, specUrl = "", allowInsecureHttp?: boolean) =>
    () =>
      new ApiClient(
        { baseUrl, apiToken: "t0ken", allowInsecureHttp },
        { name: "some-api", baseUrl: specUrl, auth: ["basic"] },
      );

  it("no host in the spec and no baseUrl option → a clear error", () => {
    expect(make(undefined, "")).toThrow(
      "some-api: no base URL: the API docs name no server host, so pass the `baseUrl` option",
    );
    expect(make(undefined, "/")).toThrow("no base URL");
    expect(make("/api/v9")).toThrow("no base URL");
  });
  it("plain http:// to a remote host is refused unless allowInsecureHttp", () => {
    expect(make("http://api.example.com")).toThrow("refusing plain http:// to api.example.com");
    expect(make("http://api.example.com", "", true)).not.toThrow();
  });
  it("plain http:// to loopback is fine", () => {
    for (const url of ["http://127.0.0.1:8080", "http://localhost:3000/api", "http://[::1]:9000"])
      expect(make(url)).not.toThrow();
  });
  it("credentials in the URL are refused, and not echoed", () => {
    const attempt = make("https://me:hunter2@api.example.com");
    expect(attempt).toThrow("must not contain credentials");
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain("hunter2");
    }
  });
  it("garbage and other protocols are refused", () => {
    expect(make("api.example.com")).toThrow("not an absolute URL");
    expect(make("ftp://api.example.com")).toThrow("must use https://");
  });
  it("the spec's https URL is used when no option is given", () => {
    expect(make(undefined, "https://api.track.toggl.com/api/v9/")).not.toThrow();
  });
});
