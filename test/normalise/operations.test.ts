import { describe, expect, it } from "vitest";
import {
  buildOperation,
  readOperationParts,
  successReturnsArray,
  type OperationPlacement,
} from "../../src/normalise/operations.js";
import type { TypedOperation } from "../../src/normalise/typed-model.js";
import { ReportLog } from "../../src/normalise/report.js";
import { at, field, operation, param, response } from "./model-builders.js";

/** Read then built, without shared components. */
function build(op: TypedOperation, placement: OperationPlacement, log: ReportLog) {
  return buildOperation(readOperationParts(op, placement, log));
}

describe("buildOperation", () => {
  it("assembles tags, summary, parameters, body, responses, docs link, permissions and provenance", () => {
    const log = new ReportLog();
    const op = operation("post", "/w/{w}/clients", "Create client", {
      description: "Create workspace client.",
      anchor: "post-create-client",
      parameters: [param("w", "path")],
      body: { fields: [field("name", "string")], source: at() },
      requiredPermissions: ["clients.create"],
      source: at(5),
    });
    const docsLinks = {
      docsUrl: "https://d/api/",
      patterns: { section: "{docsUrl}{section}/", operation: "{docsUrl}{section}/#{anchor}" },
    };
    const result = build(op, { path: "/w/{w}/clients", operationId: "createClient", tag: "Clients", docsLinks }, log);
    expect(Object.keys(result)).toEqual([
      "tags",
      "summary",
      "description",
      "operationId",
      "parameters",
      "requestBody",
      "responses",
      "externalDocs",
      "x-required-permissions",
      "x-source",
    ]);
    expect(result.externalDocs).toEqual({ url: "https://d/api/clients/#post-create-client" });
    expect(result.requestBody).toMatchObject({
      required: true,
      content: { "application/json": { schema: { type: "object" } } },
    });
    expect(result["x-source"]).toBe("docs/page.txt:5");
  });

  it("warns about an announced body that shows nothing", () => {
    const log = new ReportLog();
    const result = build(
      operation("post", "/x", "Create x", { body: { fields: [], source: at() } }),
      { path: "/x", operationId: "createX", tag: "X" },
      log,
    );
    expect(result).not.toHaveProperty("requestBody");
    expect(log.warnings.map((w) => w.code)).toEqual(["empty-body"]);
  });
});

describe("successReturnsArray", () => {
  it("reads the first success body with a table or an example", () => {
    expect(
      successReturnsArray(
        operation("get", "/x", "X", { responses: [response("200", { fields: [field("items", "Array of object")] })] }),
      ),
    ).toBe(true);
    expect(
      successReturnsArray(
        operation("get", "/x", "X", { responses: [response("200", { fields: [field("id", "integer")] })] }),
      ),
    ).toBe(false);
    expect(successReturnsArray(operation("get", "/x", "X", { responses: [response("200", { example: [1] })] }))).toBe(
      true,
    );
    expect(
      successReturnsArray(operation("get", "/x", "X", { responses: [response("200"), response("400")] })),
    ).toBeUndefined();
  });
});
