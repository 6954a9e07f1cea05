/**
 * The runtime against hostile servers (issue 12, item 3), each a node:http server on 127.0.0.1:
 * every call must end with a typed error (never a hang, a crash or unbounded memory), and no
 * credential, header or body may reach another origin. Caps and time limits are small so the
 * tests are fast; outcomes are asserted, never durations (test time-outs only catch hangs).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiClient,
  InvalidResponseError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from "../../src/runtime/index.js";
import { caught, createThing, getThing, TestApi, TOKEN } from "./test-api.js";

interface Hostile {
  url: string;
  /** Requests received: method, path, headers, body. */
  seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[];
  close(): Promise<void>;
}

const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A loopback server whose handler gets the request after its body has been read. */
async function hostile(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void,
): Promise<Hostile> {
  const seen: Hostile["seen"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const out: Hostile = {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(out);
  return out;
}

/** Writes `chunk` until `total` bytes are sent or the client goes away, honouring back-pressure. */
function stream(res: http.ServerResponse, chunk: Buffer, total: number, pauseMs = 0): void {
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.byteLength;
      const more = res.write(chunk);
      if (pauseMs > 0) return void setTimeout(pump, pauseMs);
      if (!more) return void res.once("drain", pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on("close", () => (sent = total));
  pump();
}

const TWO_GB = 2 * 1024 ** 3;
const api = (url: string, extra: ConstructorParameters<typeof TestApi>[0] = {}) =>
  new TestApi({ baseUrl: url, maxRetries: 0, ...extra });

describe("hostile servers: every call ends with a typed error", () => {
  it("a server that never answers → TimeoutError", async () => {
    const server = await hostile(() => {});
    const error = await caught(() => api(server.url, { timeoutMs: 150 }).call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("headers, then a stalled body → TimeoutError", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":');
    });
    const error = await caught(() => api(server.url, { timeoutMs: 150 }).call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(
      await caught(() => api(server.url, { timeoutMs: 150 }).raw.GET("/things" as never, {} as never)),
    ).toBeInstanceOf(TimeoutError);
  });

  it("a 2 GB body streamed fast (chunked) → ResponseTooLargeError at the cap, and the server stops", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      stream(res, Buffer.alloc(64 * 1024, 0x20), TWO_GB);
    });
    const error = (await caught(() =>
      api(server.url, { maxResponseBytes: 1024 * 1024 }).call(getThing, { thing_id: 1 }),
    )) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.maxResponseBytes).toBe(1024 * 1024);
    expect(error.message).toContain("maxResponseBytes");
    const rawError = await caught(() =>
      api(server.url, { maxResponseBytes: 1024 * 1024 }).raw.GET("/things" as never, {} as never),
    );
    expect(rawError).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a 2 GB body announced by Content-Length → ResponseTooLargeError before reading it", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(TWO_GB) });
      stream(res, Buffer.alloc(64 * 1024, 0x20), TWO_GB);
    });
    const error = await caught(() =>
      api(server.url, { maxResponseBytes: 1024 * 1024 }).call(getThing, { thing_id: 1 }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("a 2 GB body streamed slowly → TimeoutError (the time limit covers the body)", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      stream(res, Buffer.alloc(1024, 0x20), TWO_GB, 10);
    });
    const error = await caught(() => api(server.url, { timeoutMs: 200 }).call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("a 4 GiB gzip bomb (content-encoding: gzip) → ResponseTooLargeError on decoded bytes, memory bounded", async () => {
    // 256 gzip members of 16 MiB of zeros each: 4 GiB decoded from ~4 MB on the wire.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      let left = 256;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          left--;
          if (!res.write(member)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      res.on("close", () => (left = 0));
      pump();
    });
    const before = process.memoryUsage().rss;
    const error = (await caught(() =>
      api(server.url, { maxResponseBytes: 4 * 1024 * 1024 }).call(getThing, { thing_id: 1 }),
    )) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    // Generous: only an unbounded read (gigabytes) would pass this.
    expect(process.memoryUsage().rss - before).toBeLessThan(1024 ** 3);
  });

  it("an ordinary gzip body under the cap is decoded, for call and raw (whose copy claims no encoding)", async () => {
    const server = await hostile((_req, res) => {
      const body = gzipSync(JSON.stringify({ id: 1, name: "x".repeat(1000) }));
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(body.byteLength),
      });
      res.end(body);
    });
    const client = api(server.url, { maxResponseBytes: 4096 });
    expect(await client.call(getThing, { thing_id: 1 })).toMatchObject({ id: 1 });
    const { data, response } = await client.raw.GET("/things" as never, {} as never);
    expect(data).toMatchObject({ id: 1 });
    expect(response.headers.get("content-encoding")).toBeNull();
  });

  it("invalid JSON on 200 → InvalidResponseError, from call and from raw", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id": 1, "name": "trunc');
    });
    const client = api(server.url);
    expect(await caught(() => client.call(getThing, { thing_id: 1 }))).toBeInstanceOf(InvalidResponseError);
    expect(
      await caught(() => client.raw.GET("/things/{thing_id}" as never, { params: { path: { thing_id: 1 } } } as never)),
    ).toBeInstanceOf(InvalidResponseError);
  });

  it("Retry-After: 999999 with a 3 s time limit → RateLimitError at once, no wait", async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(429, { "retry-after": "999999" });
      res.end("slow down");
    });
    const error = (await caught(() =>
      new TestApi({ baseUrl: server.url, timeoutMs: 3000 }).call(getThing, { thing_id: 1 }),
    )) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(999_999_000);
    expect(server.seen).toHaveLength(1);
  });
});

describe("hostile servers: redirects", () => {
  /** A server that redirects every request to `target` with `status`. */
  const redirecting = (status: number, target: () => string) =>
    hostile((_req, res) => {
      res.writeHead(status, { location: target() });
      res.end();
    });
  const sink = () =>
    hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id":1}');
    });

  for (const status of [301, 302, 303, 307, 308]) {
    it(`a cross-origin ${status} is refused: no credential, user header or body reaches the other origin`, async () => {
      const other = await sink();
      const server = await redirecting(status, () => `${other.url}/steal`);
      const client = api(server.url, { headers: { "X-Api-Key": "user-secret-key" } });
      const error = (await caught(() => client.call(createThing, { body: { name: "secret body" } }))) as RedirectError;
      expect(error).toBeInstanceOf(RedirectError);
      expect(error.status).toBe(status);
      expect(error.message).toContain("another origin");
      expect(error.location).toBe(`${other.url}/steal`);
      expect(server.seen[0]!.headers["x-api-key"]).toBe("user-secret-key"); // it was sent to the API itself
      expect(other.seen).toHaveLength(0);
      const rawError = await caught(() =>
        client.raw.POST("/things" as never, { body: { name: "secret body" } } as never),
      );
      expect(rawError).toBeInstanceOf(RedirectError);
      expect(other.seen).toHaveLength(0);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
    });
  }

  it("https → http is refused, and says so (the plain-http rule is not bypassed)", async () => {
    const fetched: string[] = [];
    const client = new ApiClient(
      {
        apiToken: TOKEN,
        rateLimit: false,
        maxRetries: 0,
        fetch: async (request) => {
          fetched.push(request.url);
          return new Response(null, { status: 301, headers: { location: "http://api.example.test/things/1" } });
        },
      },
      { name: "test-api", baseUrl: "https://api.example.test", auth: ["basic"] },
    );
    const error = await caught(() => client.call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain("from https to plain http");
    expect(fetched).toEqual(["https://api.example.test/things/1"]);
  });

  it("a same-origin 307/308 is followed with method, headers and body; 303 becomes a GET without body", async () => {
    const server = await hostile((req, res, body) => {
      if (req.url === "/things") {
        res.writeHead(307, { location: "/things-v2" });
        return void res.end();
      }
      if (req.url === "/things-v2") {
        res.writeHead(303, { location: "/things/7" });
        return void res.end();
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ method: req.method, body }));
    });
    const result = await api(server.url).call(createThing, { body: { name: "n" } });
    expect(result).toEqual({ method: "GET", body: "" });
    expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ["POST", "/things", '{"name":"n"}'],
      ["POST", "/things-v2", '{"name":"n"}'],
      ["GET", "/things/7", ""],
    ]);
    expect(server.seen[1]!.headers.authorization).toBe(server.seen[0]!.headers.authorization);
  });

  it("a redirect loop → RedirectError after a bounded number of hops", async () => {
    const server = await redirecting(302, () => "/things/1");
    const error = await caught(() => api(server.url).call(getThing, { thing_id: 1 }));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toMatch(/redirects/);
    expect(server.seen.length).toBeLessThanOrEqual(10);
  });
});
