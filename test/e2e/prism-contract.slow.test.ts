/**
 * Contract tests: Stoplight Prism mocks our own spec on 127.0.0.1 and validates every request
 * against it (a violation comes back with an `sl-violations` header). Every generated operation is
 * called through the generated client with sample parameters built from the spec; Prism must accept
 * each request.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as track from "../../generated/toggl/src/track/index.js";
import * as reports from "../../generated/toggl/src/reports/index.js";
import * as webhooks from "../../generated/toggl/src/webhooks/index.js";
import * as clientsV1 from "../../generated/clients-v1/src/index.js";
import { sampleFromSchema } from "./sample-from-schema.js";

type Schema = Record<string, unknown>;
interface OperationObject {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

async function startPrism(spec: string): Promise<{ baseUrl: string; process: ChildProcess }> {
  // Port 0: the OS picks a free port and Prism says which; asking for a port found free earlier could race another process.
  const child = spawn("node_modules/.bin/prism", ["mock", spec, "-h", "127.0.0.1", "-p", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start on ${spec}:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Prism is listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${output}`)));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, process: child };
}

function operationsOf(spec: Schema): OperationObject[] {
  const paths = spec.paths as Record<string, Record<string, OperationObject>>;
  return Object.values(paths).flatMap((item) =>
    ["get", "put", "post", "delete", "patch"].flatMap((m) => (item[m] ? [item[m]!] : [])),
  );
}

function sampleParams(op: OperationObject, spec: Schema): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of op.parameters ?? []) {
    if (p.in === "path" || p.required) params[p.name] = sampleFromSchema(p.schema, spec);
  }
  const body = op.requestBody?.content?.["application/json"]?.schema;
  if (body) params.body = sampleFromSchema(body, spec);
  return params;
}

type Make = (
  baseUrl: string,
  fetch: (input: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>,
) => unknown;
const basicOptions = (baseUrl: string, fetch: Parameters<Make>[1]) => ({
  apiToken: "tok",
  baseUrl,
  fetch,
  rateLimit: false as const,
  maxRetries: 0,
});
const apis: { name: string; module: Record<string, unknown>; make: Make }[] = [
  {
    name: "toggl-track-v9",
    module: track,
    make: (baseUrl, fetch) => new track.TogglTrack(basicOptions(baseUrl, fetch)),
  },
  {
    name: "toggl-reports-v3",
    module: reports,
    make: (baseUrl, fetch) => new reports.TogglReports(basicOptions(baseUrl, fetch)),
  },
  {
    name: "toggl-webhooks-v1",
    module: webhooks,
    make: (baseUrl, fetch) => new webhooks.TogglWebhooks(basicOptions(baseUrl, fetch)),
  },
  {
    name: "clients-v1",
    module: clientsV1,
    make: (baseUrl, fetch) =>
      new clientsV1.ClientsV1({ bearerToken: "jwt", baseUrl, fetch, rateLimit: false, maxRetries: 0 }),
  },
];

/** The path prefixes of operation-level servers (Insights' /insights/api/v1): Prism serves every path at its root. */
function operationServerPaths(spec: Schema): string[] {
  const paths = spec.paths as Record<string, Record<string, { servers?: { url: string }[] }>>;
  const urls = Object.values(paths).flatMap((item) =>
    Object.values(item).flatMap((op) => (typeof op === "object" && op?.servers ? op.servers : [])),
  );
  return [...new Set(urls.map((server) => new URL(server.url, "http://x").pathname.replace(/\/+$/, "")))].filter(
    (p) => p !== "",
  );
}

describe.each(apis)("Prism accepts every request of the generated $name client", ({ name, module, make }) => {
  const spec = JSON.parse(readFileSync(`spec/${name}.openapi.json`, "utf8")) as Schema;
  let prism: Awaited<ReturnType<typeof startPrism>>;
  beforeAll(async () => {
    prism = await startPrism(`spec/${name}.openapi.json`);
  }, 120_000);
  afterAll(() => {
    prism?.process.kill();
  });

  it.each(operationsOf(spec).map((op) => [op.operationId, op] as const))("%s", async (operationId, op) => {
    const violations: string[] = [];
    const prefixes = operationServerPaths(spec);
    // Every request goes to Prism on 127.0.0.1, whatever server the operation names.
    const recordingFetch = async (input: Request, init?: { readonly signal?: AbortSignal }) => {
      const url = new URL(input.url);
      const prefix = prefixes.find((p) => url.pathname.startsWith(`${p}/`)) ?? "";
      const target =
        url.origin === prism.baseUrl ? input.url : `${prism.baseUrl}${url.pathname.slice(prefix.length)}${url.search}`;
      const response = await fetch(new Request(target, input), init);
      const header = response.headers.get("sl-violations");
      if (header) violations.push(header);
      return response;
    };
    const client = make(prism.baseUrl, recordingFetch);
    const call = module[operationId] as (c: unknown, p: unknown) => Promise<unknown>;
    expect(typeof call, `generated function ${operationId}`).toBe("function");
    const result = await call(client, sampleParams(op, spec)).then(
      () => "ok",
      (error: Error) => `${error.name}: ${error.message}`,
    );
    expect(violations).toEqual([]);
    expect(result).toBe("ok");
  });
});
