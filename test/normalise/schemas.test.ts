import { describe, expect, it } from "vitest";
import { ReportLog } from "../../src/normalise/report.js";
import { isBareArrayTable, schemaFromFields } from "../../src/normalise/schemas.js";
import { at, field } from "./model-builders.js";

const ctx = () => ({ log: new ReportLog(), location: "response" as const });

describe("schemaFromFields", () => {
  it("builds an object with provenance on every property and no invented required list", () => {
    const schema = schemaFromFields(
      [field("id", "integer", "Client ID", { source: at(12) }), field("name", "string")],
      ctx(),
    );
    expect(schema).toEqual({
      type: "object",
      properties: {
        id: { description: "Client ID", type: "integer", "x-source": "docs/page.txt:12" },
        name: { type: "string", "x-source": expect.stringMatching(/^docs\/page\.txt:\d+$/) },
      },
    });
  });

  it("reads a lone `items | Array of object` table as a bare array of the nested objects", () => {
    const fields = [
      field("items", "Array of object", "-", { children: [field("id", "integer"), field("name", "string")] }),
    ];
    expect(isBareArrayTable(fields)).toBe(true);
    const schema = schemaFromFields(fields, ctx());
    expect(schema.type).toBe("array");
    expect((schema.items as Record<string, unknown>).type).toBe("object");
    expect(Object.keys((schema.items as { properties: object }).properties)).toEqual(["id", "name"]);
  });

  it("keeps `items` as a property when other rows exist", () => {
    const schema = schemaFromFields([field("items", "Array of integer"), field("total", "integer")], ctx());
    expect(schema.type).toBe("object");
  });

  it("nests children of an object field", () => {
    const schema = schemaFromFields([field("csv_upload", "object", "-", { children: [field("at", "string")] })], ctx());
    const csv = (schema.properties as Record<string, Record<string, unknown>>).csv_upload!;
    expect(csv.type).toBe("object");
    expect(Object.keys(csv.properties as object)).toEqual(["at"]);
  });

  it("marks required only from the Required column or prose, column first", () => {
    const schema = schemaFromFields(
      [
        field("name", "string", "Client name", { required: true }),
        field("level_id", "integer", "Identifier of the level, required"),
        field("notes", "string", "Notes, required", { required: false }),
      ],
      ctx(),
    );
    expect(schema.required).toEqual(["name", "level_id"]);
  });

  it("applies prose facts with their evidence and reports them", () => {
    const c = ctx();
    const schema = schemaFromFields(
      [field("level", "string", "Level of the rate, required, must be one of: 'workspace', 'project'")],
      c,
    );
    const level = (schema.properties as Record<string, Record<string, unknown>>).level!;
    expect(level.enum).toEqual(["workspace", "project"]);
    expect(level["x-inferred-from"]).toMatchObject({ enum: expect.stringContaining("one of") });
    expect(c.log.inferences.map((e) => e.code)).toContain("prose");
  });

  it("keeps an unknown type's text and warns instead of dropping the field", () => {
    const c = ctx();
    const schema = schemaFromFields([field("blob", "frobnicator")], c);
    expect((schema.properties as Record<string, Record<string, unknown>>).blob!["x-docs-type"]).toBe("frobnicator");
    expect(c.log.warnings.map((e) => e.code)).toEqual(["unknown-type"]);
  });

  it("keeps a nameless row under a name pointing at its line, with a warning", () => {
    const c = ctx();
    const schema = schemaFromFields([field("", "string", "Email of the user", { source: at(40) })], c);
    expect(Object.keys(schema.properties as object)).toEqual(["unnamed_40"]);
    expect(c.log.warnings).toHaveLength(1);
  });
});

describe("JSON Patch operations (api-projects.html:207, api-time_entries.html:116)", () => {
  it("lets a value documented as bare object be any JSON value, and keeps a typed one", async () => {
    const { objectSchemaFromFields } = await import("../../src/normalise/schemas.js");
    const { ReportLog } = await import("../../src/normalise/report.js");
    const { field } = await import("./model-builders.js");
    const log = new ReportLog();
    const patch = objectSchemaFromFields(
      [
        field("op", "string", "Operation (add/remove/replace)"),
        field("path", "string", "The path to the entity to patch (e.g. /description)"),
        field("value", "object", "The new value for the entity in path."),
      ],
      { log, location: "body" },
    );
    const value = (patch.properties as Record<string, Record<string, unknown>>).value!;
    expect(value.type).toBeUndefined();
    expect(value.additionalProperties).toBeUndefined();
    expect(value["x-inferred-from"]).toHaveProperty("type");
    expect(log.inferences.map((i) => i.code)).toEqual(["json-patch-value"]);

    const typed = objectSchemaFromFields(
      [field("op", "string"), field("path", "string"), field("value", "Array of integer")],
      { log: new ReportLog(), location: "body" },
    );
    expect((typed.properties as Record<string, Record<string, unknown>>).value).toMatchObject({
      type: "array",
      items: { type: "integer" },
    });
    // Not a patch: a bare object elsewhere stays an open object.
    const other = objectSchemaFromFields([field("name", "string"), field("value", "object")], {
      log: new ReportLog(),
      location: "body",
    });
    expect((other.properties as Record<string, Record<string, unknown>>).value).toMatchObject({
      type: "object",
      additionalProperties: true,
    });
  });
});
