import { describe, expect, it } from "vitest";
import { fieldMapOf } from "../../src/diff/field-map.js";

describe("fieldMapOf", () => {
  const schema = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer", readOnly: true },
      secret: { type: "string", writeOnly: true },
      tags: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } },
      meta: { type: "object", additionalProperties: { type: "string" } },
    },
  };

  it("names nested fields with dots, array items with [] and map values with {}", () => {
    const map = fieldMapOf({}, schema, "200", true, "response");
    expect([...map.keys()]).toEqual([
      "200",
      "200.id",
      "200.meta",
      "200.meta{}",
      "200.tags",
      "200.tags[]",
      "200.tags[].name",
    ]);
    expect(map.get("200.id")).toMatchObject({ types: ["integer"], required: true });
    expect(map.get("200.tags")?.required).toBe(false);
  });

  it("leaves out readOnly fields from requests and writeOnly fields from responses", () => {
    expect(fieldMapOf({}, schema, "body", true, "request").has("body.id")).toBe(false);
    expect(fieldMapOf({}, schema, "body", true, "request").has("body.secret")).toBe(true);
    expect(fieldMapOf({}, schema, "200", true, "response").has("200.secret")).toBe(false);
  });

  it("walks a self-referencing schema once per level of the cycle and stops", () => {
    const doc = {
      components: {
        schemas: {
          Node: {
            type: "object",
            properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
          },
        },
      },
    };
    const map = fieldMapOf(doc, { $ref: "#/components/schemas/Node" }, "200", true, "response");
    expect([...map.keys()]).toEqual(["200", "200.children", "200.children[]"]);
  });

  it("walks mutually recursive schemas without looping", () => {
    const doc = {
      components: {
        schemas: {
          A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
          B: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
        },
      },
    };
    expect([...fieldMapOf(doc, { $ref: "#/components/schemas/A" }, "body", true, "request").keys()]).toEqual([
      "body",
      "body.b",
      "body.b.a",
    ]);
  });
});
