import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTypeCell } from "../../../src/normalise/doc-types.js";
import { pickReader, readPageText } from "../../../src/scrape/index.js";
import { methodOf } from "../method-of.js";
import { loadSpec, resolveRef, specOperations } from "../spec-operations.js";

const FIXTURES = "test/fixtures/generators/openapi-to-md";
const APIS = ["1password-events", "mineskin", "walmart-item"];

const key = (method: string, url: string) => `${method.toUpperCase()} ${url}`;

describe.each(APIS)("openapi-to-md page of %s", (api) => {
  const file = path.join(FIXTURES, `${api}.md`);
  const text = readFileSync(file, "utf8");
  const spec = loadSpec(path.join(FIXTURES, `${api}.openapi.json`));
  const expected = specOperations(spec);
  const page = readPageText(text, file);
  const byKey = new Map(page.operations.map((op) => [key(methodOf(op)!, op.url), op]));

  it("is picked by this reader and yields every operation of the spec, no other", () => {
    expect(pickReader(text, file).dialect).toBe("openapi-to-md");
    expect([...byKey.keys()].sort()).toEqual(expected.map((op) => key(op.method, op.path)).sort());
  });

  it("reads the query and header parameters with their required flag and type (the page never shows path parameters)", () => {
    for (const original of expected) {
      const operation = byKey.get(key(original.method, original.path))!;
      const shown = original.parameters.filter((p) => p.in === "query" || p.in === "header");
      expect(operation.parameters.map((p) => `${p.in}:${p.name}:${p.required}`).sort()).toEqual(
        shown.map((p) => `${p.in}:${p.name}:${p.required}`).sort(),
      );
      for (const parameter of operation.parameters) {
        const schema = shown.find((p) => p.in === parameter.in && p.name === parameter.name)!.schema;
        const read = parseTypeCell(parameter.type);
        expect(read.understood).toBe(true);
        if (Array.isArray(schema.enum)) expect(read.schema.enum).toEqual(schema.enum);
        else if (typeof schema.type === "string") expect(read.schema.type).toBe(schema.type);
      }
    }
  });

  it("reads every documented status", () => {
    for (const original of expected) {
      expect(
        byKey
          .get(key(original.method, original.path))!
          .responses.map((r) => r.status)
          .sort(),
      ).toEqual([...original.statuses].sort());
    }
  });

  it("reports nothing but what the generator left off the page", () => {
    const codes = page.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code);
    expect(codes.filter((c) => c !== "body-empty")).toEqual([]);
  });
});

describe("openapi-to-md bodies through the page's References section", () => {
  it("follows `undefined?: #/components/schemas/GenerateOptions &` to that schema's block: every property, its enum and required flag (mineskin)", () => {
    const file = path.join(FIXTURES, "mineskin.md");
    const spec = loadSpec(path.join(FIXTURES, "mineskin.openapi.json"));
    const page = readPageText(readFileSync(file, "utf8"), file);
    const operation = page.operations.find((op) => op.url === "/generate/url")!;
    const original = resolveRef(spec, { $ref: "#/components/schemas/GenerateOptions" });
    const properties = original.properties as Record<string, Record<string, unknown>>;
    const required = new Set((original.required as string[] | undefined) ?? []);
    expect(operation.body?.fields.map((f) => f.name).sort()).toEqual(Object.keys(properties).sort());
    for (const field of operation.body!.fields) {
      expect(field.required).toBe(required.has(field.name));
      const read = parseTypeCell(field.type).schema;
      const schema = properties[field.name]!;
      if (Array.isArray(schema.enum)) expect(read.enum).toEqual(schema.enum);
      else expect(read.type).toBe(schema.type);
    }
  });

  it("reads a response's nested objects by depth (mineskin GET /get/uuid/{uuid}: data → texture → signature)", () => {
    const file = path.join(FIXTURES, "mineskin.md");
    const page = readPageText(readFileSync(file, "utf8"), file);
    const fields = page.operations.find((op) => op.url === "/get/uuid/{uuid}")!.responses[0]!.fields!;
    const data = fields.find((f) => f.name === "data")!;
    expect(data.type).toBe("object");
    expect(data.children?.find((f) => f.name === "texture")?.children?.map((f) => f.name)).toEqual([
      "signature",
      "url",
      "value",
    ]);
  });
});
