import { describe, expect, it } from "vitest";
import { ReportLog } from "../../src/normalise/report.js";
import { buildResponses, normaliseStatus, reasonPhrase } from "../../src/normalise/responses.js";
import { at, field, response } from "./model-builders.js";

describe("buildResponses", () => {
  it("turns tables, sentences and messages into responses keyed by status string", () => {
    const log = new ReportLog();
    const result = buildResponses(
      [
        response("200", { fields: [field("id", "integer")] }),
        response("400", { messages: ["Client name cannot be empty"] }),
        response("403", { description: "Forbidden" }),
      ],
      at(1),
      log,
    );
    expect(Object.keys(result)).toEqual(["200", "400", "403"]);
    expect(result["200"]).toMatchObject({ description: "OK", content: { "application/json": { schema: { type: "object" } } } });
    expect(result["400"]).toEqual({
      description: "Bad Request\n\nPossible messages:\n- Client name cannot be empty",
      content: { "application/json": { schema: { type: "string" } } },
      "x-error-messages": ["Client name cannot be empty"],
    });
    expect(result["403"]!.description).toBe("Forbidden");
  });

  it("leaves a success without a table bodiless and adds a 200 when none is documented", () => {
    const log = new ReportLog();
    expect(buildResponses([response("204", { description: "Deleted." })], at(1), log)).toEqual({ "204": { description: "Deleted." } });
    const repaired = buildResponses([response("404")], at(2), log);
    // Integer-like keys always enumerate in numeric order in JS objects.
    expect(Object.keys(repaired)).toEqual(["200", "404"]);
    expect(log.repairs.map((r) => r.code)).toEqual(["success-response-added"]);
  });

  it("reads a schema from a JSON example and sets it as the example", () => {
    const log = new ReportLog();
    const example = { client: { id: "x", createdAt: "2024-01-15T10:00:00Z" } };
    const result = buildResponses([response("200", { example })], at(1), log);
    const media = (result["200"]!.content as Record<string, Record<string, unknown>>)["application/json"]!;
    expect(media.example).toEqual(example);
    expect(JSON.stringify(media.schema)).toContain('"format":"date-time"');
  });

  it("reports a status that is not one", () => {
    const log = new ReportLog();
    buildResponses([response("OK"), response("200")], at(1), log);
    expect(log.warnings.map((w) => w.code)).toEqual(["bad-status"]);
  });

  it("knows statuses and reason phrases", () => {
    expect(normaliseStatus(" 201 ")).toBe("201");
    expect(normaliseStatus("4xx")).toBe("4XX");
    expect(normaliseStatus("abc")).toBeUndefined();
    expect(reasonPhrase("429")).toBe("Too Many Requests");
    expect(reasonPhrase("299")).toBe("Success");
  });
});
