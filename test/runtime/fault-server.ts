/**
 * A scripted HTTP server on 127.0.0.1 for runtime tests: each request gets the next step of a
 * fault script (the last step repeats), and every request is recorded so tests can count what
 * the server actually received.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request. */
export interface FaultStep {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Drop the connection: before any response, or after the headers and part of the body. */
  reset?: "before-response" | "mid-body";
}

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** When it arrived (performance.now()). */
  at: number;
}

/** A script: a fixed sequence, or a function of the request. */
export type FaultScript = readonly FaultStep[] | ((request: RecordedRequest, index: number) => FaultStep);

/** A running fault server. */
export interface FaultServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests received with this method (and path, query ignored). */
  count(method: string, path?: string): number;
  close(): Promise<void>;
}

/** Starts a fault server on an ephemeral loopback port. `record: false` keeps no request log (soak tests). */
export async function startFaultServer(script: FaultScript, options: { record?: boolean } = {}): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  let received = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      };
      const index = received++;
      if (options.record !== false) requests.push(recorded);
      const step =
        typeof script === "function" ? script(recorded, index) : (script[Math.min(index, script.length - 1)] ?? {});
      const act = () => perform(step, req, res);
      if (step.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          act();
        }, step.delayMs);
        timers.add(timer);
      } else act();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (method, path) =>
      requests.filter((r) => r.method === method && (path === undefined || r.url.split("?")[0] === path)).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function perform(step: FaultStep, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (step.reset === "before-response") {
    req.socket.destroy();
    return;
  }
  const body = step.body === undefined ? "" : typeof step.body === "string" ? step.body : JSON.stringify(step.body);
  const headers: Record<string, string> = {
    "content-type": typeof step.body === "string" ? "text/plain" : "application/json",
    ...step.headers,
  };
  if (step.reset === "mid-body") {
    res.writeHead(step.status ?? 200, { ...headers, "content-length": String(Buffer.byteLength(body) + 100) });
    res.write(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
    setTimeout(() => res.socket?.destroy(), 5);
    return;
  }
  res.writeHead(step.status ?? 200, headers);
  res.end(body);
}

/** A loopback port with nothing listening: connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
