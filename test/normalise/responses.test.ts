import { describe, expect, it } from "vitest";
import { ReportLog } from "../../src/normalise/report.js";
import {
  normaliseStatus,
  nullableSuccessEvidence,
  readResponses,
  reasonPhrase,
  responseWithBody,
  unknownBodyEvidence,
  type ResponseContext,
} from "../../src/normalise/responses.js";
import { at, field, response } from "./model-builders.js";

/** The responses as an operation without shared components writes them. */
function buildResponses(...args: Parameters<typeof readResponses>) {
  return Object.fromEntries(
    Object.entries(readResponses(...args)).map(([status, part]) => [status, responseWithBody(part)]),
  );
}

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
    expect(result["200"]).toMatchObject({
      description: "OK",
      content: { "application/json": { schema: { type: "object" } } },
    });
    // The neutral convention: an error body the docs do not show gets no content, nothing invented.
    expect(result["400"]).toEqual({
      description: "Bad Request\n\nPossible messages:\n- Client name cannot be empty",
      "x-error-messages": ["Client name cannot be empty"],
    });
    expect(result["403"]).toEqual({ description: "Forbidden" });
  });

  it("types an unshown error body as a JSON string only for an API whose profile says errorBody: json-string", () => {
    const shown = [
      response("400", { messages: ["Missing or invalid workspace_id"] }),
      response("403", { description: "Forbidden" }),
    ];
    const result = buildResponses(shown, at(1), new ReportLog(), undefined, "json-string");
    expect(result["400"]!.content).toEqual({ "application/json": { schema: { type: "string" } } });
    expect(result["403"]!.content).toEqual({ "application/json": { schema: { type: "string" } } });
    // A body the docs do show keeps its own schema whatever the convention.
    const tabled = buildResponses(
      [response("400", { fields: [field("error", "string")] })],
      at(1),
      new ReportLog(),
      undefined,
      "json-string",
    );
    expect(tabled["400"]!.content).toMatchObject({ "application/json": { schema: { type: "object" } } });
  });

  it("leaves a success without a table bodiless and adds a 200 when none is documented", () => {
    const log = new ReportLog();
    expect(buildResponses([response("204", { description: "Deleted." })], at(1), log)).toEqual({
      "204": { description: "Deleted." },
    });
    const repaired = buildResponses([response("404")], at(2), log);
    // Integer-like keys always enumerate in numeric order in JS objects.
    expect(Object.keys(repaired)).toEqual(["200", "404"]);
    expect(log.repairs.map((r) => r.code)).toEqual(["success-response-added"]);
  });

  it("adds no 200 when a `default` response is documented: it answers every status, success included", () => {
    const log = new ReportLog();
    const result = buildResponses([response("default", { description: "successful operation" })], at(1), log);
    expect(Object.keys(result)).toEqual(["default"]);
    expect(log.repairs).toEqual([]);
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

  it("types a documented binary export by the formats its URL and sentence name", () => {
    const log = new ReportLog();
    const context: ResponseContext = {
      method: "post",
      path: "/workspace/{workspace_id}/search/time_entries.{extension}",
      title: "Export detailed report",
      description: "",
      parameterDescriptions: { extension: "csv,xlsx" },
    };
    // detailed_reports.html:93
    const result = buildResponses(
      [response("200", { description: "Returns the detailed report in the specified format: csv or xlsx" })],
      at(1),
      log,
      context,
    );
    expect(result["200"]!.content).toEqual({
      "text/csv": { schema: { type: "string", format: "binary" } },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        schema: { type: "string", format: "binary" },
      },
    });
    expect(result["200"]!["x-inferred-from"]).toEqual({
      mediaType: "csv,xlsx | Returns the detailed report in the specified format: csv or xlsx",
    });
    expect(log.inferences.map((i) => i.code)).toEqual(["export-media-type"]);
  });
});

describe("a success without a table", () => {
  it.each([
    // [status, sentence, method, evidence or undefined]
    [
      "200",
      "Returns grouped time entries for detailed report",
      "post",
      "Returns grouped time entries for detailed report",
    ], // detailed_reports.html:42
    [
      "200",
      "A stream with the csv or xlsx for the report being exported",
      "post",
      "A stream with the csv or xlsx for the report being exported",
    ], // insights.html
    ["200", "OK", "get", "GET 200: OK"], // api-me.html:133 (GET /me/logged)
    ["200", "Successful operation.", "delete", undefined], // api-clients.html: a DELETE says only that it worked
    ["200", "OK", "post", undefined],
    ["200", "Returns only status code.", "delete", undefined], // api-time_entries.html
    ["201", "Successfully created.", "post", undefined], // api-workspaces.html (rates)
    ["204", "Returns nothing", "get", undefined],
  ] as const)("%s %j on %s → %j", (status, sentence, method, evidence) => {
    expect(unknownBodyEvidence(status, sentence, method)).toBe(evidence);
  });

  it("gets a body of unknown shape, with its evidence, when the sentence says what comes back", () => {
    const log = new ReportLog();
    const result = buildResponses([response("200", { description: "Returns the summary time entries" })], at(1), log, {
      method: "post",
      path: "/workspace/{workspace_id}/summary/time_entries",
      title: "Search time entries",
      description: "",
      parameterDescriptions: {},
    });
    expect(result["200"]).toEqual({
      description: "Returns the summary time entries",
      content: { "application/json": { schema: {} } },
      "x-inferred-from": { body: "Returns the summary time entries" },
    });
  });
});

describe("nullable success bodies", () => {
  const current: ResponseContext = {
    method: "get",
    path: "/me/time_entries/current",
    title: "Get current time entry",
    description: "Load running time entry for user ID.",
    parameterDescriptions: {},
  };

  it.each([
    // api-time_entries.html:48: the running entry, which is null when no timer runs
    [current, "", "running time entry"],
    [
      {
        ...current,
        path: "/me/time_entries/{time_entry_id}",
        title: "Get a time entry by ID.",
        description: "Load time entry by ID.",
      },
      "",
      undefined,
    ],
    [{ ...current, path: "/me", title: "Me", description: "Returns details for the current user." }, "", undefined],
    [{ ...current, method: "patch" as const }, "", undefined],
    [{ ...current, path: "/x", description: "" }, "The entry, or null when none is running", "null when"],
  ])("%#", (context, sentence, evidence) => {
    expect(nullableSuccessEvidence(response("200", { description: sentence }), context)).toBe(evidence);
  });

  it("wraps a shared body as anyOf [$ref, null] and a plain one with a type list, once the body is placed", () => {
    const log = new ReportLog();
    const context: ResponseContext = { ...current, path: "/x", description: "" };
    const parts = readResponses(
      [
        response("200", { description: "The entry, or null when none is running", fields: [field("id", "integer")] }),
        response("201", { description: "The entry, or null when none is running", fields: [field("id", "integer")] }),
        response("202", { fields: [field("id", "integer")] }),
      ],
      at(1),
      log,
      context,
    );
    const ref = { $ref: "#/components/schemas/TimeEntry" };
    const schemaOf = (status: string, place?: (s: Record<string, unknown>) => Record<string, unknown>) =>
      (responseWithBody(parts[status]!, place).content as Record<string, { schema: unknown }>)["application/json"]!
        .schema;
    expect(schemaOf("200", () => ref)).toEqual({ anyOf: [ref, { type: "null" }] });
    expect(schemaOf("201")).toMatchObject({ type: ["object", "null"] });
    expect(schemaOf("202")).toMatchObject({ type: "object" });
    expect(parts["200"]!.object["x-inferred-from"]).toEqual({ nullable: "null when" });
    expect(log.inferences.map((i) => i.code)).toEqual(["nullable-response", "nullable-response"]);
  });
});
