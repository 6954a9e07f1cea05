// The published package, as a user gets it: `npm pack` (whose prepack runs `npm run build`), the
// tarball installed offline into a fresh project, its types checked under NodeNext and bundler
// resolution, its clients run against a local server, its CLI run from dist/, and attw's verdict.
//
// The fresh project lives in the OS temp folder, not under this repo: there Node and tsc cannot
// fall back to this repo's node_modules, so a missing dependency or declaration really fails.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { builtinModules, createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const resolveFromRepo = createRequire(path.join(repo, "package.json")).resolve;
const tsc = resolveFromRepo("typescript/bin/tsc");
const attw = path.join(path.dirname(resolveFromRepo("@arethetypeswrong/cli/package.json")), "dist/index.js");
const manifest = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as {
  name: string;
  dependencies: Record<string, string>;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without throwing on a non-zero exit (async, so the test's own server keeps serving). */
async function run(file: string, args: string[], cwd: string, timeout = 120_000): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, {
      cwd,
      timeout,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", NODE_PATH: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? e.message };
  }
}

const node = (args: string[], cwd: string) => run(process.execPath, args, cwd);
const typecheck = (files: string[], flags: string[], cwd: string) =>
  node([tsc, "--noEmit", "--strict", "--pretty", "false", ...flags, ...files], cwd);
const NODENEXT = ["--module", "nodenext", "--moduleResolution", "nodenext"];
const BUNDLER = ["--module", "esnext", "--moduleResolution", "bundler", "--target", "es2022"];

/** The bare module specifiers a compiled file imports ("openapi-fetch", "node:fs"), not relative ones. */
function bareImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?["']([^"'./][^"']*)["']/g,
    /\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const USAGE_TS = `
import { TogglTrack, NotFoundError, type ListClientsResponse } from "docs2client/toggl-track-v9";
import { ClientsV1, type UpdateClientResponse } from "docs2client/clients-v1";
import { ApiError, RUNTIME_VERSION } from "docs2client/runtime";

export async function useBoth(baseUrl: string): Promise<string> {
  const toggl = new TogglTrack({ baseUrl, apiToken: "token" });
  const clients: ListClientsResponse = await toggl.clients.list({ workspace_id: 1, status: "both" });
  const names: (string | undefined)[] = clients.map((client) => client.name);
  const api = new ClientsV1({ baseUrl, bearerToken: "token" });
  const body = { name: "Jane" };
  const updated: UpdateClientResponse = await api.clients.update({ workspaceId: "w1", clientId: "c1", body });
  try {
    await toggl.clients.get({ workspace_id: 1, client_id: 404 });
  } catch (error) {
    if (error instanceof NotFoundError) return \`\${error.status} \${RUNTIME_VERSION}\`;
    if (error instanceof ApiError) return String(error.status);
  }
  return names.join() + String(updated.client?.id);
}
`;

/** Each line must fail to type-check: they only fail when the package's types really resolve. */
const WRONG_TS = `
import { TogglTrack } from "docs2client/toggl-track-v9";
import { ClientsV1 } from "docs2client/clients-v1";

const toggl = new TogglTrack({ apiToken: "token" });
await toggl.clients.get({ workspace_id: "one", client_id: 1 });
await toggl.clients.fetchEverything();
new ClientsV1({ apiToken: "ClientsV1 takes a bearer token" });
`;

const USAGE_MJS = `
import { TogglTrack, NotFoundError } from "docs2client/toggl-track-v9";
import { ClientsV1 } from "docs2client/clients-v1";

const baseUrl = process.argv[2];
const toggl = new TogglTrack({ baseUrl, apiToken: "secret-token", rateLimit: false, maxRetries: 0 });
const clients = await toggl.clients.list({ workspace_id: 7 });
let notFound = "no error";
try {
  await toggl.clients.get({ workspace_id: 7, client_id: 404 });
} catch (error) {
  notFound = error instanceof NotFoundError ? "NotFoundError " + error.status : "other " + error?.name;
}
const api = new ClientsV1({ baseUrl, bearerToken: "bearer-secret", rateLimit: false, maxRetries: 0 });
const updated = await api.clients.update({ workspaceId: "w1", clientId: "c1", body: { name: "Jane Doe" } });
console.log(JSON.stringify({ clients, notFound, updated }));
`;

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

async function startServer(seen: Seen[]): Promise<Server> {
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body });
    const reply = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    if (req.url === "/workspaces/7/clients") return reply(200, [{ id: 1, name: "Acme", wid: 7 }]);
    if (req.url === "/v1/workspace/w1/clients/c1") return reply(200, { client: { id: "c1", name: "Jane Doe" } });
    return reply(404, "Client not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

describe("the npm package", { timeout: 170_000 }, () => {
  let packDir: string;
  let project: string;
  let tarball: string;
  let packOutput: Run;

  beforeAll(async () => {
    await mkdir(path.join(repo, ".tmp"), { recursive: true });
    packDir = await mkdtemp(path.join(repo, ".tmp", "pack-"));
    project = await mkdtemp(path.join(tmpdir(), "docs2client-usage-"));
    // prepack runs `npm run build`, so this both builds dist/ and packs it.
    packOutput = await run("npm", ["pack", "--pack-destination", packDir, "--silent"], repo, 150_000);
    if (packOutput.code !== 0) throw new Error(`npm pack failed:\n${packOutput.stdout}\n${packOutput.stderr}`);
    const name = readdirSync(packDir).find((file) => file.endsWith(".tgz"));
    if (!name) throw new Error(`npm pack made no tarball:\n${packOutput.stdout}`);
    tarball = path.join(packDir, name);

    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "docs2client-usage", private: true, type: "module" }, null, 2),
    );
    const installed = await run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], project);
    if (installed.code !== 0) throw new Error(`offline install failed:\n${installed.stdout}\n${installed.stderr}`);
    await writeFile(path.join(project, "usage.ts"), USAGE_TS);
    await writeFile(path.join(project, "wrong.ts"), WRONG_TS);
    await writeFile(path.join(project, "usage.mjs"), USAGE_MJS);
  }, 170_000);

  afterAll(async () => {
    if (process.env.KEEP_PACK_TEST) return;
    if (packDir) await rm(packDir, { recursive: true, force: true });
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("prepack builds dist/ and the tarball holds only what users need", async () => {
    expect(packOutput.stdout + packOutput.stderr).toMatch(/build: dist\/ holds/);
    const listing = await run("tar", ["-tzf", tarball], packDir);
    const files = listing.stdout.split("\n").filter(Boolean).map((file) => file.replace(/^package\//, ""));
    for (const api of ["toggl-track-v9", "clients-v1"]) {
      for (const file of ["index.js", "index.d.ts", "schema.d.ts", "operations.js", "clients.js"]) {
        expect(files).toContain(`dist/generated/${api}/${file}`);
      }
      for (const spec of [".openapi.json", ".openapi.yaml", ".openapi-3.0.json"]) {
        expect(files).toContain(`spec/${api}${spec}`);
      }
    }
    const wanted = ["package.json", "README.md", "bin/docs2client.js", "dist/src/cli/main.js"];
    expect(files).toEqual(expect.arrayContaining(wanted));
    const shipped = /^(dist\/|bin\/docs2client\.js$|spec\/[^/]+\.openapi[^/]*\.(json|yaml)$|package\.json$|README\.md$)/;
    expect(files.filter((file) => !shipped.test(file))).toEqual([]);
    expect(files.filter((file) => /(^|\/)(test|sources)\/|\.test\.|^src\//.test(file))).toEqual([]);
  });

  it("imports at run time only its own dependencies and Node built-ins", () => {
    const allowed = new Set([...Object.keys(manifest.dependencies), manifest.name]);
    const dist = path.join(project, "node_modules", manifest.name, "dist");
    const bad: string[] = [];
    for (const file of filesUnder(dist, ".js")) {
      for (const specifier of bareImports(readFileSync(file, "utf8"))) {
        const builtin = specifier.startsWith("node:") || builtinModules.includes(specifier);
        if (!builtin && !allowed.has(packageNameOf(specifier))) bad.push(`${path.relative(dist, file)}: ${specifier}`);
      }
    }
    // The declarations users' compilers read: the clients and the runtime.
    for (const dir of ["generated", "src/runtime"]) {
      for (const file of filesUnder(path.join(dist, dir), ".d.ts")) {
        for (const specifier of bareImports(readFileSync(file, "utf8"))) {
          if (!allowed.has(packageNameOf(specifier))) bad.push(`${path.relative(dist, file)}: ${specifier}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(existsSync(path.join(project, "node_modules", "openapi-fetch", "package.json"))).toBe(true);
  });

  it("type-checks users' code under NodeNext and bundler resolution, and rejects wrong calls", async () => {
    // One tsc run per resolution mode over both files: usage.ts must be clean, and each line of
    // wrong.ts must fail, which it only does when the package's types really resolve (not `any`).
    const modes = [NODENEXT, BUNDLER];
    const results = await Promise.all(modes.map((flags) => typecheck(["usage.ts", "wrong.ts"], flags, project)));
    results.forEach((result, i) => {
      const output = result.stdout + result.stderr;
      const errors = output.split("\n").filter((line) => /^\S.*error TS\d+/.test(line));
      const expected = [
        /^wrong\.ts\(6,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
        /^wrong\.ts\(7,\d+\): error TS2339: Property 'fetchEverything' does not exist/,
        /^wrong\.ts\(8,\d+\): error TS2353: Object literal may only specify known properties, and 'apiToken'/,
      ];
      const context = `${modes[i]!.join(" ")}:\n${output}`;
      expect(errors.length, context).toBe(expected.length);
      expected.forEach((pattern, line) => expect(errors[line], context).toMatch(pattern));
      expect(result.code).not.toBe(0);
    });
  });

  it("runs the clients against a local server: method, path, auth, and NotFoundError on 404", async () => {
    const seen: Seen[] = [];
    const server = await startServer(seen);
    try {
      const { port } = server.address() as AddressInfo;
      const result = await node(["usage.mjs", `http://127.0.0.1:${port}`], project);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        clients: [{ id: 1, name: "Acme", wid: 7 }],
        notFound: "NotFoundError 404",
        updated: { client: { id: "c1", name: "Jane Doe" } },
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const basic = `Basic ${Buffer.from("secret-token:api_token").toString("base64")}`;
    expect(seen.map(({ method, url, authorization }) => ({ method, url, authorization }))).toEqual([
      { method: "GET", url: "/workspaces/7/clients", authorization: basic },
      { method: "GET", url: "/workspaces/7/clients/404", authorization: basic },
      { method: "PATCH", url: "/v1/workspace/w1/clients/c1", authorization: "Bearer bearer-secret" },
    ]);
    expect(JSON.parse(seen[2]!.body)).toEqual({ name: "Jane Doe" });
  });

  it("runs the docs2client CLI from dist/, without the TypeScript sources or tsx", async () => {
    const installed = path.join(project, "node_modules", manifest.name);
    expect(existsSync(path.join(installed, "src"))).toBe(false);
    const result = await run(path.join(project, "node_modules", ".bin", "docs2client"), ["--help"], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: docs2client <command>/);
  });

  it("passes arethetypeswrong for its ESM entry points", async () => {
    // esm-only: CommonJS (node10, node16-cjs) resolutions are out of scope for an ESM-only package.
    const flags = ["--profile", "esm-only", "--no-definitely-typed", "--format", "json"];
    const result = await node([attw, tarball, ...flags], project);
    const report = JSON.parse(result.stdout) as {
      analysis: { entrypoints: Record<string, unknown> };
      problems?: Record<string, { entrypoint?: string; resolutionKind?: string }[]>;
    };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(
      ["./clients-v1", "./package.json", "./runtime", "./toggl-track-v9"].sort(),
    );
    const esmProblems = Object.values(report.problems ?? {})
      .flat()
      .filter((problem) => problem.resolutionKind !== "node10" && problem.resolutionKind !== "node16-cjs");
    expect(esmProblems).toEqual([]);
    expect(result.code).toBe(0);
  });
});
