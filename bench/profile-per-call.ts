/**
 * Profiles the generated-style call with a stubbed fetch (what benchmark 4 times), for finding
 * the runtime's hot spots:
 *
 *   node --import tsx bench/profile-per-call.ts            runs itself under --cpu-prof, prints the top functions
 *   node --import tsx bench/profile-per-call.ts --child    (internal) the profiled loop
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { callees, hotSpots } from "./lib/cpuprofile.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv.includes("--child")) {
  const { ApiClient } = await import("../src/runtime/index.js");
  const body = JSON.stringify({ id: 42, wid: 1234567, name: "Very Big Company", notes: "x", permissions: ["view"] });
  const client = new ApiClient(
    {
      apiToken: "token",
      rateLimit: false,
      fetch: async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
    },
    { name: "bench-api", baseUrl: "https://api.example.test/api/v9", auth: ["basic"] },
  );
  const op = {
    operationId: "getClient",
    method: "get",
    path: "/workspaces/{workspace_id}/clients/{client_id}",
    pathParams: ["workspace_id", "client_id"],
    queryParams: ["status"],
    hasBody: false,
  } as const;
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 100_000);
  for (let i = 0; i < iterations; i++)
    await client.call(op, { workspace_id: 1234567, client_id: 42, status: "active" });
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await profileGeneratedCall(ROOT, Number(process.env.BENCH_ITERATIONS ?? 100_000)))
    console.log(line);
}

/** Runs the call loop under --cpu-prof in a child and returns a readable summary of the profile. */
export async function profileGeneratedCall(root: string, iterations: number): Promise<string[]> {
  const dir = path.join(root, ".tmp/bench/profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", fileURLToPath(import.meta.url), "--child"],
    { cwd: root, stdio: "inherit", env: { ...process.env, BENCH_ITERATIONS: String(iterations) } },
  );
  const file = path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!,
  );
  const spots = await hotSpots(file, root);
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  const lines = [
    `profile: ${path.relative(root, file)} (${iterations.toLocaleString("en")} calls; shares of all samples; tsx drops line numbers, so functions are named by file)`,
    "",
    "Top self time:",
  ];
  for (const s of [...spots].sort((a, b) => b.selfShare - a.selfShare).slice(0, 20))
    lines.push(`${pct(s.selfShare)}  ${s.where}`);
  lines.push("", "Top total time in src/runtime and openapi-fetch:");
  for (const s of spots
    .filter((s) => /src\/runtime|openapi-fetch/.test(s.where))
    .sort((a, b) => b.totalShare - a.totalShare)
    .slice(0, 20))
    lines.push(`${pct(s.totalShare)}  ${s.where}`);
  const breakdown = await callees(
    file,
    root,
    /src\/runtime\/client\.ts:\d+ (call|#attempt|#exchange)$|openapi-fetch.*coreFetch$/,
  );
  for (const [parent, row] of breakdown) {
    lines.push("", `Where ${parent} spends its time:`);
    for (const [child, share] of [...row].sort((a, b) => b[1] - a[1]).slice(0, 12))
      if (share >= 0.003) lines.push(`${pct(share)}  ${child}`);
  }
  return lines;
}
