import { describe, expect, it } from "vitest";
import { operationInfoConst, renderOperationsModule } from "../../src/generate/operations-data.js";
import { printStatements } from "../../src/generate/print.js";
import { planFixture } from "./compile-helpers.js";
import { resolveMethodNames } from "../../src/generate/method-names.js";
import { planClient } from "../../src/generate/plan.js";
import { readSpec } from "../../src/generate/spec.js";

const printed = (statement: ReturnType<typeof operationInfoConst>) => printStatements("operations.ts", [statement]);

const operations = (fixture: string) => planFixture(fixture, "X").tags.flatMap((t) => t.operations);

describe("operations.ts data", () => {
  it("emits one OperationInfo const with route, parameter names, body flag and error messages", () => {
    const create = operations("toggl").find((op) => op.operationId === "createClient");
    expect(create && printed(operationInfoConst(create))).toBe(
      [
        "export const createClientOperation: OperationInfo = {",
        ' operationId: "createClient",',
        ' method: "post",',
        ' path: "/workspaces/{workspace_id}/clients",',
        ' pathParams: ["workspace_id"],',
        " queryParams: [],",
        " hasBody: true,",
        ' errorMessages: { "400": ["Client name cannot be empty", "Client with this name already exists"] }',
        " };\n",
      ].join(""),
    );
  });

  it("lists header parameters only when there are some", () => {
    const list = operations("bearer")[0];
    expect(list && printed(operationInfoConst(list))).toContain(
      ' queryParams: ["limit"], headerParams: ["X-Request-Id"], hasBody: false,',
    );
    const create = operations("toggl").find((op) => op.operationId === "createClient");
    expect(create && printed(operationInfoConst(create))).not.toContain("headerParams");
  });

  it("carries the operation's own server, its response media type and kind, and its pagination", () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://api.example.test/reports/api/v3" }],
      paths: {
        "/export.pdf": {
          post: {
            operationId: "exportPdf",
            servers: [{ url: "/insights/api/v1" }],
            responses: { "200": { description: "PDF", content: { "application/pdf": {} } } },
          },
        },
        "/rows": {
          post: {
            operationId: "searchRows",
            "x-pagination": { style: "headers", in: "body", cursors: { "X-Next-ID": "first_id" } },
            responses: {
              "200": { description: "rows", content: { "application/json": { schema: { type: "array" } } } },
            },
          },
        },
        "/ping": { get: { operationId: "ping", responses: { "204": { description: "none" } } } },
      },
    };
    const planned = planClient(readSpec(document, "t.json"), "T", resolveMethodNames(document)).tags.flatMap(
      (t) => t.operations,
    );
    const text = (id: string) => printed(operationInfoConst(planned.find((op) => op.operationId === id)!));
    expect(text("exportPdf")).toContain(
      'serverUrl: "https://api.example.test/insights/api/v1", responseMediaType: "application/pdf", responseKind: "bytes"',
    );
    expect(text("searchRows")).toContain(
      'hasBody: false, pagination: {"style":"headers","in":"body","cursors":{"X-Next-ID":"first_id"}}',
    );
    expect(text("ping")).toContain('responseKind: "none"');
    expect(text("searchRows")).not.toMatch(/responseMediaType|responseKind/);
    expect(text("ping")).not.toMatch(/serverUrl|responseMediaType|pagination/);
  });

  it("rejects a malformed x-pagination with its pointer", () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/rows": { get: { "x-pagination": { style: "page", in: "query" }, responses: {} } } },
    };
    expect(() => readSpec(document, "t.json")).toThrow(
      /t\.json:1: #\/paths\/~1rows\/get\/x-pagination: x-pagination of style page needs a string `pageParam`/,
    );
  });

  it("imports only the OperationInfo type and holds no functions", () => {
    const text = renderOperationsModule(operations("toggl"), "../runtime/index.js");
    expect(text.startsWith('import type { OperationInfo } from "../runtime/index.js";\n')).toBe(true);
    expect(text.match(/^export const /gm)).toHaveLength(8);
    expect(text).not.toMatch(/function|=>/);
  });
});
