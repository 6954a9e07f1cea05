import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import type { ApiConfig } from "../../src/config/types.js";
import { checkProjectConfig } from "../../src/pipeline/config.js";
import { normaliseApi } from "../../src/normalise/index.js";
import { readPageFile } from "../../src/scrape/index.js";
import { at, field, operation, page, param, response } from "./model-builders.js";

const api: ApiConfig = {
  name: "demo",
  title: "Demo API",
  version: "1",
  server: "https://api.example.com/v1",
  docsUrl: "https://docs.example.com/api/",
  clientClass: "Demo",
  auth: ["basic"],
  sources: [],
};

const clientFields = () => [field("id", "integer"), field("name", "string"), field("notes", "string")];

describe("normaliseApi on hand-built pages", () => {
  const pages = [
    page([
      operation("get", "https://api.example.com/v1/workspaces/{workspace_id}/clients", "List clients", {
        anchor: "get-list-clients",
        parameters: [param("workspace_id", "path")],
        responses: [
          response("200", { fields: [field("items", "Array of object", "-", { children: clientFields() })] }),
        ],
      }),
      operation(
        "get",
        "https://api.example.com/v1/workspaces/{workspace_id}/clients/{client_id}",
        "Load client from ID",
        {
          parameters: [param("workspace_id", "path")],
          responses: [response("200", { fields: clientFields() }), response("404")],
        },
      ),
    ]),
    page(
      [
        operation("get", "https://api.example.com/v1/workspaces/{wid}/clients/{cid}", "Load client", {
          section: "",
          methodEvidence: [
            { from: "go", method: "get", source: at(75, "new.html") },
            { from: "ruby", method: "get", source: at(76, "new.html") },
            { from: "python", method: "put", source: at(77, "new.html") },
          ],
          responses: [response("200", { fields: clientFields() })],
          source: at(70, "new.html"),
        }),
      ],
      { file: "new.html", title: "" },
    ),
  ];
  const { document, report } = normaliseApi(pages, api);

  it("builds paths relative to the server with one operation per method and path", () => {
    expect(Object.keys(document.paths)).toEqual([
      "/workspaces/{workspace_id}/clients",
      "/workspaces/{workspace_id}/clients/{client_id}",
    ]);
    const get = document.paths["/workspaces/{workspace_id}/clients/{client_id}"]!.get!;
    // The later capture has no heading (only code samples state its method), so the earlier heading title stays.
    expect(get).toMatchObject({
      operationId: "getClient",
      summary: "Load client from ID",
      tags: ["Clients"],
      "x-source": "new.html:70",
    });
  });

  it("links operations and tags to the docs (neutral default: one page, anchors) and declares security", () => {
    expect(document.paths["/workspaces/{workspace_id}/clients"]!.get!.externalDocs).toEqual({
      url: "https://docs.example.com/api/#get-list-clients",
    });
    expect(document.tags[0]).toMatchObject({ name: "Clients", externalDocs: { url: "https://docs.example.com/api/" } });
    expect(document.security).toEqual([{ basic: [] }]);
    expect(document.servers).toEqual([{ url: "https://api.example.com/v1" }]);
  });

  it("shares the Client shape and reports repairs, drift and method evidence", () => {
    expect(Object.keys(document.components.schemas ?? {})).toEqual(["Client"]);
    expect(report.repairs.map((r) => r.code)).toEqual(
      expect.arrayContaining(["path-parameter-renamed", "path-parameter-added"]),
    );
    expect(report.conflicts.map((c) => c.code)).toEqual(expect.arrayContaining(["method-evidence", "capture-drift"]));
    expect(report.counts).toMatchObject({ operations: 2, conflicts: report.conflicts.length, fields: 3 });
  });

  it("is deterministic and valid", async () => {
    expect(JSON.stringify(normaliseApi(pages, api))).toBe(JSON.stringify(normaliseApi(pages, api)));
    await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
  });
});

describe("normaliseApi with an API's profile and the pages' auth evidence", () => {
  const { auth: _auth, ...noAuth } = api;
  const listed = () =>
    page([
      operation("get", "https://api.example.com/v1/workspaces/{workspace_id}/clients", "List clients", {
        anchor: "get-list-clients",
        parameters: [param("workspace_id", "path")],
        responses: [response("200", { fields: clientFields() }), response("403", { description: "Forbidden" })],
        authEvidence: [{ from: "curl", text: "-u <email>:<password>", source: at(13) }],
      }),
    ]);

  it("without config auth, declares the scheme the samples show and reports the inference", () => {
    const { document, report } = normaliseApi([listed()], noAuth);
    expect(document.security).toEqual([{ basic: [] }]);
    expect(report.inferences.map((e) => e.code)).toContain("auth-from-docs");
  });

  it("applies the profile's error-body convention and docs-link patterns; the defaults invent nothing", () => {
    const neutral = normaliseApi([listed()], noAuth).document.paths["/workspaces/{workspace_id}/clients"]!.get!;
    expect((neutral.responses as Record<string, unknown>)["403"]).toEqual({ description: "Forbidden" });
    const profile = {
      errorBody: "json-string" as const,
      docsLinks: { operation: "{docsUrl}ops/{section}.html#{anchor}" },
    };
    const { document } = normaliseApi([listed()], { ...noAuth, profile });
    const get = document.paths["/workspaces/{workspace_id}/clients"]!.get!;
    expect((get.responses as Record<string, Record<string, unknown>>)["403"]!.content).toEqual({
      "application/json": { schema: { type: "string" } },
    });
    expect(get.externalDocs).toEqual({ url: "https://docs.example.com/api/ops/clients.html#get-list-clients" });
    expect(document.tags[0]).toMatchObject({ externalDocs: { url: "https://docs.example.com/api/" } });
  });
});

describe("normaliseApi on the Toggl and clients-v1 docs", async () => {
  const config = checkProjectConfig(JSON.parse(readFileSync("docs2client.config.json", "utf8")));
  const toggl = config.apis.find((a) => a.name === "toggl-track-v9")!;
  const clientsV1 = config.apis.find((a) => a.name === "clients-v1")!;
  const togglResult = normaliseApi(await Promise.all(toggl.sources.map((s) => readPageFile(s))), toggl);
  const v1Result = normaliseApi(await Promise.all(clientsV1.sources.map((s) => readPageFile(s))), clientsV1);
  const operations = Object.values(togglResult.document.paths).flatMap((item) => Object.values(item));
  const byId = new Map(operations.map((op) => [op.operationId as string, op]));
  const successSchema = (id: string) =>
    (byId.get(id)!.responses as Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>)[
      "200"
    ]!.content["application/json"]!.schema;

  it("keeps the operationIds of the 26 operations first shipped, among every documented operation", () => {
    const tagged = (tag: string) =>
      operations.filter((op) => (op.tags as string[])[0] === tag).map((op) => op.operationId);
    expect(tagged("Clients")).toEqual([
      "listClients",
      "createClient",
      "getClient",
      "updateClient",
      "deleteClient",
      "archiveClient",
      "restoreClient",
    ]);
    expect(tagged("Workspaces")).toEqual([
      "createWorkspace",
      "listWorkspaceUsers",
      "updateWorkspaceUsers",
      "getWorkspace",
      "updateWorkspace",
      "createAlert",
      "deleteAlert",
      "createRate",
      "listRates",
      "getStatistics",
      "getTimeEntryConstraints",
      "listTrackReminders",
      "createTrackReminder",
      "updateTrackReminder",
      "deleteTrackReminder",
      "listUsers",
      "updateUser",
      "updateWorkspaceUser",
      "deleteWorkspaceUser",
    ]);
    // Every reference page of Track v9 is a source now (docs2client.config.json): 105 operations.
    expect(togglResult.report.counts.operations).toBe(105);
    const ids = operations.map((op) => op.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /\d$/.test(id))).toEqual([]);
  });

  it("returns bare arrays from the list operations and reads the status enum", () => {
    expect(successSchema("listClients")).toMatchObject({
      type: "array",
      items: { $ref: "#/components/schemas/Client" },
    });
    expect(successSchema("listWorkspaceUsers")).toMatchObject({
      type: "array",
      items: { $ref: "#/components/schemas/WorkspaceUser" },
    });
    const status = (byId.get("listClients")!.parameters as Record<string, unknown>[]).find((p) => p.name === "status")!;
    expect(status.schema).toMatchObject({ type: "string", enum: ["active", "archived", "both"] });
  });

  it("names the shared resources", () => {
    expect(Object.keys(togglResult.document.components.schemas ?? {})).toEqual(
      expect.arrayContaining([
        "Client",
        "Workspace",
        "WorkspaceUser",
        "TrackReminder",
        "Rate",
        "Alert",
        "WorkspaceStatistics",
      ]),
    );
  });

  it("produces documents the OpenAPI parser accepts", async () => {
    for (const { document } of [togglResult, v1Result]) {
      await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
    }
  });

  it("keeps clients-v1's bearer JWT, permissions and example-derived shapes", () => {
    const { document } = v1Result;
    expect(document.components.securitySchemes).toEqual({
      bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
    });
    const op = document.paths["/v1/workspace/{workspaceId}/clients/{clientId}"]!.patch!;
    expect(op.operationId).toBe("updateClient");
    expect(op["x-required-permissions"]).toEqual(["clients.update"]);
    expect(document.components.schemas).toHaveProperty("Client");
  });
});

describe("normaliseApi on every Toggl reference page (Track v9, Reports v3, Webhooks v1)", async () => {
  const config = checkProjectConfig(JSON.parse(readFileSync("docs2client.config.json", "utf8")));
  const build = async (name: string) => {
    const entry = config.apis.find((a) => a.name === name)!;
    const pages = await Promise.all(entry.sources.map((s) => readPageFile(s)));
    const context = await Promise.all((entry.context ?? []).map((s) => readPageFile(s)));
    return normaliseApi(pages, entry, context);
  };
  const [track, reports, webhooks] = await Promise.all([
    build("toggl-track-v9"),
    build("toggl-reports-v3"),
    build("toggl-webhooks-v1"),
  ]);
  const ops = (doc: typeof track.document) =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
  const find = (doc: typeof track.document, key: string) =>
    ops(doc).find((o) => o.key === key)!.op as Record<string, any>;

  it("holds every documented operation (Track 105, Reports 31, Webhooks 10), with unique ids and no numeric suffix", () => {
    expect([track, reports, webhooks].map((r) => r.report.counts.operations)).toEqual([105, 31, 10]);
    for (const { document } of [track, reports, webhooks]) {
      const ids = ops(document).map((o) => o.op.operationId as string);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => /\d$/.test(id))).toEqual([]);
    }
  });

  it("produces documents the OpenAPI parser accepts", async () => {
    for (const { document } of [track, reports, webhooks]) {
      await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
    }
  });

  it("leaves no type cell not understood", () => {
    for (const { report } of [track, reports, webhooks])
      expect(report.warnings.filter((w) => w.code === "unknown-type")).toEqual([]);
  });

  it("types the running time entry as nullable and PUT /me by its own fields", () => {
    expect(
      find(track.document, "GET /me/time_entries/current").responses["200"].content["application/json"].schema,
    ).toEqual({
      anyOf: [{ $ref: "#/components/schemas/TimeEntry" }, { type: "null" }],
    });
    const putMe = find(track.document, "PUT /me").responses["200"].content["application/json"].schema.$ref as string;
    expect(putMe).not.toBe("#/components/schemas/Me");
  });

  it("gives the Insights operations their own server and a path relative to it", () => {
    const insights = ops(reports.document).filter((o) => (o.op.servers as unknown[] | undefined) !== undefined);
    expect(insights.map((o) => o.key).sort()).toEqual([
      "POST /workspace/{workspace_id}/data_trends/projects",
      "POST /workspace/{workspace_id}/profitability/employees.{extension}",
      "POST /workspace/{workspace_id}/profitability/projects.{extension}",
      "POST /workspace/{workspace_id}/trends/projects.{extension}",
    ]);
    for (const o of insights) expect(o.op.servers).toEqual([{ url: "https://api.track.toggl.com/insights/api/v1" }]);
    expect(Object.keys(reports.document.paths).filter((p) => p.startsWith("/insights"))).toEqual([]);
  });

  it("types exports by their documented media types, with the {extension} enum", () => {
    const csvOrXlsx = find(reports.document, "POST /workspace/{workspace_id}/search/time_entries.{extension}");
    expect(Object.keys(csvOrXlsx.responses["200"].content)).toEqual([
      "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]);
    expect(csvOrXlsx.parameters.find((p: { name: string }) => p.name === "extension").schema.enum).toEqual([
      "csv",
      "xlsx",
    ]);
    const pdf = find(reports.document, "POST /shared/{report_token}/pdf");
    expect(pdf.responses["200"].content).toEqual({
      "application/pdf": { schema: { type: "string", format: "binary" } },
    });
  });

  it("declares the Reports header cursors and Track's page numbers as x-pagination", () => {
    const search = find(reports.document, "POST /workspace/{workspace_id}/search/time_entries");
    expect(search["x-pagination"]).toEqual({
      style: "headers",
      in: "body",
      cursors: { "X-Next-ID": "first_id", "X-Next-Row-Number": "first_row_number" },
    });
    expect(Object.keys(search.responses["200"].headers)).toEqual(["X-Next-ID", "X-Next-Row-Number"]);
    expect(search.responses["200"].content["application/json"].schema).toEqual({});
    expect(find(track.document, "GET /workspaces/{workspace_id}/projects")["x-pagination"]).toEqual({
      style: "page",
      in: "query",
      pageParam: "page",
      perPageParam: "per_page",
    });
  });
});
