import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import type { ApiConfig, ProjectConfig } from "../../src/config/types.js";
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
        responses: [response("200", { fields: [field("items", "Array of object", "-", { children: clientFields() })] })],
      }),
      operation("get", "https://api.example.com/v1/workspaces/{workspace_id}/clients/{client_id}", "Load client from ID", {
        parameters: [param("workspace_id", "path")],
        responses: [response("200", { fields: clientFields() }), response("404")],
      }),
    ]),
    page(
      [
        operation("get", "https://api.example.com/v1/workspaces/{wid}/clients/{cid}", "Load client", {
          section: "",
          methodEvidence: [{ from: "go", method: "put", source: at(77, "new.html") }],
          responses: [response("200", { fields: clientFields() })],
          source: at(70, "new.html"),
        }),
      ],
      { file: "new.html", title: "" },
    ),
  ];
  const { document, report } = normaliseApi(pages, api);

  it("builds paths relative to the server with one operation per method and path", () => {
    expect(Object.keys(document.paths)).toEqual(["/workspaces/{workspace_id}/clients", "/workspaces/{workspace_id}/clients/{client_id}"]);
    const get = document.paths["/workspaces/{workspace_id}/clients/{client_id}"]!.get!;
    // The later capture has no heading (only a Go sample states its method), so the earlier heading title stays.
    expect(get).toMatchObject({ operationId: "getClient", summary: "Load client from ID", tags: ["Clients"], "x-source": "new.html:70" });
  });

  it("links operations and tags to the docs and declares security", () => {
    expect(document.paths["/workspaces/{workspace_id}/clients"]!.get!.externalDocs).toEqual({
      url: "https://docs.example.com/api/clients/#get-list-clients",
    });
    expect(document.tags[0]).toMatchObject({ name: "Clients", externalDocs: { url: "https://docs.example.com/api/clients/" } });
    expect(document.security).toEqual([{ basic: [] }]);
    expect(document.servers).toEqual([{ url: "https://api.example.com/v1" }]);
  });

  it("shares the Client shape and reports repairs, drift and method evidence", () => {
    expect(Object.keys(document.components.schemas ?? {})).toEqual(["Client"]);
    expect(report.repairs.map((r) => r.code)).toEqual(expect.arrayContaining(["path-parameter-renamed", "path-parameter-added"]));
    expect(report.conflicts.map((c) => c.code)).toEqual(expect.arrayContaining(["method-evidence", "capture-drift"]));
    expect(report.counts).toMatchObject({ operations: 2, conflicts: report.conflicts.length, fields: 3 });
  });

  it("is deterministic and valid", async () => {
    expect(JSON.stringify(normaliseApi(pages, api))).toBe(JSON.stringify(normaliseApi(pages, api)));
    await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
  });
});

describe("normaliseApi on the Toggl and clients-v1 docs", async () => {
  const config = JSON.parse(readFileSync("docs2client.config.json", "utf8")) as ProjectConfig;
  const toggl = config.apis.find((a) => a.name === "toggl-track-v9")!;
  const clientsV1 = config.apis.find((a) => a.name === "clients-v1")!;
  const togglResult = normaliseApi(await Promise.all(toggl.sources.map((s) => readPageFile(s))), toggl);
  const v1Result = normaliseApi(await Promise.all(clientsV1.sources.map((s) => readPageFile(s))), clientsV1);
  const operations = Object.values(togglResult.document.paths).flatMap((item) => Object.values(item));
  const byId = new Map(operations.map((op) => [op.operationId as string, op]));
  const successSchema = (id: string) =>
    ((byId.get(id)!.responses as Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>)["200"]!.content[
      "application/json"
    ]!.schema);

  it("keeps the operationIds of the 26 operations first shipped, among every documented operation", () => {
    const tagged = (tag: string) => operations.filter((op) => (op.tags as string[])[0] === tag).map((op) => op.operationId);
    expect(tagged("Clients")).toEqual(["listClients", "createClient", "getClient", "updateClient", "deleteClient", "archiveClient", "restoreClient"]);
    expect(tagged("Workspaces")).toEqual([
      "createWorkspace", "listWorkspaceUsers", "updateWorkspaceUsers", "getWorkspace", "updateWorkspace", "createAlert", "deleteAlert",
      "createRate", "listRates", "getStatistics", "getTimeEntryConstraints", "listTrackReminders", "createTrackReminder",
      "updateTrackReminder", "deleteTrackReminder", "listUsers", "updateUser", "updateWorkspaceUser", "deleteWorkspaceUser",
    ]);
    // Every reference page of Track v9 is a source now (docs2client.config.json): 105 operations.
    expect(togglResult.report.counts.operations).toBe(105);
    const ids = operations.map((op) => op.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /\d$/.test(id))).toEqual([]);
  });

  it("returns bare arrays from the list operations and reads the status enum", () => {
    expect(successSchema("listClients")).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Client" } });
    expect(successSchema("listWorkspaceUsers")).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/WorkspaceUser" } });
    const status = (byId.get("listClients")!.parameters as Record<string, unknown>[]).find((p) => p.name === "status")!;
    expect(status.schema).toMatchObject({ type: "string", enum: ["active", "archived", "both"] });
  });

  it("names the shared resources", () => {
    expect(Object.keys(togglResult.document.components.schemas ?? {})).toEqual(
      expect.arrayContaining(["Client", "Workspace", "WorkspaceUser", "TrackReminder", "Rate", "Alert", "WorkspaceStatistics"]),
    );
  });

  it("produces documents the OpenAPI parser accepts", async () => {
    for (const { document } of [togglResult, v1Result]) {
      await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
    }
  });

  it("keeps clients-v1's bearer JWT, permissions and example-derived shapes", () => {
    const { document } = v1Result;
    expect(document.components.securitySchemes).toEqual({ bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } });
    const op = document.paths["/v1/workspace/{workspaceId}/clients/{clientId}"]!.patch!;
    expect(op.operationId).toBe("updateClient");
    expect(op["x-required-permissions"]).toEqual(["clients.update"]);
    expect(document.components.schemas).toHaveProperty("Client");
  });
});
