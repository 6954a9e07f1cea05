import { describe, expect, it } from "vitest";
import { mergeTableWithExample, stampExampleSource } from "../../src/normalise/example-merge.js";

describe("mergeTableWithExample", () => {
  const table = {
    type: "object",
    properties: {
      name: { type: "string", description: "Client name", "x-source": "t:1" },
      contactMethods: { type: "array", items: {}, "x-source": "t:2" },
    },
    required: ["name"],
  };
  const example = stampExampleSource(
    {
      type: "object",
      properties: {
        name: { type: "string" },
        contactMethods: { type: "array", items: { type: "object", properties: { type: { type: "string" } } } },
        avatarUrl: { type: "string", format: "uri" },
      },
    },
    "e:9",
  );

  it("lets the table win and keeps what only the example shows", () => {
    const merged = mergeTableWithExample(table, example);
    const props = merged.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(props)).toEqual(["name", "contactMethods", "avatarUrl"]);
    expect(props.name).toMatchObject({ description: "Client name", "x-source": "t:1" });
    expect((props.contactMethods!.items as Record<string, unknown>).type).toBe("object");
    expect(props.avatarUrl).toMatchObject({ format: "uri", "x-source": "e:9" });
    expect(merged.required).toEqual(["name"]);
  });

  it("keeps the table's type when the example disagrees", () => {
    expect(mergeTableWithExample({ type: "string" }, { type: "integer" })).toEqual({ type: "string" });
  });

  it("uses the example alone when there is no table", () => {
    expect(mergeTableWithExample(undefined, { type: "integer" })).toEqual({ type: "integer" });
  });
});
