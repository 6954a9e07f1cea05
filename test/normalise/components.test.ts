import { describe, expect, it } from "vitest";
import { extractComponents, sameFieldSet, shapeSignature, unionShapes, type ComponentSite } from "../../src/normalise/components.js";
import { ReportLog } from "../../src/normalise/report.js";

const obj = (...names: string[]) => ({
  type: "object",
  properties: Object.fromEntries(names.map((n, i) => [n, { type: n === "id" ? "integer" : "string", description: `d${i}`, "x-source": `f:${i}` }])),
});
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

function site(operationId: string, responseName: string, responses: Record<string, unknown>, requestBody?: unknown, verb = "get"): ComponentSite {
  return { operationId, verb, responseName, operation: { operationId, responses, ...(requestBody ? { requestBody } : {}) } };
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
    (detailed.properties as Record<string, unknown>).upload = { type: "object", properties: { at: { type: "string" }, log_id: { type: "integer" } } };
    expect(sameFieldSet(bare, detailed)).toBe(true);
    const union = unionShapes(bare, detailed).properties as Record<string, { properties?: object }>;
    expect(Object.keys(union.upload!.properties!)).toEqual(["at", "log_id"]);
    const scalar = obj("id", "a", "b");
    (scalar.properties as Record<string, unknown>).upload = { type: "integer" };
    expect(sameFieldSet(bare, scalar)).toBe(false);
  });

  it("unions properties in order", () => {
    expect(Object.keys((unionShapes(obj("a", "b"), obj("b", "c")).properties as object))).toEqual(["a", "b", "c"]);
  });
});

describe("extractComponents", () => {
  it("names identical resource shapes once and references them, including bare-array items", () => {
    const log = new ReportLog();
    const sites = [
      site("listClients", "Client", { "200": json({ type: "array", items: obj("id", "name", "notes") }) }),
      site("getClient", "Client", { "200": json(obj("id", "name", "notes")), "400": json({ type: "string" }) }),
    ];
    const components = extractComponents(sites, log);
    expect(Object.keys(components)).toEqual(["Client"]);
    expect(sites[0]!.operation.responses).toEqual({ "200": json({ type: "array", items: { $ref: "#/components/schemas/Client" } }) });
    expect(sites[1]!.operation.responses).toMatchObject({ "200": json({ $ref: "#/components/schemas/Client" }), "400": json({ type: "string" }) });
  });

  it("reconciles two views of one shape (an object spelled out in one only) and reports it", () => {
    const log = new ReportLog();
    const bare = obj("id", "a", "b");
    (bare.properties as Record<string, unknown>).upload = { type: "object", additionalProperties: true };
    const detailed = obj("id", "a", "b");
    (detailed.properties as Record<string, unknown>).upload = { type: "object", properties: { at: { type: "string" } } };
    const sites = [site("getWorkspace", "Workspace", { "200": json(bare) }), site("updateWorkspace", "Workspace", { "200": json(detailed) })];
    const components = extractComponents(sites, log);
    expect(Object.keys(components)).toEqual(["Workspace"]);
    expect(log.inferences.map((e) => e.code)).toEqual(["component-reconciled"]);
  });

  it("keeps apart shapes of one resource whose documented fields differ (PUT /me vs GET /me)", () => {
    const log = new ReportLog();
    const sites = [
      site("getMe", "Me", { "200": json(obj("id", "a", "b", "c", "d", "e", "f")) }),
      site("updateMe", "Me", { "200": json(obj("id", "a", "b", "c", "d")) }, undefined, "update"),
    ];
    const components = extractComponents(sites, log);
    expect(Object.keys(components)).toEqual(["Me", "UpdateMeResponse"]);
    expect(Object.keys(components.UpdateMeResponse!.properties as object)).toEqual(["id", "a", "b", "c", "d"]);
    expect(sites[1]!.operation.responses).toEqual({ "200": json({ $ref: "#/components/schemas/UpdateMeResponse" }) });
    expect(log.inferences.map((e) => e.code)).toEqual(["component-named-by-operation"]);
    expect(log.warnings).toEqual([]);
  });

  it("gives a different shape that wants a taken name its operation's name", () => {
    const log = new ReportLog();
    const components = extractComponents(
      [site("getClient", "Client", { "200": json(obj("id", "name", "notes")) }), site("archiveClient", "Client", { "200": json(obj("x", "y")) })],
      log,
    );
    expect(Object.keys(components)).toEqual(["Client", "ArchiveClientResponse"]);
  });

  it("lifts the resource out of a one-property envelope named after it", () => {
    const components = extractComponents([site("updateClient", "Client", { "200": json({ type: "object", properties: { client: obj("id", "name") } }) })], new ReportLog());
    expect(Object.keys(components)).toEqual(["Client"]);
  });

  it("makes request bodies components only when shared", () => {
    const body = () => json(obj("name", "notes"));
    const sites = [
      site("createClient", "Client", { "200": json({ type: "string" }) }, body(), "create"),
      site("updateClient", "Client", { "200": json({ type: "string" }) }, body(), "update"),
      site("createTag", "Tag", { "200": json({ type: "string" }) }, json(obj("tag")), "create"),
    ];
    const components = extractComponents(sites, new ReportLog());
    expect(Object.keys(components)).toEqual(["ClientRequest"]);
    expect(sites[2]!.operation.requestBody).toEqual(json(obj("tag")));
  });
});
