import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import { findBrokenRefs, readSpec } from "../../src/generate/spec.js";
import { loadFixture } from "./compile-helpers.js";

describe("readSpec on the Toggl-like fixture", () => {
  const spec = readSpec(loadFixture("toggl"), "toggl.json");
  const byId = new Map(spec.operations.map((op) => [op.operationId, op]));

  it("reads title, server, auth and tag descriptions", () => {
    expect(spec.title).toBe("Toggl Track API v9 (fixture)");
    expect(spec.baseUrl).toBe("https://api.track.toggl.com/api/v9");
    expect(spec.auth).toEqual(["basic"]);
    expect(spec.tagDescriptions.get("Clients")).toBe("Clients of a workspace.");
  });

  it("merges path-item parameters with the operation's and resolves parameter $refs", () => {
    expect(byId.get("listClients")?.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      "path:workspace_id:true",
      "query:status:false",
      "query:name:false",
      "query:page:false",
      "query:per_page:false",
    ]);
    expect(byId.get("getWorkspace")?.parameters).toEqual([
      {
        name: "workspace_id",
        in: "path",
        required: true,
        description: "Numeric ID of the workspace",
      },
    ]);
  });

  it("reads bodies, 2xx responses, error messages, deprecation and external docs", () => {
    const create = byId.get("createClient");
    expect(create?.body).toEqual({
      required: true,
      mediaType: "application/json",
      description: "The new client.",
    });
    expect(create?.errorMessages).toEqual({
      "400": ["Client name cannot be empty", "Client with this name already exists"],
    });
    expect(byId.get("deleteClient")?.successResponses).toEqual([{ status: "200", hasContent: false }]);
    expect(byId.get("deleteClient")?.deprecated).toBe(true);
    expect(byId.get("listClients")?.externalDocsUrl).toBe(
      "https://engineering.toggl.com/docs/api/clients#get-list-clients",
    );
    expect(byId.get("listClients")?.pointer).toBe("#/paths/~1workspaces~1{workspace_id}~1clients/get");
  });
});

describe("readSpec on other shapes", () => {
  it("substitutes server variables, finds bearer auth and resolves $ref'd bodies and responses", () => {
    const spec = readSpec(loadFixture("bearer"), "bearer.json");
    expect(spec.baseUrl).toBe("https://eu.notes.example/v1");
    expect(spec.auth).toEqual(["bearer"]);
    const [list, create, update] = spec.operations;
    expect(list?.successResponses).toEqual([
      {
        status: "200",
        mediaType: "application/json; charset=utf-8",
        hasContent: true,
      },
    ]);
    expect(create?.body).toEqual({
      required: true,
      mediaType: "application/json",
    });
    expect(update?.successResponses).toEqual([{ status: "200", mediaType: "application/json", hasContent: true }]);
  });

  it("keeps operations without operationId or tags", () => {
    const spec = readSpec(loadFixture("untagged"), "untagged.json");
    expect(spec.operations.map((op) => [op.method, op.path, op.operationId, op.tags])).toEqual([
      ["get", "/pets", undefined, []],
      ["post", "/pets", undefined, []],
      ["get", "/pets/{petId}", undefined, []],
      ["delete", "/pets/{petId}", undefined, []],
      ["get", "/ping", undefined, []],
    ]);
    expect(spec.auth).toEqual([]);
    expect(spec.baseUrl).toBe("");
  });

  it("lists both basic and bearer, the top-level security requirement first", () => {
    const document = {
      openapi: "3.0.0",
      info: { title: "t", version: "1" },
      paths: {},
      security: [{ jwt: [] }],
      components: {
        securitySchemes: {
          basic: { type: "http", scheme: "Basic" },
          jwt: { type: "http", scheme: "bearer" },
          key: { type: "apiKey", in: "header", name: "X-Key" },
        },
      },
    };
    expect(readSpec(document, "s.json").auth).toEqual(["bearer", "basic"]);
  });
});

describe("bad documents", () => {
  function errorOf(document: unknown): DocsInputError {
    try {
      readSpec(document, "spec/api.json");
    } catch (error) {
      if (error instanceof DocsInputError) return error;
      throw error;
    }
    throw new Error("readSpec accepted the document");
  }

  it("names the file and pointer of every dangling $ref", () => {
    const error = errorOf({
      openapi: "3.1.0",
      paths: {
        "/a": {
          get: {
            parameters: [{ $ref: "#/components/parameters/Nope" }],
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": { schema: { $ref: "other.yaml#/X" } },
                },
              },
            },
          },
        },
      },
    });
    expect(error.diagnostics.map((d) => `${d.source.file}: ${d.message}`)).toEqual([
      'spec/api.json: #/paths/~1a/get/parameters/0: $ref "#/components/parameters/Nope" is not defined in this document',
      'spec/api.json: #/paths/~1a/get/responses/200/content/application~1json/schema: $ref "other.yaml#/X" is external; only local references are supported',
    ]);
  });

  it("rejects malformed parameters and operations with their pointer", () => {
    expect(
      errorOf({
        openapi: "3.1.0",
        paths: { "/a": { get: { parameters: [{ in: "query" }] } } },
      }).message,
    ).toBe("spec/api.json:1: #/paths/~1a/get/parameters/0: a parameter needs a string `name` and `in`");
    expect(errorOf({ openapi: "3.1.0", paths: { "/a": { get: "nope" } } }).message).toBe(
      "spec/api.json:1: #/paths/~1a/get: an operation must be an object",
    );
  });

  it("rejects what is not OpenAPI 3", () => {
    expect(errorOf([]).message).toMatch(/#: not an OpenAPI document/);
    expect(errorOf({ openapi: "4.0.0", paths: {} }).message).toMatch(
      /#\/openapi: not an OpenAPI 3\.0\/3\.1 document \(found "4\.0\.0"\)/,
    );
    expect(errorOf({ openapi: "3.1.0", paths: [] }).message).toMatch(/#\/paths: the document has no `paths` object/);
  });
});

describe("helpers", () => {
  it("finds no broken refs in a sound document, including refs with escaped tokens", () => {
    const document = {
      a: { "x/y": { v: 1 } },
      b: { $ref: "#/a/x~1y" },
      c: [{ $ref: "#/b" }],
    };
    expect(findBrokenRefs(document, "s.json")).toEqual([]);
  });
});
