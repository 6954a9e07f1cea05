import { validate, compileErrors } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { toOpenApi30 } from "../../src/downgrade/index.js";
import { richOpenApi31 } from "./fixture-31.js";

type Json = Record<string, any>;

describe("toOpenApi30", () => {
  const { document, warnings } = toOpenApi30(richOpenApi31());
  const doc = document as Json;

  it("produces a document that validates as OpenAPI 3.0", async () => {
    expect(doc.openapi).toBe("3.0.3");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("downgrades component schemas in place", () => {
    const client = doc.components.schemas.Client;
    expect(client.properties.note).toEqual({ type: "string", nullable: true, example: "hi" });
    expect(client.properties.kind).toEqual({ enum: ["client"] });
    expect(client.properties.score).toEqual({
      type: "number",
      maximum: 10,
      exclusiveMaximum: true,
      "x-unit": "points",
    });
    expect(client.properties.tags).toEqual({ type: "array", items: {} });
    expect(doc.paths["/clients/{id}"].get.responses["200"].content["application/json"].schema).toEqual({
      description: "The client",
      allOf: [{ $ref: "#/components/schemas/Client" }],
    });
    expect(doc.paths["/clients/{id}"].parameters[0].schema).toEqual({
      type: "integer",
      minimum: 0,
      exclusiveMinimum: true,
    });
  });

  it("drops 3.1-only document parts, each with a warning naming its pointer", () => {
    expect(doc.webhooks).toBeUndefined();
    expect(doc.jsonSchemaDialect).toBeUndefined();
    expect(doc.info).toEqual({ title: "Rich", version: "1", license: { name: "MIT" } });
    expect(doc.components.pathItems).toBeUndefined();
    expect(doc["x-origin"]).toBe("docs");
    for (const pointer of [
      "#/jsonSchemaDialect",
      "#/webhooks",
      "#/info/summary",
      "#/info/license/identifier",
      "#/components/pathItems",
      "#/components/schemas/Client/$schema",
      "#/components/schemas/Client/$id",
      "#/components/schemas/Client/unevaluatedProperties",
      "#/components/schemas/Client/if",
      "#/components/schemas/Client/then",
      "#/components/schemas/Client/dependentRequired",
      "#/components/schemas/Client/$defs",
      "#/components/parameters/Page",
    ]) {
      expect(
        warnings.some((w) => w.startsWith(`${pointer}: `)),
        `${pointer} in\n${warnings.join("\n")}`,
      ).toBe(true);
    }
  });

  it("moves $defs entries to components.schemas and points refs at them", () => {
    expect(doc.components.schemas.Client.$defs).toBeUndefined();
    expect(doc.components.schemas.Client_Local).toEqual({ type: "string" });
    expect(doc.components.schemas.Uses).toEqual({ $ref: "#/components/schemas/Client_Local" });
  });

  it("reports a $ref whose target was dropped", () => {
    const hook = { post: { responses: { "200": { description: "ok" } } } };
    const result = toOpenApi30({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/hook": { $ref: "#/webhooks/created" } },
      webhooks: { created: hook },
    });
    expect(result.warnings).toEqual([
      "#/webhooks: dropped webhooks (not in OpenAPI 3.0)",
      "#/paths/~1hook: $ref #/webhooks/created no longer resolves (its target was dropped)",
    ]);
  });

  it("inlines path items referenced from components.pathItems", () => {
    expect(doc.paths["/shared"]).toEqual({ get: { responses: { "204": { description: "none" } } } });
  });

  it("adds the responses 3.0 requires, and drops mutualTLS with the requirements using it", () => {
    expect(doc.paths["/clients/{id}"].delete.responses).toEqual({ default: { description: "Unspecified response" } });
    expect(doc.components.securitySchemes).toEqual({ token: { type: "http", scheme: "bearer" } });
    expect(doc.paths["/clients/{id}"].get.security).toEqual([{ token: [] }]);
    expect(warnings).toContain("#/paths/~1clients~1{id}/get/security/0: dropped security requirement using mtls");
  });

  it("does not mutate its input and is deterministic", () => {
    const input = richOpenApi31();
    const before = structuredClone(input);
    const first = toOpenApi30(input);
    expect(input).toEqual(before);
    expect(JSON.stringify(toOpenApi30(input))).toBe(JSON.stringify(first));
  });

  it("leaves a plain 3.1 document's content alone apart from the version", () => {
    const plain = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": { schema: { type: "object", properties: { id: { type: "integer" } } } },
                },
              },
            },
          },
        },
      },
    };
    expect(toOpenApi30(plain)).toEqual({ document: { ...plain, openapi: "3.0.3" }, warnings: [] });
  });
});
