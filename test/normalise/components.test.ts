import { describe, expect, it } from "vitest";
import {
  planComponents,
  sameFieldSet,
  shapeSignature,
  unionShapes,
  type SchemaUse,
} from "../../src/normalise/components.js";
import type { JsonSchema } from "../../src/normalise/doc-types.js";
import { buildOperation, readOperationParts, schemaUses } from "../../src/normalise/operations.js";
import { ReportLog } from "../../src/normalise/report.js";
import { field, operation, response } from "./model-builders.js";

const obj = (...names: string[]) => ({
  type: "object",
  properties: Object.fromEntries(
    names.map((n, i) => [n, { type: n === "id" ? "integer" : "string", description: `d${i}`, "x-source": `f:${i}` }]),
  ),
});

/** The uses of one operation: its JSON success bodies, then its request body. */
function uses(
  operationId: string,
  responseName: string,
  successes: JsonSchema[],
  body?: JsonSchema,
  verb = "get",
): SchemaUse[] {
  const site = { operationId, verb, responseName };
  return [
    ...successes.map((schema): SchemaUse => ({ ...site, role: "response", schema })),
    ...(body ? [{ ...site, role: "body" as const, schema: body }] : []),
  ];
}

describe("shape helpers", () => {
  it("ignores descriptions and provenance in signatures", () => {
    const a = obj("id", "name");
    const b = structuredClone(a);
    (b.properties.name as Record<string, unknown>).description = "other";
    expect(shapeSignature(a)).toBe(shapeSignature(b));
    expect(shapeSignature(obj("id", "name"))).not.toBe(shapeSignature(obj("id", "title")));
  });

  it("calls two shapes one only when they list the same fields of agreeing types", () => {
    expect(sameFieldSet(obj("id", "a", "b"), obj("b", "a", "id"))).toBe(true);
    expect(sameFieldSet(obj("id", "a", "b", "c", "d"), obj("id", "a", "b", "c", "d", "e"))).toBe(false);
    const typed = obj("id", "a", "b");
    (typed.properties.a as Record<string, unknown>).type = "integer";
    expect(sameFieldSet(typed, obj("id", "a", "b"))).toBe(false);
  });

  it("treats an object the docs left unexpanded as the same property as its spelled-out view, and keeps the detail", () => {
    const bare = obj("id", "a", "b");
    (bare.properties as Record<string, unknown>).upload = { type: "object", description: "CSV upload data" };
    const detailed = obj("id", "a", "b");
    (detailed.properties as Record<string, unknown>).upload = {
      type: "object",
      properties: { at: { type: "string" }, log_id: { type: "integer" } },
    };
    expect(sameFieldSet(bare, detailed)).toBe(true);
    const union = unionShapes(bare, detailed).properties as Record<string, { properties?: object }>;
    expect(Object.keys(union.upload!.properties!)).toEqual(["at", "log_id"]);
    const scalar = obj("id", "a", "b");
    (scalar.properties as Record<string, unknown>).upload = { type: "integer" };
    expect(sameFieldSet(bare, scalar)).toBe(false);
  });

  it("unions properties in order", () => {
    expect(Object.keys(unionShapes(obj("a", "b"), obj("b", "c")).properties as object)).toEqual(["a", "b", "c"]);
  });
});

describe("planComponents: components chosen from the operations' schemas, before any operation is built", () => {
  it("names identical resource shapes once and places a $ref for each use, including bare-array items", () => {
    const log = new ReportLog();
    const list = uses("listClients", "Client", [{ type: "array", items: obj("id", "name", "notes") }]);
    const get = uses("getClient", "Client", [obj("id", "name", "notes")]);
    const given = structuredClone([...list, ...get]);
    const plan = planComponents([...list, ...get], log);
    expect(Object.keys(plan.components)).toEqual(["Client"]);
    expect(plan.components.Client).toEqual(obj("id", "name", "notes"));
    expect(plan.place(list[0]!.schema)).toEqual({ type: "array", items: { $ref: "#/components/schemas/Client" } });
    expect(plan.place(get[0]!.schema)).toEqual({ $ref: "#/components/schemas/Client" });
    // Planning changes nothing it is given: the operations are built afterwards from the plan.
    expect([...list, ...get]).toEqual(given);
    // A schema that is no use of a component is placed as it is.
    const other = { type: "string" };
    expect(plan.place(other)).toBe(other);
  });

  it("reconciles two views of one shape (an object spelled out in one only) and reports it", () => {
    const log = new ReportLog();
    const bare = obj("id", "a", "b");
    (bare.properties as Record<string, unknown>).upload = { type: "object", additionalProperties: true };
    const detailed = obj("id", "a", "b");
    (detailed.properties as Record<string, unknown>).upload = {
      type: "object",
      properties: { at: { type: "string" } },
    };
    const plan = planComponents(
      [...uses("getWorkspace", "Workspace", [bare]), ...uses("updateWorkspace", "Workspace", [detailed])],
      log,
    );
    expect(Object.keys(plan.components)).toEqual(["Workspace"]);
    expect(plan.components.Workspace!.properties).toHaveProperty("upload.properties.at");
    expect(log.inferences.map((e) => e.code)).toEqual(["component-reconciled"]);
  });

  it("keeps apart shapes of one resource whose documented fields differ (PUT /me vs GET /me)", () => {
    const log = new ReportLog();
    const update = uses("updateMe", "Me", [obj("id", "a", "b", "c", "d")], undefined, "update");
    const plan = planComponents([...uses("getMe", "Me", [obj("id", "a", "b", "c", "d", "e", "f")]), ...update], log);
    expect(Object.keys(plan.components)).toEqual(["Me", "UpdateMeResponse"]);
    expect(Object.keys(plan.components.UpdateMeResponse!.properties as object)).toEqual(["id", "a", "b", "c", "d"]);
    expect(plan.place(update[0]!.schema)).toEqual({ $ref: "#/components/schemas/UpdateMeResponse" });
    expect(log.inferences.map((e) => e.code)).toEqual(["component-named-by-operation"]);
    expect(log.warnings).toEqual([]);
  });

  it("gives a different shape that wants a taken name its operation's name", () => {
    const plan = planComponents(
      [
        ...uses("getClient", "Client", [obj("id", "name", "notes")]),
        ...uses("archiveClient", "Client", [obj("x", "y")]),
      ],
      new ReportLog(),
    );
    expect(Object.keys(plan.components)).toEqual(["Client", "ArchiveClientResponse"]);
  });

  it("lifts the resource out of a one-property envelope named after it", () => {
    const [use] = uses("updateClient", "Client", [{ type: "object", properties: { client: obj("id", "name") } }]);
    const plan = planComponents([use!], new ReportLog());
    expect(Object.keys(plan.components)).toEqual(["Client"]);
    expect(plan.place(use!.schema)).toEqual({
      type: "object",
      properties: { client: { $ref: "#/components/schemas/Client" } },
    });
  });

  it("makes request bodies components only when shared", () => {
    const create = uses("createClient", "Client", [{ type: "string" }], obj("name", "notes"), "create");
    const update = uses("updateClient", "Client", [{ type: "string" }], obj("name", "notes"), "update");
    const tag = uses("createTag", "Tag", [{ type: "string" }], obj("tag"), "create");
    const plan = planComponents([...create, ...update, ...tag], new ReportLog());
    expect(Object.keys(plan.components)).toEqual(["ClientRequest"]);
    expect(plan.place(create[1]!.schema)).toEqual({ $ref: "#/components/schemas/ClientRequest" });
    expect(plan.place(tag[1]!.schema)).toBe(tag[1]!.schema);
  });

  it("from docs to Operation Objects: read, plan, then build operations that refer to the components", () => {
    const log = new ReportLog();
    const client = () => [field("id", "integer"), field("name", "string")];
    const read = [
      readOperationParts(
        operation("get", "/clients/{id}", "Get client", {
          responses: [response("200", { fields: client() }), response("404")],
        }),
        { path: "/clients/{id}", operationId: "getClient", tag: "Clients" },
        log,
      ),
      readOperationParts(
        operation("get", "/clients", "List clients", {
          responses: [response("200", { fields: [field("items", "Array of object", "-", { children: client() })] })],
        }),
        { path: "/clients", operationId: "listClients", tag: "Clients" },
        log,
      ),
    ];
    const planned = read.flatMap((part) =>
      schemaUses(part, { operationId: part.placement.operationId, verb: "get", responseName: "Client" }),
    );
    // The error body is no use: success bodies and request bodies only.
    expect(planned.map((use) => `${use.operationId} ${use.role}`)).toEqual([
      "getClient response",
      "listClients response",
    ]);
    const plan = planComponents(planned, log);
    const [get, list] = read.map((part) => buildOperation(part, plan.place));
    expect(Object.keys(plan.components)).toEqual(["Client"]);
    expect(get!.responses).toMatchObject({
      "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Client" } } } },
    });
    expect(list!.responses).toMatchObject({
      "200": {
        content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Client" } } } },
      },
    });
  });
});
