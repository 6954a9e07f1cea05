import { describe, expect, it } from "vitest";
import type { DecidedOperation } from "../../src/normalise/method-evidence.js";
import { parseTypeCell, sameTypeCell } from "../../src/normalise/doc-types.js";
import { diffOperations } from "../../src/normalise/merge.js";
import { buildParameters } from "../../src/normalise/parameters.js";
import { inferFromProse } from "../../src/normalise/prose.js";
import { ReportLog } from "../../src/normalise/report.js";
import { fieldSchema, isBareArrayTable, schemaFromFields } from "../../src/normalise/schemas.js";
import { typeOperation, type TypedField } from "../../src/normalise/typed-model.js";
import { at, field, operation, param } from "./model-builders.js";

/** What one cell parses to: the schema and whether it was understood. */
const CELLS: [text: string, schema: Record<string, unknown>, understood: boolean][] = [
  ["Array of integer", { type: "array", items: { type: "integer" } }, true],
  // api-projects.html:85, Go-style
  ["[]integer", { type: "array", items: { type: "integer" } }, true],
  ["List of integers", { type: "array", items: { type: "integer" } }, true],
  ["Array<string>", { type: "array", items: { type: "string" } }, true],
  ["uuid", { type: "string", format: "uuid" }, true],
  ["datetime", { type: "string", format: "date-time" }, true],
  ["long", { type: "integer", format: "int64" }, true],
  ["string | null", { type: ["string", "null"] }, true],
  ["object", { type: "object", additionalProperties: true }, true],
  ["-", {}, true],
  ["Frobnicator", {}, false],
  ["Array of Client", {}, false],
  ["Email of the user", {}, false],
];

function docOperation(type: string): DecidedOperation {
  const source = at();
  return {
    method: "post",
    url: "/w/{w}/things",
    title: "Create thing",
    description: "",
    section: "Things",
    methodEvidence: [],
    parameters: [{ name: "q", in: "query", type, required: false, description: "-", source }],
    body: {
      fields: [
        {
          name: "outer",
          type: "object",
          description: "-",
          source,
          children: [{ name: "inner", type, description: "-", source }],
        },
      ],
      source,
    },
    responses: [{ status: "200", description: "", fields: [{ name: "f", type, description: "-", source }], source }],
    source,
  };
}

describe("typeOperation: every type cell of an operation is parsed once, into a schema and whether it was understood", () => {
  it.each(CELLS)("%j", (text, schema, understood) => {
    const reader = docOperation(text);
    const before = structuredClone(reader);
    const typed = typeOperation(reader);
    const expected = { text, schema, understood };
    expect(typed.parameters[0]!.typeCell).toEqual(expected);
    expect(typed.body!.fields[0]!.children![0]!.typeCell).toEqual(expected);
    expect(typed.responses[0]!.fields![0]!.typeCell).toEqual(expected);
    expect(typed.body!.fields[0]!.typeCell.schema).toEqual({ type: "object", additionalProperties: true });
    // The reader's objects are left as they were: the parse lives beside them.
    expect(reader).toEqual(before);
  });
});

/**
 * A cell whose text says one thing and whose parse says another: a rule that still read the text
 * would follow the text. Every rule must follow the parse.
 */
function disagreeing(name: string, text: string, parsedFrom: string, extra: Partial<TypedField> = {}): TypedField {
  return { ...field(name, text), typeCell: { ...parseTypeCell(parsedFrom), text }, ...extra };
}

describe("later rules read the parsed cell, never the text", () => {
  it("schemas: the property schema is the parsed one", () => {
    const built = fieldSchema(disagreeing("ids", "string", "[]integer"), { log: new ReportLog(), location: "body" });
    expect(built.schema).toMatchObject({ type: "array", items: { type: "integer" } });
  });

  it("schemas: a not-understood parse is reported with the cell's text and left untyped", () => {
    const log = new ReportLog();
    const built = fieldSchema(disagreeing("blob", "integer", "Frobnicator"), { log, location: "response" });
    expect(built.schema).toMatchObject({ "x-docs-type": "integer" });
    expect(built.schema).not.toHaveProperty("type");
    expect(log.warnings.map((w) => w.code)).toEqual(["unknown-type"]);
  });

  it.each([
    ["Array of object", true],
    ["[]integer", true],
    ["List of integers", true],
    ["object", false],
    // Reads like an array, but nothing in it is understood: not taken for a bare array.
    ["Array of Frobnicator", false],
  ])("schemas: a table whose only row is `items | %s` is a bare array: %s", (text, bare) => {
    const fields = [field("items", text)];
    expect(isBareArrayTable(fields)).toBe(bare);
    const schema = schemaFromFields(fields, { log: new ReportLog(), location: "response" });
    expect(schema.type).toBe(bare ? "array" : "object");
  });

  it("schemas: the bare-array test follows the parse", () => {
    expect(isBareArrayTable([disagreeing("items", "string", "Array of integer")])).toBe(true);
    expect(isBareArrayTable([disagreeing("items", "Array of integer", "string")])).toBe(false);
  });

  it("parameters: the parameter schema is the parsed one", () => {
    const [built] = buildParameters(
      [{ ...param("ids", "query", "string"), typeCell: parseTypeCell("Array of integer") }],
      "/x",
      at(),
      new ReportLog(),
    );
    expect(built!.schema).toEqual({ type: "array", items: { type: "integer" } });
  });

  it("prose: enum values are typed by the parsed items, formats only for parsed strings", () => {
    const description = "Must be one of: 1, 2, 3";
    expect(
      inferFromProse(description, { name: "n", type: parseTypeCell("[]integer"), location: "body" }).enum?.values,
    ).toEqual([1, 2, 3]);
    expect(
      inferFromProse(description, { name: "n", type: parseTypeCell("Frobnicator"), location: "body" }).enum,
    ).toBeUndefined();
    const url = "URL of the avatar";
    expect(inferFromProse(url, { name: "u", type: parseTypeCell("string"), location: "body" }).format?.value).toBe(
      "uri",
    );
    expect(inferFromProse(url, { name: "u", type: parseTypeCell("uuid"), location: "body" }).format).toBeUndefined();
  });

  it("parameters: two declarations spelling one type differently are alike (merged), two types conflict", () => {
    const log = new ReportLog();
    buildParameters([param("ids", "query", "Array of integer"), param("ids", "query", "[]integer")], "/x", at(), log);
    expect(log.repairs.map((r) => r.code)).toEqual(["parameter-merged"]);
    const conflicting = new ReportLog();
    buildParameters([param("n", "query", "integer"), param("n", "query", "string")], "/x", at(), conflicting);
    expect(conflicting.conflicts.map((c) => c.code)).toEqual(["parameter-conflict"]);
  });

  it.each([
    ["Array of integer", "[]integer", true],
    ["Integer", "int", true],
    ["integer", "string", false],
    ["Frobnicator", "frobnicator", true],
    ["Frobnicator", "Widget", false],
    ["Frobnicator", "-", false],
  ])("sameTypeCell(%j, %j) is %s", (a, b, same) => {
    expect(sameTypeCell(parseTypeCell(a), parseTypeCell(b))).toBe(same);
  });

  it("merge: two spellings of one type are not drift; a real change is", () => {
    const older = operation("post", "/x", "Create x", {
      body: { fields: [field("tag_ids", "Array of integer"), field("n", "integer")], source: at() },
    });
    const newer = operation("post", "/x", "Create x", {
      body: { fields: [field("tag_ids", "[]integer"), field("n", "string")], source: at() },
    });
    expect(diffOperations(older, newer).map((d) => d.message)).toEqual([
      'body field "n" type changed from "integer" to "string"',
    ]);
  });
});
