import { describe, expect, it } from "vitest";
import { applyProseFacts, describeInferred } from "../../src/normalise/prose-facts.js";

describe("applyProseFacts", () => {
  it("makes a typed schema nullable the 3.1 way, including its enum", () => {
    const applied = applyProseFacts(
      { type: "string" },
      { enum: { values: ["a", "b"], evidence: "one of: a, b" }, nullable: { evidence: "can be null" } },
    );
    expect(applied.schema).toEqual({ type: ["string", "null"], enum: ["a", "b", null] });
    expect(applied.inferred).toEqual({ enum: "one of: a, b", nullable: "can be null" });
  });

  it("puts enums and formats of arrays on the items", () => {
    const applied = applyProseFacts(
      { type: "array", items: { type: "string" } },
      { enum: { values: ["x", "y"], evidence: "e" } },
    );
    expect(applied.schema).toEqual({ type: "array", items: { type: "string", enum: ["x", "y"] } });
  });

  it("does not claim a format on a non-string, nor nullability of an untyped schema", () => {
    const applied = applyProseFacts({ type: "integer" }, { format: { value: "date-time", evidence: "Timestamp" } });
    expect(applied.inferred).toEqual({});
    expect(applyProseFacts({}, { nullable: { evidence: "or null" } }).inferred).toEqual({});
  });

  it('claims no format for a field whose enum lists format names (Reports\' date_format: "YYYY-MM-DD" is a value)', () => {
    const evidence = 'Can be "MM/DD/YYYY", "DD-MM-YYYY" or "YYYY-MM-DD"';
    const applied = applyProseFacts(
      { type: "string" },
      {
        enum: { values: ["MM/DD/YYYY", "DD-MM-YYYY", "YYYY-MM-DD"], evidence },
        format: { value: "date", evidence: "YYYY-MM-DD" },
      },
    );
    expect(applied.schema).toEqual({ type: "string", enum: ["MM/DD/YYYY", "DD-MM-YYYY", "YYYY-MM-DD"] });
    expect(applied.inferred).toEqual({ enum: evidence });
  });

  it("reports required and deprecated without changing the input", () => {
    const base = { type: "integer" };
    const applied = applyProseFacts(base, {
      required: { value: true, evidence: "required" },
      deprecated: { evidence: "deprecated" },
    });
    expect(applied.required).toBe(true);
    expect(applied.deprecated).toBe(true);
    expect(base).toEqual({ type: "integer" });
    expect(describeInferred(applied.inferred, applied.schema)).toEqual([
      'deprecated from "deprecated"',
      'required from "required"',
    ]);
  });
});

describe("applyProseFacts: nullable items", () => {
  it("lets the items of an array admit null when the docs say to send [null] (detailed_reports.html client_ids)", async () => {
    const { applyProseFacts } = await import("../../src/normalise/prose-facts.js");
    const applied = applyProseFacts(
      { type: "array", items: { type: "integer" } },
      { nullableItems: { evidence: "[null]" } },
    );
    expect(applied.schema).toEqual({ type: "array", items: { type: ["integer", "null"] } });
    expect(applied.inferred).toEqual({ nullableItems: "[null]" });
    // Not an array: nothing to apply.
    expect(applyProseFacts({ type: "integer" }, { nullableItems: { evidence: "[null]" } }).inferred).toEqual({});
  });
});
