import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatOfString, schemaFromExample } from "../../src/normalise/example-schema.js";

describe("schemaFromExample: scalars", () => {
  it.each([
    [null, { type: "null" }],
    [true, { type: "boolean" }],
    [42, { type: "integer" }],
    [-1, { type: "integer" }],
    [0.5, { type: "number" }],
    ["Jane Doe", { type: "string" }],
    ["2024-01-15T10:00:00Z", { type: "string", format: "date-time" }],
    ["2024-01-15T10:00:00.123+02:00", { type: "string", format: "date-time" }],
    ["2024-01-15", { type: "string", format: "date" }],
  ])("%j", (value, schema) => {
    expect(schemaFromExample(value)).toEqual(schema);
  });

  it.each([
    ["avatarUrl", "https://example.com/new-avatar.jpg", "uri"],
    ["website", "https://example.com", "uri"],
    ["email", "jane@example.com", "email"],
    ["contactEmail", "jane@example.com", "email"],
    // The value of a contact method may be a phone number too: one email example proves no format.
    ["value", "jane@example.com", undefined],
    ["note", "https://example.com/x", undefined],
  ])("an email or URI example is a format only when the name %j says so too", (key, value, format) => {
    expect(schemaFromExample({ [key]: value })).toEqual({
      type: "object",
      properties: { [key]: { type: "string", ...(format ? { format } : {}) } },
    });
  });

  it.each([
    // Not RFC 3339 (no offset, no seconds, impossible month): a plain string, not a wrong format.
    "2024-01-15T10:00:00",
    "2024-01-15T10:00Z",
    "2024-13-15",
    "2024-01-15T25:00:00Z",
    "15/01/2024",
    "example.com/avatar.jpg",
    "/v1/workspace/1",
    "jane@",
    "not an email@example.com",
    "507f1f77bcf86cd799439011",
  ])("no format for %j", (value) => {
    expect(formatOfString(value)).toBeUndefined();
    expect(schemaFromExample(value)).toEqual({ type: "string" });
  });
});

describe("schemaFromExample: objects and arrays", () => {
  it("reads the clients-v1 PATCH response (spec/sources/clients-v1/update-client.txt)", () => {
    const example = {
      client: {
        id: "507f1f77bcf86cd799439011",
        name: "Jane Doe",
        avatarUrl: "https://example.com/new-avatar.jpg",
        contactMethods: [{ type: "email", value: "jane@example.com", isPreferred: true }],
        customFields: [],
        createdAt: "2024-01-15T10:00:00Z",
        updatedAt: "2024-01-15T11:00:00Z",
      },
    };
    expect(schemaFromExample(example)).toEqual({
      type: "object",
      properties: {
        client: {
          type: "object",
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            avatarUrl: { type: "string", format: "uri" },
            contactMethods: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  type: { type: "string" },
                  value: { type: "string" },
                  isPreferred: { type: "boolean" },
                },
              },
            },
            customFields: { type: "array", items: {} },
            createdAt: { type: "string", format: "date-time" },
            updatedAt: { type: "string", format: "date-time" },
          },
        },
      },
    });
  });

  it("never marks properties required: an example shows what can appear, not what must", () => {
    const schema = schemaFromExample({ a: 1, b: { c: [{ d: 1 }] } });
    expect(JSON.stringify(schema)).not.toContain("required");
  });

  it("merges all array elements: keys from any element, integer+number → number, null folds in", () => {
    const schema = schemaFromExample([
      { id: 1, rate: 10, note: null, tags: [] },
      { id: 2, rate: 12.5, note: "x", extra: true, tags: ["a"] },
    ]);
    expect(schema).toEqual({
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "integer" },
          rate: { type: "number" },
          note: { type: ["string", "null"] },
          tags: { type: "array", items: { type: "string" } },
          extra: { type: "boolean" },
        },
      },
    });
  });

  it("keeps a string format only when every element has it", () => {
    expect(schemaFromExample(["2024-01-15", "2024-02-01"])).toEqual({
      type: "array",
      items: { type: "string", format: "date" },
    });
    expect(schemaFromExample(["2024-01-15", "tomorrow"])).toEqual({ type: "array", items: { type: "string" } });
    expect(schemaFromExample(["2024-01-15", "2024-01-15T10:00:00Z"])).toEqual({
      type: "array",
      items: { type: "string" },
    });
  });

  it("uses anyOf for elements of different kinds, in a fixed order", () => {
    expect(schemaFromExample([1, "a", { k: 1 }, null])).toEqual({
      type: "array",
      items: {
        anyOf: [
          { type: "object", properties: { k: { type: "integer" } } },
          { type: "string" },
          { type: "integer" },
          { type: "null" },
        ],
      },
    });
    expect(schemaFromExample(["a", 1])).toEqual(schemaFromExample([1, "a"]));
  });

  it.each([
    [[], { type: "array", items: {} }],
    // An empty example object lists no keys: any may appear.
    [{}, { type: "object", additionalProperties: true }],
    [[[], []], { type: "array", items: { type: "array", items: {} } }],
    [[null], { type: "array", items: { type: "null" } }],
  ])("edge shape %j", (value, schema) => {
    expect(schemaFromExample(value)).toEqual(schema);
  });

  it("is deterministic and never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = JSON.stringify(schemaFromExample(value));
        expect(JSON.stringify(schemaFromExample(structuredClone(value)))).toBe(once);
      }),
    );
  });
});
