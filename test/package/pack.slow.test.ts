// The Toggl SDK as a user gets it: `npm run build`, `npm pack` in generated/toggl, the tarball
// installed offline into a fresh project; what it adds to node_modules counted and weighed; the
// README's examples type-checked (strict, exactOptionalPropertyTypes; NodeNext and bundler
// resolution); a consumer script compiled the same way and run against a node:http server on
// 127.0.0.1 through the `origin` option. Then the docs2client CLI: `generate` writes a package
// that builds on its own.
//
// The fresh projects live in the OS temp folder, not under this repo, so Node and tsc cannot fall
// back to this repo's node_modules: a missing dependency or declaration really fails.
import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const resolveFromRepo = createRequire(path.join(repo, "package.json")).resolve;
const tsc = resolveFromRepo("typescript/bin/tsc");
const packageDir = path.join(repo, "generated/toggl");
const NPM_NAME = "@docs2client/toggl";
const rootManifest = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
};
const TYPES_NODE = `@types/node@${rootManifest.devDependencies["@types/node"]}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without throwing on a non-zero exit (async, so the test's own server keeps serving). */
async function run(file: string, args: string[], cwd: string, timeout = 150_000): Promise<Run> {
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

async function mustRun(file: string, args: string[], cwd: string): Promise<Run> {
  const result = await run(file, args, cwd);
  if (result.code !== 0)
    throw new Error(`${path.basename(file)} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Offline from the npm cache `npm ci` filled; `--prefer-offline` if something is not in it. */
async function installOffline(project: string, specs: string[]): Promise<void> {
  const flags = ["--no-audit", "--no-fund", "--ignore-scripts"];
  const offline = await run("npm", ["install", "--offline", ...flags, ...specs], project);
  if (offline.code !== 0) await mustRun("npm", ["install", "--prefer-offline", ...flags, ...specs], project);
}

const STRICT = [
  "--strict",
  "--exactOptionalPropertyTypes",
  "--target",
  "es2022",
  "--pretty",
  "false",
  "--types",
  "node",
];
const NODENEXT = ["--module", "nodenext", "--moduleResolution", "nodenext"];
const BUNDLER = ["--module", "esnext", "--moduleResolution", "bundler"];

/** The packages installed under node_modules ("openapi-fetch", "@docs2client/toggl"), nested ones included. */
function installedPackages(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules).flatMap((name) => {
    if (name.startsWith(".")) return [];
    if (name.startsWith("@")) {
      return readdirSync(path.join(nodeModules, name)).flatMap((inner) => [
        `${name}/${inner}`,
        ...installedPackages(path.join(nodeModules, name, inner, "node_modules")),
      ]);
    }
    return [name, ...installedPackages(path.join(nodeModules, name, "node_modules"))];
  });
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** The ```ts blocks of a markdown file. */
function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Lines 4–6 must each fail to type-check: they only fail when the package's types really resolve. */
const WRONG_TS = `
import { Toggl } from "${NPM_NAME}";
const toggl = new Toggl({ apiToken: "token" });
await toggl.clients.get({ workspace_id: "one", client_id: 1 });
await toggl.timeEntries.fetchEverything();
new Toggl({ bearerToken: "Toggl takes an API token or an email and password" });
export {};
`;

/** A user's script: the README's calls against the server at argv[2], through `origin`. */
const CONSUMER_TS = `
import { NotFoundError, Toggl, TogglReports, verifyWebhookSignature, type ListTimeEntriesResponse } from "${NPM_NAME}";

const origin = process.argv[2]!;
const toggl = new Toggl({ apiToken: "secret-token", origin, rateLimit: false, maxRetries: 0 });
const me = await toggl.me.get();
const entries: ListTimeEntriesResponse = await toggl.timeEntries.list({ start_date: "2026-01-01", end_date: "2026-01-31" });
const running = await toggl.timeEntries.current();
const clients = await toggl.clients.list({ workspace_id: 7 });
const { data: report, response } = await toggl.reports.detailed.searchTimeEntries({ workspace_id: 7, body: {} }).withResponse();
const subscriptions = await toggl.webhooks.subscriptions.list({ workspace_id: 7 });
let notFound = "no error";
try {
  await toggl.clients.get({ workspace_id: 7, client_id: 404 });
} catch (error) {
  notFound = error instanceof NotFoundError ? "NotFoundError " + error.status : "other";
}
const body = '{"event_id":1}';
const signature = process.argv[3]!;
const signed = await verifyWebhookSignature(body, signature, "whsecret");
const forged = await verifyWebhookSignature(body, signature, "other-secret");
console.log(JSON.stringify({
  me, entries, running, clients, report, nextId: response.headers.get("x-next-id"), subscriptions, notFound, signed, forged,
  mounted: toggl.reports instanceof TogglReports,
}));
`;

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}

async function startServer(seen: Seen[]): Promise<Server> {
  const server = createServer(async (req, res) => {
    for await (const _ of req) void _;
    seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization });
    const reply = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(value));
    };
    const url = (req.url ?? "").split("?")[0];
    if (url === "/api/v9/me") return reply(200, { id: 1, email: "me@example.test", default_workspace_id: 7 });
    if (url === "/api/v9/me/time_entries") return reply(200, [{ id: 5, workspace_id: 7 }]);
    if (url === "/api/v9/me/time_entries/current") return reply(200, null);
    if (url === "/api/v9/workspaces/7/clients") return reply(200, [{ id: 1, name: "Acme", wid: 7 }]);
    if (url === "/reports/api/v3/workspace/7/search/time_entries")
      return reply(200, [{ row: 1 }], { "X-Next-ID": "42" });
    if (url === "/webhooks/api/v1/subscriptions/7") return reply(200, []);
    return reply(404, "Client not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

describe(`the ${NPM_NAME} package, packed and installed into a fresh project`, { timeout: 300_000 }, () => {
  let packDir: string;
  let project: string;
  let tarball: string;
  let added: { packages: string[]; bytes: number };

  beforeAll(async () => {
    await mustRun("npm", ["run", "build"], repo);
    packDir = await mkdtemp(path.join(tmpdir(), "toggl-pack-"));
    project = await mkdtemp(path.join(tmpdir(), "toggl-usage-"));
    await mustRun("npm", ["pack", "--pack-destination", packDir, "--silent"], packageDir);
    const name = readdirSync(packDir).find((file) => file.endsWith(".tgz"));
    if (!name) throw new Error("npm pack made no tarball");
    tarball = path.join(packDir, name);
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "toggl-usage", private: true, type: "module" }, null, 2),
    );
    await installOffline(project, [tarball]);
    const nodeModules = path.join(project, "node_modules");
    added = { packages: installedPackages(nodeModules), bytes: bytesUnder(nodeModules) };
    // The README's examples use Node's own modules; their types are the user's, installed after measuring.
    await installOffline(project, [TYPES_NODE]);
    const readme = readFileSync(path.join(nodeModules, NPM_NAME, "README.md"), "utf8");
    const blocks = typescriptBlocks(readme);
    await Promise.all(
      blocks.map((code, i) => writeFile(path.join(project, `readme-${i}.ts`), `${code}\nexport {};\n`)),
    );
    await writeFile(path.join(project, "wrong.ts"), WRONG_TS);
    await writeFile(path.join(project, "consumer.ts"), CONSUMER_TS);
  }, 300_000);

  afterAll(async () => {
    if (process.env.KEEP_PACK_TEST) return;
    if (packDir) await rm(packDir, { recursive: true, force: true });
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("holds only dist/, the README and package.json", async () => {
    const listing = await mustRun("tar", ["-tzf", tarball], packDir);
    const files = listing.stdout
      .split("\n")
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ""));
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/toggl.js",
        "dist/track/schema.d.ts",
        "dist/runtime/client.js",
      ]),
    );
    expect(files.filter((file) => !/^(dist\/|README\.md$|package\.json$)/.test(file))).toEqual([]);
  });

  it("adds at most 3 third-party packages and under 1 MB to node_modules", () => {
    const thirdParty = added.packages.filter((name) => name !== NPM_NAME);
    console.log(
      `node_modules: ${added.packages.length} packages (${added.packages.join(", ")}), ${added.bytes} bytes (${(added.bytes / 1024).toFixed(1)} KiB)`,
    );
    expect(added.packages).toContain(NPM_NAME);
    expect(thirdParty).toContain("openapi-fetch");
    expect(thirdParty.length).toBeLessThanOrEqual(3);
    expect(added.bytes).toBeLessThan(1_000_000); // "under 1 MB", decimal: the stricter reading
  });

  it("type-checks the README's examples under strict + exactOptionalPropertyTypes, NodeNext and bundler", async () => {
    const blocks = readdirSync(project)
      .filter((file) => /^readme-\d+\.ts$/.test(file))
      .sort();
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const mode of [NODENEXT, BUNDLER]) {
      const result = await run(process.execPath, [tsc, "--noEmit", ...STRICT, ...mode, ...blocks], project);
      expect(result.stdout + result.stderr, mode.join(" ")).toBe("");
    }
  });

  it("rejects wrong calls, so the types really resolve", async () => {
    for (const mode of [NODENEXT, BUNDLER]) {
      const result = await run(process.execPath, [tsc, "--noEmit", ...STRICT, ...mode, "wrong.ts"], project);
      const errors = (result.stdout + result.stderr)
        .split("\n")
        .filter((line) => /^wrong\.ts\(\d+,\d+\): error TS\d+/.test(line));
      expect(
        errors.map((line) => Number(/^wrong\.ts\((\d+),/.exec(line)![1])),
        result.stdout,
      ).toEqual([4, 5, 6]);
    }
  });

  it("runs a consumer compiled under the same settings against a loopback server, through `origin`", async () => {
    await mustRun(process.execPath, [tsc, ...STRICT, ...NODENEXT, "--outDir", "out", "consumer.ts"], project);
    const seen: Seen[] = [];
    const server = await startServer(seen);
    try {
      const { port } = server.address() as AddressInfo;
      const signature = `sha256=${createHmac("sha256", "whsecret").update('{"event_id":1}').digest("hex")}`;
      const result = await run(process.execPath, ["out/consumer.js", `http://127.0.0.1:${port}`, signature], project);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        me: { id: 1, email: "me@example.test", default_workspace_id: 7 },
        entries: [{ id: 5, workspace_id: 7 }],
        running: null,
        clients: [{ id: 1, name: "Acme", wid: 7 }],
        report: [{ row: 1 }],
        nextId: "42",
        subscriptions: [],
        notFound: "NotFoundError 404",
        signed: true,
        forged: false,
        mounted: true,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const basic = `Basic ${Buffer.from("secret-token:api_token").toString("base64")}`;
    expect(seen.map(({ method, url }) => `${method} ${url.split("?")[0]}`)).toEqual([
      "GET /api/v9/me",
      "GET /api/v9/me/time_entries",
      "GET /api/v9/me/time_entries/current",
      "GET /api/v9/workspaces/7/clients",
      "POST /reports/api/v3/workspace/7/search/time_entries",
      "GET /webhooks/api/v1/subscriptions/7",
      "GET /api/v9/workspaces/7/clients/404",
    ]);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set([basic]));
  });
});

describe("docs2client generate: a package that builds on its own", { timeout: 300_000 }, () => {
  let project: string;
  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), "docs2client-generate-"));
  });
  afterAll(async () => {
    if (project && !process.env.KEEP_PACK_TEST) await rm(project, { recursive: true, force: true });
  });

  it("writes src/, the runtime copy and package.json; installs offline; compiles to dist/ with only openapi-fetch", async () => {
    const out = path.join(project, "clients-client");
    await mustRun(
      process.execPath,
      [
        path.join(repo, "bin/docs2client.js"),
        "generate",
        path.join(repo, "spec/clients-v1.openapi.json"),
        "--out",
        out,
      ],
      project,
    );
    const header = readFileSync(path.join(out, "src/index.ts"), "utf8").split("\n")[0]!;
    expect(header).not.toContain(repo);
    expect(header).not.toContain(project);
    await installOffline(out, ["--omit=dev"]);
    // openapi-fetch and its one dependency, nothing else.
    expect(installedPackages(path.join(out, "node_modules")).sort()).toEqual([
      "openapi-fetch",
      "openapi-typescript-helpers",
    ]);
    await mustRun(process.execPath, [tsc, "-p", "tsconfig.json"], out);
    expect(existsSync(path.join(out, "dist/index.js"))).toBe(true);
    const loaded = await mustRun(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import("${path.join(out, "dist/index.js")}").then((m) => console.log(typeof m.ClientsAPIV1))`,
      ],
      out,
    );
    expect(loaded.stdout.trim()).toBe("function");
  });
});
