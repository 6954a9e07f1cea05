import { describe, expect, it } from "vitest";
import { shapeOf } from "../../src/diff/schema-facts.js";

const at = (schema: unknown) => ({ schema, expanding: new Set<string>() });

describe("shapeOf", () => {
  it("collapses the nullable spellings of 3.0 and 3.1", () => {
    for (const schema of [
      { type: "string", nullable: true },
      { type: ["null", "string"] },
      { oneOf: [{ type: "null" }, { type: "string" }] },
    ]) {
      expect(shapeOf({}, at(schema)).facts).toMatchObject({ types: ["string"], nullable: true });
    }
  });

  it("reads const as a one-value enum and keeps enum values as JSON text", () => {
    expect(shapeOf({}, at({ const: 1 })).facts.enumValues).toEqual(["1"]);
    expect(shapeOf({}, at({ enum: ["b", "a", 1] })).facts.enumValues).toEqual(['"a"', '"b"', "1"]);
  });

  it("adds up allOf properties and required names; anyOf requires only what every branch requires", () => {
    const doc = {
      components: { schemas: { Base: { type: "object", properties: { id: { type: "integer" } }, required: ["id"] } } },
    };
    const all = shapeOf(
      doc,
      at({
        allOf: [
          { $ref: "#/components/schemas/Base" },
          { properties: { name: { type: "string" } }, required: ["name"] },
        ],
      }),
    );
    expect([...all.properties.keys()]).toEqual(["id", "name"]);
    expect([...all.requiredNames].sort()).toEqual(["id", "name"]);
    expect(all.facts.types).toEqual(["object"]);
    const any = shapeOf(
      doc,
      at({
        anyOf: [
          { properties: { a: {} }, required: ["a", "b"] },
          { properties: { b: {} }, required: ["b"] },
        ],
      }),
    );
    expect([...any.requiredNames]).toEqual(["b"]);
  });

  it("keeps $ref siblings over the target (3.1 allows them)", () => {
    const doc = { components: { schemas: { S: { type: "string", description: "shared" } } } };
    expect(shapeOf(doc, at({ $ref: "#/components/schemas/S", description: "local" })).facts.description).toBe("local");
  });

  it("stops at a ref already being expanded: facts read, children not walked", () => {
    const doc = {
      components: {
        schemas: { Node: { type: "object", properties: { next: { $ref: "#/components/schemas/Node" } } } },
      },
    };
    const cyclic = shapeOf(doc, {
      schema: { $ref: "#/components/schemas/Node" },
      expanding: new Set(["#/components/schemas/Node"]),
    });
    expect(cyclic.facts.types).toEqual(["object"]);
    expect(cyclic.properties.size).toBe(0);
    expect(shapeOf(doc, at({ $ref: "#/components/schemas/Node" })).properties.has("next")).toBe(true);
  });

  it("reads an unresolvable ref or `true` as any type rather than failing", () => {
    expect(shapeOf({}, at({ $ref: "#/components/schemas/Missing" })).facts.types).toEqual([]);
    expect(shapeOf({}, at(true)).facts.types).toEqual([]);
  });
});
