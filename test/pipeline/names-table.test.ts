import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatMethodName, type MethodName } from "../../src/generate/method-names.js";
import { DocsInputError } from "../../src/model/errors.js";
import { buildProject } from "../../src/pipeline/build.js";
import { loadProjectConfig } from "../../src/pipeline/config.js";
import {
  applyNamesTable,
  parseNamesTable,
  renderNamesTable,
  stampMethodNames,
  updateNamesTable,
  type NamesTable,
} from "../../src/pipeline/names-table.js";
import { checkApiBuild, writeApiBuild } from "../../src/pipeline/outputs.js";

type Json = Record<string, unknown>;

const temp = mkdtempSync(path.join(os.tmpdir(), "names-table-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function spec(operations: Record<string, Json>): Json {
  const paths: Record<string, Json> = {};
  for (const [key, op] of Object.entries(operations)) {
    const [method, route] = key.split(" ") as [string, string];
    paths[route] = { ...(paths[route] ?? {}), [method.toLowerCase()]: { responses: {}, ...op } };
  }
  return { openapi: "3.1.0", info: { title: "Toggl Track API v9", version: "9" }, paths };
}

const clientsOps = {
  "GET /workspaces/{workspace_id}/clients": { summary: "List clients", tags: ["Clients"], operationId: "listClients" },
  "POST /workspaces/{workspace_id}/clients": {
    summary: "Create client",
    tags: ["Clients"],
    operationId: "createClient",
  },
};

const names = (table: NamesTable) => Object.fromEntries([...table].map(([k, v]) => [k, formatMethodName(v)]));
const name = (text: string): MethodName => {
  const [namespace, method] = text.split(".") as [string, string];
  return { namespace, method };
};

describe("the names table file", () => {
  it("renders sorted entries after a $comment saying a rename is breaking, and reads them back", () => {
    const table: NamesTable = new Map([
      ["POST /b", name("b.create")],
      ["GET /a", name("a.list")],
    ]);
    const text = renderNamesTable(table);
    const parsed = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(parsed)).toEqual(["$comment", "GET /a", "POST /b"]);
    expect(parsed.$comment).toMatch(/breaking change/);
    expect(names(parseNamesTable(text, "spec/x.names.json"))).toEqual({ "GET /a": "a.list", "POST /b": "b.create" });
  });

  it.each([
    ['{\n  "GET /a": "a.list",\n  "GET /b" "b.get"\n}', /spec\/x\.names\.json:3: names table is not valid JSON/],
    ["[]", /spec\/x\.names\.json:1: names table must be a JSON object/],
    [
      '{\n  "GET /a": "a.list",\n  "GET /b": "b get"\n}',
      /spec\/x\.names\.json:3: GET \/b: "b get" is not "namespace\.method"/,
    ],
    ['{\n  "list clients": "clients.list"\n}', /spec\/x\.names\.json:2: key "list clients" is not "<METHOD> <path>"/],
    [
      '{\n  "GET /a": "a.list",\n  "GET /b": "a.list"\n}',
      /spec\/x\.names\.json:3: GET \/b: a\.list is already the name of GET \/a/,
    ],
    [
      '{\n  "GET /a": "raw.list"\n}',
      /spec\/x\.names\.json:2: GET \/a: raw\.list: namespace "raw" would hide the client's own member/,
    ],
    [
      '{\n  "GET /a": "a.constructor"\n}',
      /spec\/x\.names\.json:2: GET \/a: a\.constructor: method "constructor" would hide/,
    ],
  ])("refuses a bad table naming file and line: %s", (text, message) => {
    expect(() => parseNamesTable(text, "spec/x.names.json")).toThrow(DocsInputError);
    expect(() => parseNamesTable(text, "spec/x.names.json")).toThrow(message);
  });
});

describe("updating the table from a build's spec", () => {
  it("names a first build by the rules", () => {
    const { table, changes } = updateNamesTable(spec(clientsOps), new Map());
    expect(names(table)).toEqual({
      "GET /workspaces/{workspace_id}/clients": "clients.list",
      "POST /workspaces/{workspace_id}/clients": "clients.create",
    });
    expect(changes.added).toHaveLength(2);
  });

  it("only adds names when pages add operations, even one that the rules would name like an existing one", () => {
    const previous = updateNamesTable(spec(clientsOps), new Map()).table;
    // A new, shorter route for clients would win `clients.list` by the rules; the table keeps it where it was.
    const grown = spec({ ...clientsOps, "GET /clients": { summary: "List clients", tags: ["Clients"] } });
    const { table, changes } = updateNamesTable(grown, previous);
    expect(names(table)["GET /workspaces/{workspace_id}/clients"]).toBe("clients.list");
    expect(names(table)["POST /workspaces/{workspace_id}/clients"]).toBe("clients.create");
    expect(names(table)["GET /clients"]).toMatch(/^clients\./);
    expect(names(table)["GET /clients"]).not.toBe("clients.list");
    expect(changes.added).toEqual([`GET /clients → ${names(table)["GET /clients"]}`]);
    expect(changes.dropped).toEqual([]);
  });

  it("keeps an edited entry over what the rules say", () => {
    const edited: NamesTable = new Map([["GET /workspaces/{workspace_id}/clients", name("clients.listAll")]]);
    const { table } = updateNamesTable(spec(clientsOps), edited);
    expect(names(table)["GET /workspaces/{workspace_id}/clients"]).toBe("clients.listAll");
  });

  it("drops and reports entries of operations that are gone", () => {
    const previous: NamesTable = new Map([
      ["GET /workspaces/{workspace_id}/clients", name("clients.list")],
      ["DELETE /workspaces/{workspace_id}/clients/{client_id}", name("clients.delete")],
    ]);
    const { table, changes } = updateNamesTable(spec(clientsOps), previous);
    expect(table.has("DELETE /workspaces/{workspace_id}/clients/{client_id}")).toBe(false);
    expect(changes.dropped).toEqual(["DELETE /workspaces/{workspace_id}/clients/{client_id} (clients.delete)"]);
  });

  it("keeps a name when only the path's spelling moved (renamed parameter, base path moved to servers)", () => {
    const previous: NamesTable = new Map([
      ["GET /workspaces/{id}/clients", name("clients.list")],
      [
        "POST /insights/api/v1/workspace/{workspace_id}/trends/projects.{extension}",
        name("insights.exportProjectTrends"),
      ],
    ]);
    const moved = spec({
      ...clientsOps,
      "POST /workspace/{workspace_id}/trends/projects.{extension}": {
        summary: "Export projects data trends",
        tags: ["Insights"],
      },
    });
    const { table, changes } = updateNamesTable(moved, previous);
    expect(names(table)["GET /workspaces/{workspace_id}/clients"]).toBe("clients.list");
    expect(names(table)["POST /workspace/{workspace_id}/trends/projects.{extension}"]).toBe(
      "insights.exportProjectTrends",
    );
    expect(changes.rekeyed).toHaveLength(2);
    expect(changes.dropped).toEqual([]);
  });

  it("puts a new export beside its formatless twin under the twin's name in the table", () => {
    const reports = {
      "POST /workspace/{workspace_id}/search/time_entries": {
        summary: "Search time entries",
        tags: ["Detailed reports"],
      },
      "POST /workspace/{workspace_id}/search/time_entries.pdf": {
        summary: "Export detailed report",
        tags: ["Exports"],
      },
    };
    const doc = { ...spec(reports), info: { title: "Toggl Reports API v3", version: "3" } };
    const previous: NamesTable = new Map([
      ["POST /workspace/{workspace_id}/search/time_entries", name("detailedReports.search")],
    ]);
    const { table } = updateNamesTable(doc, previous);
    expect(names(table)["POST /workspace/{workspace_id}/search/time_entries.pdf"]).toBe("detailedReports.exportPdf");
  });

  it("stamps x-method-name right after the operationId", () => {
    const doc = spec(clientsOps);
    stampMethodNames(doc, new Map([["GET /workspaces/{workspace_id}/clients", name("clients.list")]]));
    const op = (doc.paths as Record<string, Record<string, Json>>)["/workspaces/{workspace_id}/clients"]!.get!;
    expect(Object.keys(op)).toEqual(["responses", "summary", "tags", "operationId", "x-method-name"]);
    expect(op["x-method-name"]).toBe("clients.list");
  });

  it("reads the table from disk in the build step, or starts one", async () => {
    const root = path.join(temp, "apply");
    await mkdir(path.join(root, "spec"), { recursive: true });
    const first = await applyNamesTable(root, "spec/t.names.json", spec(clientsOps));
    expect(first.changes.added).toHaveLength(2);
    writeFileSync(path.join(root, "spec/t.names.json"), first.contents.replace('"clients.list"', '"clients.listAll"'));
    const doc = spec(clientsOps);
    const second = await applyNamesTable(root, "spec/t.names.json", doc);
    expect(second.changes).toEqual({ added: [], dropped: [], rekeyed: [] });
    const op = (doc.paths as Record<string, Record<string, Json>>)["/workspaces/{workspace_id}/clients"]!.get!;
    expect(op["x-method-name"]).toBe("clients.listAll");
  });
});

describe("the names table in `docs2client build`", () => {
  async function project(): Promise<string> {
    const root = mkdtempSync(path.join(temp, "project-"));
    const config = JSON.parse(readFileSync("docs2client.config.json", "utf8")) as { apis: { name: string }[] };
    writeFileSync(
      path.join(root, "docs2client.config.json"),
      JSON.stringify({ apis: config.apis.filter((a) => a.name === "clients-v1") }),
    );
    cpSync("spec/sources/clients-v1", path.join(root, "spec/sources/clients-v1"), { recursive: true });
    return root;
  }

  it("writes the table, stamps the spec, keeps an edited name, calls the rename breaking and fails --check when stale", async () => {
    const root = await project();
    const config = await loadProjectConfig(root);
    const key = "PATCH /v1/workspace/{workspaceId}/clients/{clientId}";

    const [first] = (await buildProject(root, config)).apis;
    const tableFile = first!.files.find((f) => f.path === "spec/clients-v1.names.json")!;
    expect(JSON.parse(tableFile.contents)[key]).toBe("clients.update");
    const stamped = JSON.parse(first!.files.find((f) => f.path === "spec/clients-v1.openapi.json")!.contents);
    expect(stamped.paths["/v1/workspace/{workspaceId}/clients/{clientId}"].patch["x-method-name"]).toBe(
      "clients.update",
    );
    await writeApiBuild(root, first!);
    expect(await checkApiBuild(root, first!)).toEqual([]);

    // A hand edit of the table renames the method: the build follows it, and the change report says breaking.
    const tablePath = path.join(root, "spec/clients-v1.names.json");
    writeFileSync(tablePath, readFileSync(tablePath, "utf8").replace('"clients.update"', '"clients.patchClient"'));
    const [renamed] = (await buildProject(root, config)).apis;
    await writeApiBuild(root, renamed!);
    const specJson = JSON.parse(readFileSync(path.join(root, "spec/clients-v1.openapi.json"), "utf8"));
    expect(specJson.paths["/v1/workspace/{workspaceId}/clients/{clientId}"].patch["x-method-name"]).toBe(
      "clients.patchClient",
    );
    const changes = readFileSync(path.join(root, "spec/clients-v1.changes.md"), "utf8");
    expect(changes).toMatch(/\*\*1 breaking/);
    expect(changes).toMatch(
      /## Breaking\n\n- `PATCH \/v1\/workspace\/\{workspaceId\}\/clients\/\{clientId\}`: method renamed: clients.update → clients.patchClient/,
    );

    // A table that lists an operation the pages no longer document is stale: --check names it, a build drops it.
    writeFileSync(tablePath, readFileSync(tablePath, "utf8").replace("{\n", '{\n  "GET /gone": "clients.gone",\n'));
    const [stale] = (await buildProject(root, config)).apis;
    expect(stale!.methodNames.dropped).toEqual(["GET /gone (clients.gone)"]);
    expect(await checkApiBuild(root, stale!)).toEqual([{ path: "spec/clients-v1.names.json", problem: "differs" }]);
  });
});
