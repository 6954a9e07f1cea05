import { describe, expect, it } from "vitest";
import {
  escapeCommentText,
  operationDoc,
  renderJsDoc,
  tagDoc,
} from "../../src/generate/jsdoc.js";
import type { SpecOperation } from "../../src/generate/spec.js";

function operation(overrides: Partial<SpecOperation>): SpecOperation {
  return {
    pointer: "#/paths/~1x/get",
    method: "get",
    path: "/x",
    tags: [],
    deprecated: false,
    parameters: [],
    successResponses: [],
    errorMessages: {},
    viaPathItemRef: false,
    ...overrides,
  };
}

describe("operationDoc", () => {
  it("has summary, description, params, errors, deprecation and link, in that order", () => {
    const doc = operationDoc(
      operation({
        summary: "Create client",
        description: "Creates a client.\nSecond line.",
        parameters: [
          {
            name: "workspace_id",
            in: "path",
            required: true,
            description: "Numeric ID\nof the workspace",
          },
          { name: "X-Request-Id", in: "header", required: false },
        ],
        body: { required: true, mediaType: "application/json" },
        errorMessages: {
          "400": ["Name cannot be empty", "Name taken"],
          "403": ["Forbidden"],
        },
        deprecated: true,
        externalDocsUrl: "https://example.com/docs#create",
      }),
    );
    expect(doc).toBe(
      [
        "Create client",
        "",
        "Creates a client.",
        "Second line.",
        "",
        "@param params.workspace_id - Numeric ID of the workspace",
        '@param params["X-Request-Id"]',
        "@param params.body - The request body.",
        "@throws {ApiError} 400: Name cannot be empty; Name taken",
        "@throws {ApiError} 403: Forbidden",
        "@deprecated",
        "@see https://example.com/docs#create",
      ].join("\n"),
    );
  });

  it("does not repeat a description equal to the summary, and falls back to method and path", () => {
    expect(
      operationDoc(operation({ summary: "Same", description: "Same" })),
    ).toBe("Same");
    expect(operationDoc(operation({}))).toBe("GET /x");
  });

  it("escapes comment terminators from the docs", () => {
    expect(
      operationDoc(
        operation({
          summary: "a */ b",
          parameters: [
            { name: "p", in: "query", required: false, description: "*/" },
          ],
        }),
      ),
    ).toBe("a *\\/ b\n\n@param params.p - *\\/");
    expect(escapeCommentText("x*/y*/")).toBe("x*\\/y*\\/");
  });
});

describe("renderJsDoc", () => {
  it("prefixes each line, with bare stars on blank lines", () => {
    expect(renderJsDoc("Title\n\n@deprecated", "  ")).toBe(
      "  /**\n   * Title\n   *\n   * @deprecated\n   */",
    );
  });
});

describe("tagDoc", () => {
  it("uses the tag's description when there is one", () => {
    expect(tagDoc("Clients", "Clients of a workspace.")).toBe(
      'Clients of a workspace.\n\nOperations tagged "Clients".',
    );
    expect(tagDoc(undefined, undefined)).toBe("Operations without a tag.");
  });
});
