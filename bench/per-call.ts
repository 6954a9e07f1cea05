/**
 * Benchmark 4: per-call overhead of the runtime. Three ways to send the same GET with two path
 * parameters and a query parameter and read its JSON body:
 *
 *   generated   ApiClient.call with an OperationInfo, as a generated wrapper does (rate limiter
 *               off, retries and timeout on their defaults, basic auth)
 *   openapi-fetch   bare createClient(...).GET(path, { params }) with the same auth header
 *   fetch       raw fetch(url, { headers }) + response.json()
 *
 * once with a stubbed fetch that returns a prepared Response (a new Response per call: the cost
 * is the client's own), and once against a loopback node:http server (the cost a user sees).
 * tinybench measures each task; the whole bench runs `runs` times, alternating tasks, and the
 * median of the per-round mean latencies is reported.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import { Bench } from "tinybench";
import { type BenchContext, type BenchResult, fmtMs, fmtRatio, load, median, table } from "./lib/measure.js";

const TARGET = 1.25;
const PATH = "/workspaces/{workspace_id}/clients/{client_id}";
const BODY = JSON.stringify({
  id: 42,
  wid: 1234567,
  archived: false,
  name: "Very Big Company",
  at: "2024-05-16T10:43:47+00:00",
  creator_id: 7654321,
  external_reference: null,
  integration_provider: null,
  notes: "Client since 2019; invoices monthly",
  permissions: ["view", "edit"],
  total_count: 1,
});

interface Paths {
  "/workspaces/{workspace_id}/clients/{client_id}": {
    get: {
      parameters: { path: { workspace_id: number; client_id: number }; query?: { status?: string } };
      responses: { 200: { content: { "application/json": Record<string, unknown> } } };
    };
  };
}

const OPERATION = {
  operationId: "getClient",
  method: "get",
  path: PATH,
  pathParams: ["workspace_id", "client_id"],
  queryParams: ["status"],
  headerParams: [],
  hasBody: false,
  errorMessages: { "404": ["No client with ID {client_id} was found"] },
} as const;

type ApiClientCtor = new (
  options: Record<string, unknown>,
  defaults: Record<string, unknown>,
) => {
  call<T>(op: typeof OPERATION, params: object, options?: object): Promise<T>;
};

const AUTH = `Basic ${Buffer.from("token:api_token").toString("base64")}`;
const stubFetch = async (_input: Request | string | URL, _init?: RequestInit) =>
  new Response(BODY, { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });

function clients(ApiClient: ApiClientCtor, baseUrl: string, fetchImpl: typeof stubFetch | typeof fetch) {
  const generated = new ApiClient(
    { apiToken: "token", rateLimit: false, fetch: (r: Request) => fetchImpl(r), allowInsecureHttp: true },
    { name: "bench-api", baseUrl, auth: ["basic"] },
  );
  const bare = createClient<Paths>({
    baseUrl,
    fetch: (r: Request) => fetchImpl(r),
    headers: { Authorization: AUTH, Accept: "application/json" },
  });
  const tasks: Record<string, () => Promise<unknown>> = {
    generated: () => generated.call(OPERATION, { workspace_id: 1234567, client_id: 42, status: "active" }),
    "openapi-fetch": async () => {
      const { data, error } = await bare.GET(PATH, {
        params: { path: { workspace_id: 1234567, client_id: 42 }, query: { status: "active" } },
      });
      if (error !== undefined) throw new Error("unexpected error");
      return data;
    },
    fetch: async () => {
      const response = await fetchImpl(`${baseUrl}/workspaces/${1234567}/clients/${42}?status=active`, {
        headers: { Authorization: AUTH, Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
  };
  return tasks;
}

async function rounds(
  tasks: Record<string, () => Promise<unknown>>,
  runs: number,
  timeMs: number,
): Promise<Record<string, { mean: number[]; p50: number[] }>> {
  const out: Record<string, { mean: number[]; p50: number[] }> = {};
  for (const name of Object.keys(tasks)) out[name] = { mean: [], p50: [] };
  for (let r = 0; r < runs; r++) {
    const bench = new Bench({ time: timeMs, warmupTime: Math.min(200, timeMs / 2), throws: true });
    // Alternate the order per round so that no task always runs first (or last) on a busy machine.
    const names = Object.keys(tasks);
    const ordered = r % 2 ? names.reverse() : names;
    for (const name of ordered) bench.add(name, tasks[name]!);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!("latency" in result)) throw new Error(`task ${task.name} did not complete (${result.state})`);
      out[task.name]!.mean.push(result.latency.mean);
      out[task.name]!.p50.push(result.latency.p50);
    }
  }
  return out;
}

async function withServer<T>(fn: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(BODY),
    });
    res.end(BODY);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const ApiClient = await load<ApiClientCtor>(ctx.root, "src/runtime/index.ts", "ApiClient");
  const timeMs = ctx.smoke ? 100 : 1000;
  const rows: string[][] = [];
  let stubRatio = Number.NaN;
  for (const setting of ["stubbed fetch", "loopback node:http"] as const) {
    const results =
      setting === "stubbed fetch"
        ? await rounds(clients(ApiClient, "https://api.example.test/api/v9", stubFetch), ctx.runs, timeMs)
        : await withServer((url) => rounds(clients(ApiClient, url, fetch), ctx.runs, timeMs));
    const base = median(results["openapi-fetch"]!.mean);
    for (const [name, r] of Object.entries(results)) {
      const mean = median(r.mean);
      rows.push([
        setting,
        name === "openapi-fetch"
          ? "openapi-fetch `GET` (baseline)"
          : name === "generated"
            ? "generated call (`ApiClient.call`)"
            : "raw `fetch` + `json()`",
        fmtMs(mean),
        fmtMs(median(r.p50)),
        `${Math.round(1000 / mean).toLocaleString("en")}`,
        name === "generated" ? `**${fmtRatio(mean / base)}**` : fmtRatio(mean / base),
      ]);
      if (setting === "stubbed fetch" && name === "generated") stubRatio = mean / base;
      ctx.log(`per-call ${setting} ${name}: mean ${fmtMs(mean)} (${fmtRatio(mean / base)} openapi-fetch)`);
    }
  }
  const body: string[] = [];
  if (!ctx.smoke && !(stubRatio <= TARGET)) {
    // The target is missed: say where the time goes (see bench/profile-per-call.ts).
    const { profileGeneratedCall } = await import("./profile-per-call.js");
    const lines = await profileGeneratedCall(ctx.root, 100_000);
    body.push(
      "Profile of the generated call with the stubbed fetch (`node --import tsx bench/profile-per-call.ts`):",
      ["```text", ...lines, "```"].join("\n"),
    );
  }
  return {
    name: "per-call",
    title: "4. Per-call overhead",
    target: `generated call ≤ ${TARGET}× openapi-fetch with a stubbed fetch`,
    holds: ctx.smoke ? undefined : stubRatio <= TARGET,
    body: [
      `One GET with two path parameters and a query parameter, 330-byte JSON answer. tinybench, ${timeMs} ms per task per round, ` +
        `${ctx.runs} rounds alternating the task order; the table shows the median over rounds of each round's mean latency (and of its p50).`,
      table(["fetch", "client", "mean latency", "p50 latency", "calls/s", "vs openapi-fetch"], rows),
      ...body,
    ],
    reproduce: "node --import tsx bench/run.ts --only per-call",
  };
}
