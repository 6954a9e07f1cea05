/**
 * `docs2client extract` through the CLI, on the repo's captures: the four Toggl text captures
 * alone must yield every documented operation, parameter and field with its documented type.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSpecText } from "../../src/pipeline/spec-files.js";
import { runCli, scratchDir } from "./helpers.js";

type Json = Record<string, any>;
const text = (name: string) => `spec/sources/toggl-track-v9/text/${name}`;
const out = scratchDir("cli-extract");

function operations(spec: Json): [string, Json][] {
  return Object.entries(spec.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(
      ([method, op]) => [`${method.toUpperCase()} ${path}`, op as Json] as [string, Json],
    ),
  );
}

/** A schema with local $refs followed. */
function resolve(spec: Json, schema: Json): Json {
  return schema.$ref
    ? resolve(
        spec,
        schema.$ref
          .split("/")
          .slice(1)
          .reduce((n: Json, k: string) => n[k], spec),
      )
    : schema;
}

describe("docs2client extract on the Toggl text captures", () => {
  const files = ["clients.txt", "workspaces.txt", "update-client.txt", "update-workspace.txt"].map(text);

  it("writes YAML with all 26 operations, the server inferred from the URLs, and a summary on stderr", async () => {
    const { code, stderr } = await runCli(["extract", ...files, "--out", `${out}/text.yaml`]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/26 operations/);
    const spec = parseSpecText(readFileSync(`${out}/text.yaml`, "utf8")) as Json;
    expect(spec.servers).toEqual([{ url: "https://api.track.toggl.com/api/v9" }]);
    const ops = operations(spec);
    expect(ops).toHaveLength(26);
    expect(ops.filter(([, op]) => op.tags[0] === "Clients")).toHaveLength(7);
    expect(ops.filter(([, op]) => op.tags[0] === "Workspaces")).toHaveLength(19);
    // The scheme is the normaliser's decision from the pages' auth evidence (DocOperation.authEvidence:
    // the samples' `-u <email>:<password>`), never from the reader's name. The text reader records
    // it through the one assembler, like the HTML reader.
    expect(spec.components.securitySchemes).toEqual({ basic: { type: "http", scheme: "basic" } });
  });

  it("keeps documented parameter and field types", async () => {
    await runCli(["extract", ...files, "--out", `${out}/text.json`]);
    const spec = JSON.parse(readFileSync(`${out}/text.json`, "utf8")) as Json;
    const list = spec.paths["/workspaces/{workspace_id}/clients"].get;
    expect(list.parameters.map((p: Json) => [p.name, p.in, p.schema.type, p.required])).toEqual([
      ["workspace_id", "path", "integer", true],
      ["status", "query", "string", false],
      ["name", "query", "string", false],
    ]);
    const listSchema = list.responses["200"].content["application/json"].schema;
    expect(listSchema.type).toBe("array");
    const client = resolve(spec, listSchema.items);
    expect(
      Object.fromEntries(Object.entries(client.properties as Json).map(([k, v]) => [k, (v as Json).type])),
    ).toMatchObject({
      archived: "boolean",
      at: "string",
      creator_id: "integer",
      id: "integer",
      name: "string",
      wid: "integer",
    });
    const users = spec.paths["/organizations/{organization_id}/workspaces/{workspace_id}/workspace_users"].get;
    expect(users.parameters.map((p: Json) => p.name)).toEqual([
      "organization_id",
      "workspace_id",
      "page",
      "per_page",
      "custom_rates",
      "active",
      "name",
      "search",
    ]);
    const user = resolve(spec, users.responses["200"].content["application/json"].schema.items);
    expect(user.properties.email.type).toBe("string");
    expect(user.properties.group_ids).toMatchObject({ type: "array", items: { type: "integer" } });
    const update = spec.paths["/workspaces/{workspace_id}"].put;
    const body = resolve(spec, update.requestBody.content["application/json"].schema);
    expect(body.properties.admins).toMatchObject({ type: "array", items: { type: "integer" } });
    expect(body.properties.default_hourly_rate.type).toBe("number");
  });

  it("accepts --title, --server and --auth, and reports the report as JSON with --json", async () => {
    const { code, stdout } = await runCli([
      "extract",
      text("clients.txt"),
      "--out",
      `${out}/clients.yaml`,
      "--title",
      "Clients only",
      "--server",
      "https://example.test/api/v9",
      "--auth",
      "bearer",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts.operations).toBe(7);
    const spec = parseSpecText(readFileSync(`${out}/clients.yaml`, "utf8")) as Json;
    expect(spec.info.title).toBe("Clients only");
    expect(spec.servers[0].url).toBe("https://example.test/api/v9");
    expect(Object.keys(spec.components.securitySchemes)).toEqual(["bearer"]);
  });

  it("takes an API's conventions from --profile; without it the neutral defaults invent no error body", async () => {
    const profile = `${out}/toggl-profile.json`;
    writeFileSync(
      profile,
      JSON.stringify({ errorBody: "json-string", docsLinks: { operation: "{docsUrl}{section}/#{anchor}" } }),
    );
    const page = text("clients.txt");
    const docs = ["--docs-url", "https://docs.example.test/api/"];
    expect((await runCli(["extract", page, "--out", `${out}/neutral.json`, ...docs])).code).toBe(0);
    expect((await runCli(["extract", page, "--out", `${out}/profiled.json`, ...docs, "--profile", profile])).code).toBe(
      0,
    );
    const neutral = JSON.parse(readFileSync(`${out}/neutral.json`, "utf8")) as Json;
    const profiled = JSON.parse(readFileSync(`${out}/profiled.json`, "utf8")) as Json;
    const list = (spec: Json) => spec.paths["/workspaces/{workspace_id}/clients"].get;
    expect(list(neutral).responses["403"]).not.toHaveProperty("content");
    expect(list(profiled).responses["403"].content).toEqual({ "application/json": { schema: { type: "string" } } });
    expect(list(neutral).externalDocs.url).toMatch(/^https:\/\/docs\.example\.test\/api\/#/);
    expect(list(profiled).externalDocs.url).toMatch(/^https:\/\/docs\.example\.test\/api\/clients\/#/);
  });

  it("rejects a bad profile with the profile's file and exit 1, a profile that is no .json file with exit 2", async () => {
    const bad = `${out}/bad-profile.json`;
    writeFileSync(bad, JSON.stringify({ errorBody: "html" }));
    const rejected = await runCli(["extract", text("clients.txt"), "--out", `${out}/never.yaml`, "--profile", bad]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain(`${bad}:1: profile.errorBody must be one of "none", "json-string" (got "html")`);
    const usage = await runCli([
      "extract",
      text("clients.txt"),
      "--out",
      `${out}/never.yaml`,
      "--profile",
      "profile.yaml",
    ]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--profile must be a \.json file/);
  });

  it("rejects a page no reader recognises with file:line and exit 1", async () => {
    const { code, stderr } = await runCli(["extract", "package.json", "--out", `${out}/x.yaml`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^package\.json:1: no reader recognises this page/);
  });
});

describe("docs2client extract on a getting-started page", () => {
  it("is an error naming the page and the reader unless --allow-empty", async () => {
    const { code, stderr } = await runCli([
      "extract",
      "spec/sources/toggl-track-v9/html/overview.html",
      "--out",
      `${out}/refused.json`,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^spec\/sources\/toggl-track-v9\/html\/overview\.html:1: the toggl-html reader recognised this page but found no operation in it \(pass --allow-empty/m,
    );
    expect(existsSync(`${out}/refused.json`)).toBe(false);
  });

  it("with --allow-empty writes a spec without paths, keeps the quota headers, and warns that no operation was found", async () => {
    const { code, stderr } = await runCli([
      "extract",
      "spec/sources/toggl-track-v9/html/overview.html",
      "--allow-empty",
      "--out",
      `${out}/overview.json`,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: the 1 page\(s\) document no operations/);
    const spec = JSON.parse(readFileSync(`${out}/overview.json`, "utf8")) as Json;
    expect(spec.paths).toEqual({});
    expect(spec["x-quota-headers"]).toMatchObject({
      remaining: "X-Toggl-Quota-Remaining",
      resetsIn: "X-Toggl-Quota-Resets-In",
    });
  });
});
