import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isArrayType, isKnownTypeText, isObjectType, parseTypeCell } from "../../src/normalise/doc-types.js";

describe("parseTypeCell: the Toggl type column (spec/sources/toggl-track-v9)", () => {
  it.each([
    ["integer", { type: "integer" }],
    ["number", { type: "number" }],
    ["string", { type: "string" }],
    ["boolean", { type: "boolean" }],
    // A bare `object` lists no keys: an open object (openapi-typescript: `{ [key: string]: unknown }`).
    ["object", { type: "object", additionalProperties: true }],
    ["Array of object", { type: "array", items: { type: "object", additionalProperties: true } }],
    ["Array of integer", { type: "array", items: { type: "integer" } }],
    ["Array of string", { type: "array", items: { type: "string" } }],
    // api-projects.html:85 and :167, Go-style: `project_user_ids | []integer`, `statuses | []string`
    ["[]integer", { type: "array", items: { type: "integer" } }],
    ["[]string", { type: "array", items: { type: "string" } }],
    // clients-v1/update-client.txt: `contactMethods | array`
    ["array", { type: "array", items: {} }],
    // JSON Schema's words as generated pages print them (widdershins: `[string]`, `string(date-time)`).
    ["[string]", { type: "array", items: { type: "string" } }],
    ["[[integer]]", { type: "array", items: { type: "array", items: { type: "integer" } } }],
    ["[object]", { type: "array", items: { type: "object", additionalProperties: true } }],
    ["[Pet]", { type: "array", items: {} }],
    ["string(date-time)", { type: "string", format: "date-time" }],
    ["integer(int64)", { type: "integer", format: "int64" }],
    ["number(double)", { type: "number", format: "double" }],
    ["string(uuid)", { type: "string", format: "uuid" }],
    ["[string(uri)]", { type: "array", items: { type: "string", format: "uri" } }],
    ["string¦null", { type: ["string", "null"] }],
    ["array[string]", { type: "array", items: { type: "string" } }],
    ["number(double)¦null", { type: ["number", "null"], format: "double" }],
  ])("%s", (text, schema) => {
    expect(parseTypeCell(text)).toEqual({ text, schema, understood: true });
  });

  it.each(["boolean(x)", "Pet", "[not a type word]"])("does not read %s as a known type", (text) => {
    expect(parseTypeCell(text).understood).toBe(false);
  });

  it("reads '-' (no type stated) as any value, without a warning", () => {
    expect(parseTypeCell("-")).toEqual({ text: "-", schema: {}, understood: true });
    expect(parseTypeCell("  ")).toEqual({ text: "  ", schema: {}, understood: true });
  });
});

describe("parseTypeCell: a type with its format (Scalar's Markdown, test/fixtures/generators/scalar)", () => {
  it.each([
    ["string, format: date-time", { type: "string", format: "date-time" }],
    ["string, format: uuid", { type: "string", format: "uuid" }],
    ["integer, format: int64", { type: "integer", format: "int64" }],
    ["string | null, format: email", { type: ["string", "null"], format: "email" }],
    ["array of (string, format: uuid)", { type: "array", items: { type: "string", format: "uuid" } }],
  ])("%s", (text, schema) => {
    expect(parseTypeCell(text)).toMatchObject({ schema, understood: true });
  });

  it.each(["Widget, format: uuid", "string, format:", "format: uuid"])("leaves %s not understood", (text) => {
    expect(parseTypeCell(text).understood).toBe(false);
  });
});

describe("parseTypeCell: spellings other pages may use", () => {
  it.each([
    ["int", { type: "integer" }],
    ["INTEGER", { type: "integer" }],
    ["Integer", { type: "integer" }],
    ["int64", { type: "integer", format: "int64" }],
    ["float", { type: "number", format: "float" }],
    ["double", { type: "number", format: "double" }],
    ["bool", { type: "boolean" }],
    ["uuid", { type: "string", format: "uuid" }],
    ["date", { type: "string", format: "date" }],
    ["datetime", { type: "string", format: "date-time" }],
    ["DateTime", { type: "string", format: "date-time" }],
    ["date-time", { type: "string", format: "date-time" }],
    ["timestamp", { type: "string", format: "date-time" }],
    ["email", { type: "string", format: "email" }],
    ["URL", { type: "string", format: "uri" }],
    ["map", { type: "object", additionalProperties: true }],
    ["null", { type: "null" }],
    ["any", {}],
    ["Array", { type: "array", items: {} }],
    ["`string`", { type: "string" }],
    ["string.", { type: "string" }],
  ])("%s", (text, schema) => {
    expect(parseTypeCell(text)).toEqual({ text, schema, understood: true });
  });

  it.each([
    ["Array of objects", { type: "array", items: { type: "object", additionalProperties: true } }],
    ["[][]string", { type: "array", items: { type: "array", items: { type: "string" } } }],
    ["[]object", { type: "array", items: { type: "object", additionalProperties: true } }],
    ["array of Integers", { type: "array", items: { type: "integer" } }],
    ["List of string", { type: "array", items: { type: "string" } }],
    ["integer[]", { type: "array", items: { type: "integer" } }],
    ["string[][]", { type: "array", items: { type: "array", items: { type: "string" } } }],
    ["Array<string>", { type: "array", items: { type: "string" } }],
    ["Array of Array of integer", { type: "array", items: { type: "array", items: { type: "integer" } } }],
    ["Array of uuid", { type: "array", items: { type: "string", format: "uuid" } }],
    ["map of string", { type: "object", additionalProperties: { type: "string" } }],
    ["map[string]int", { type: "object", additionalProperties: { type: "integer" } }],
    [
      "Map<string, Array of integer>",
      { type: "object", additionalProperties: { type: "array", items: { type: "integer" } } },
    ],
  ])("arrays and maps: %s", (text, schema) => {
    expect(parseTypeCell(text)).toEqual({ text, schema, understood: true });
  });

  it.each([
    // docusaurus-theme-openapi-docs prints a format in angle brackets (its getSchemaName).
    ["string<date-time>", { type: "string", format: "date-time" }],
    ["integer<int64>", { type: "integer", format: "int64" }],
    ["string<binary>[]", { type: "array", items: { type: "string", format: "binary" } }],
    // openapi-to-md lists an enum's values where the type goes; the values keep their case.
    ["enum[slim, steve, unknown]", { type: "string", enum: ["slim", "steve", "unknown"] }],
    ["enum[SWAGGER_CHANNEL_TYPE]", { type: "string", enum: ["SWAGGER_CHANNEL_TYPE"] }],
    ["enum[0, 1]", { type: "integer", enum: [0, 1] }],
    ["enum[0.5, 1]", { type: "number", enum: [0.5, 1] }],
    ["enum[true, false]", { type: "boolean", enum: [true, false] }],
    ["enum[a, b][]", { type: "array", items: { type: "string", enum: ["a", "b"] } }],
  ])("a format in angle brackets, an enum list: %s", (text, schema) => {
    expect(parseTypeCell(text)).toMatchObject({ schema, understood: true });
  });

  it.each([
    ["string | null", { type: ["string", "null"] }],
    ["string or null", { type: ["string", "null"] }],
    ["null | integer", { type: ["integer", "null"] }],
    ["datetime | null", { type: ["string", "null"], format: "date-time" }],
    ["Array of integer | null", { type: ["array", "null"], items: { type: "integer" } }],
    ["string | integer", { anyOf: [{ type: "string" }, { type: "integer" }] }],
    ["string | integer | null", { anyOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] }],
    ["any | null", {}],
  ])("unions: %s", (text, schema) => {
    expect(parseTypeCell(text)).toEqual({ text, schema, understood: true });
  });

  it.each([
    "Client",
    "WorkspaceSettings",
    "Array of Client",
    "integer | Foo",
    "Array of",
    "string[",
    "[]",
    "object<uuid>",
    "enum[]",
  ])("says it cannot read %s (schema {}, caller warns)", (text) => {
    expect(parseTypeCell(text)).toEqual({ text, schema: {}, understood: false });
  });

  it.each([
    ["[]integer", true],
    ["Array of object", true],
    ["object", true],
    ["uuid", true],
    ["string | null", true],
    ["Email of the user", false],
    ["", false],
    ["-", false],
    ["[]", false],
  ])("isKnownTypeText(%j) is %s (the readers' check agrees with the parser)", (text, known) => {
    expect(isKnownTypeText(text)).toBe(known);
  });

  it.each([
    ["object", true],
    ["Array of object", true],
    ["[]object", true],
    ["map", true],
    ["Array of integer", false],
    ["string", false],
    ["Client", false],
  ])("isObjectType(%j) is %s", (text, isObject) => {
    expect(isObjectType(parseTypeCell(text))).toBe(isObject);
  });

  it.each([
    ["Array of integer", true],
    ["[]integer", true],
    ["integer[]", true],
    ["List of integers", true],
    ["array | null", true],
    ["Array of Client", false],
    ["object", false],
    ["string", false],
  ])("isArrayType(%j) is %s", (text, isArray) => {
    expect(isArrayType(parseTypeCell(text))).toBe(isArray);
  });

  it("freezes the parsed schema (one parse is shared by every rule), and each parse is its own", () => {
    const first = parseTypeCell("Array of integer").schema;
    expect(() => {
      (first.items as Record<string, unknown>).type = "string";
    }).toThrow(TypeError);
    expect(Object.isFrozen(first) && Object.isFrozen(first.items)).toBe(true);
    expect(parseTypeCell("Array of integer").schema).not.toBe(first);
  });

  it("never throws, and unknown text always yields {}", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseTypeCell(text);
        if (!result.understood) expect(result.schema).toEqual({});
      }),
    );
    expect(parseTypeCell("Array of ".repeat(50) + "integer").understood).toBe(false);
  });
});

describe("what openapi-typescript makes of the parsed type cells", () => {
  it("types a bare object as { [key: string]: unknown } (never Record<string, never>) and []integer as number[]", async () => {
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: {
        schemas: {
          Open: parseTypeCell("object").schema,
          Ids: parseTypeCell("[]integer").schema,
          Items: parseTypeCell("Array of object").schema,
        },
      },
    };
    const out = astToString(await openapiTS(document as never));
    const line = (name: string) =>
      out
        .split("\n")
        .find((l) => l.trim().startsWith(`${name}:`))!
        .trim();
    expect(line("Open")).toBe("Open: {");
    expect(out).toMatch(/Open: \{\s*\[key: string\]: unknown;\s*\};/);
    expect(line("Ids")).toBe("Ids: number[];");
    expect(out).toMatch(/Items: \{\s*\[key: string\]: unknown;\s*\}\[\];/);
  });
});

describe("parseTypeCell: the type line of a Redoc field table (test/fixtures/generators/redoc)", () => {
  it.each([
    ["integer <int64>", { type: "integer", format: "int64" }],
    ["string <date-time>", { type: "string", format: "date-time" }],
    ["string <binary>", { type: "string", format: "binary" }],
    ["number <integer>", { type: "number", format: "integer" }],
    ["object (SkinData)", { type: "object", additionalProperties: true }],
    ["Array of objects (PartialSkinInfo)", { type: "array", items: { type: "object", additionalProperties: true } }],
    ["Array of strings <uri>", { type: "array", items: { type: "string", format: "uri" } }],
    ["Array of any", { type: "array", items: {} }],
    ["string or null <date-time>", { type: ["string", "null"], format: "date-time" }],
    ["object or null (Owner)", { type: ["object", "null"], additionalProperties: true }],
    ["Array<string>", { type: "array", items: { type: "string" } }],
  ])("%s", (text, schema) => {
    expect(parseTypeCell(text)).toEqual({ text, schema, understood: true });
  });

  it("does not put a format on an object or array, nor read a title that is not after a type", () => {
    expect(parseTypeCell("object <uuid>").understood).toBe(false);
    expect(parseTypeCell("(SkinData)").understood).toBe(false);
  });
});
