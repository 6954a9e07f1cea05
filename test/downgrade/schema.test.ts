import { describe, expect, it } from "vitest";
import type { DowngradeContext } from "../../src/downgrade/context.js";
import { downgradeSchema } from "../../src/downgrade/index.js";

function run(schema: unknown): { out: unknown; warnings: string[] } {
  const ctx: DowngradeContext = { source: {}, warnings: [], droppedSecuritySchemes: new Set() };
  return { out: downgradeSchema(schema, "#/s", ctx), warnings: ctx.warnings };
}

describe("downgradeSchema", () => {
  it("turns [T, null] into T + nullable, and null alone into nullable + enum [null]", () => {
    expect(run({ type: ["string", "null"] }).out).toEqual({ type: "string", nullable: true });
    expect(run({ type: "null" }).out).toEqual({ type: "object", nullable: true, enum: [null] });
  });

  it("turns several types into anyOf, each branch nullable when null was listed", () => {
    expect(run({ type: ["string", "integer"] }).out).toEqual({ anyOf: [{ type: "string" }, { type: "integer" }] });
    expect(run({ type: ["string", "integer", "null"] }).out).toEqual({
      anyOf: [
        { type: "string", nullable: true },
        { type: "integer", nullable: true },
      ],
    });
  });

  it("keeps an existing anyOf beside a multi-type by nesting both under allOf", () => {
    expect(run({ type: ["string", "integer"], anyOf: [{ minimum: 1 }, { minLength: 1 }] }).out).toEqual({
      allOf: [{ anyOf: [{ type: "string" }, { type: "integer" }] }, { anyOf: [{ minimum: 1 }, { minLength: 1 }] }],
    });
  });

  it("const → enum, examples → example (warning about the ones dropped)", () => {
    expect(run({ const: 3 }).out).toEqual({ enum: [3] });
    const { out, warnings } = run({ type: "string", examples: ["a", "b"] });
    expect(out).toEqual({ type: "string", example: "a" });
    expect(warnings).toEqual(["#/s/examples: kept one example, dropped 1 (3.0 schemas take a single example)"]);
  });

  it("numeric exclusive bounds become the boolean form, keeping the stricter bound", () => {
    expect(run({ exclusiveMinimum: 0, exclusiveMaximum: 10 }).out).toEqual({
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true,
    });
    expect(run({ minimum: 5, exclusiveMinimum: 1 }).out).toEqual({ minimum: 5 });
    expect(run({ minimum: 0, exclusiveMinimum: true }).out).toEqual({ minimum: 0, exclusiveMinimum: true });
  });

  it("a $ref with siblings becomes allOf [$ref] beside them; a bare $ref stays", () => {
    expect(run({ $ref: "#/x", description: "d", type: ["object", "null"] }).out).toEqual({
      description: "d",
      type: "object",
      nullable: true,
      allOf: [{ $ref: "#/x" }],
    });
    expect(run({ $ref: "#/x" }).out).toEqual({ $ref: "#/x" });
  });

  it("drops 3.1-only keywords with a warning naming the pointer, keeping x- extensions", () => {
    const { out, warnings } = run({
      type: "object",
      $comment: "c",
      unevaluatedProperties: false,
      dependentRequired: { a: ["b"] },
      "x-keep": 1,
      properties: { a: { if: {}, then: {} } },
    });
    expect(out).toEqual({ type: "object", "x-keep": 1, properties: { a: {} } });
    expect(warnings).toEqual([
      "#/s/$comment: dropped $comment (not allowed in an OpenAPI 3.0 Schema Object)",
      "#/s/unevaluatedProperties: dropped unevaluatedProperties (not allowed in an OpenAPI 3.0 Schema Object)",
      "#/s/dependentRequired: dropped dependentRequired (not allowed in an OpenAPI 3.0 Schema Object)",
      "#/s/properties/a/if: dropped if (not allowed in an OpenAPI 3.0 Schema Object)",
      "#/s/properties/a/then: dropped then (not allowed in an OpenAPI 3.0 Schema Object)",
    ]);
  });

  it("maps content keywords and prefixItems to their nearest 3.0 form", () => {
    expect(run({ type: "string", contentEncoding: "base64" }).out).toEqual({ type: "string", format: "byte" });
    expect(run({ type: "string", contentMediaType: "image/png" }).out).toEqual({ type: "string", format: "binary" });
    const { out, warnings } = run({ type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] });
    expect(out).toEqual({ type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } });
    expect(warnings).toEqual(["#/s/prefixItems: replaced prefixItems by items (positions are lost)"]);
  });

  it("boolean schemas become {} / {not: {}}; arrays get items; empty required lists go", () => {
    expect(run({ type: "object", properties: { a: true, b: false }, required: [] }).out).toEqual({
      type: "object",
      properties: { a: {}, b: { not: {} } },
    });
    expect(run({ type: "array" }).out).toEqual({ type: "array", items: {} });
    expect(run({ type: "object", additionalProperties: false }).out).toEqual({
      type: "object",
      additionalProperties: false,
    });
  });
});
