import { StructureKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { escapeCommentText, operationDoc, jsDoc, tagDoc } from "../../src/generate/jsdoc.js";
import { printStatements } from "../../src/generate/print.js";
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
    response: { kind: "none" },
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
        "@throws {BadRequestError} 400: Name cannot be empty; Name taken",
        "@throws {ForbiddenError} 403: Forbidden",
        "@deprecated",
        "@see https://example.com/docs#create",
      ].join("\n"),
    );
  });

  it("does not repeat a description equal to the summary, and falls back to method and path", () => {
    expect(operationDoc(operation({ summary: "Same", description: "Same" }))).toBe("Same");
    expect(operationDoc(operation({}))).toBe("GET /x");
  });

  it("escapes comment terminators from the docs", () => {
    expect(
      operationDoc(
        operation({
          summary: "a */ b",
          parameters: [{ name: "p", in: "query", required: false, description: "*/" }],
        }),
      ),
    ).toBe("a *\\/ b\n\n@param params.p - *\\/");
    expect(escapeCommentText("x*/y*/")).toBe("x*\\/y*\\/");
  });
});

describe("jsDoc", () => {
  it("prints the multi-line form, with bare stars on blank lines and no trailing spaces", () => {
    const printed = (docs: string) =>
      printStatements("doc.ts", [
        {
          kind: StructureKind.Class,
          name: "C",
          properties: [{ name: "p", docs: [jsDoc(docs)] }],
        },
      ]);
    expect(printed("Title  \n \n@deprecated")).toBe(
      "class C {\n  /**\n   * Title\n   *\n   * @deprecated\n   */\n  p;\n}\n",
    );
    expect(printed("GET /x")).toBe("class C {\n  /**\n   * GET /x\n   */\n  p;\n}\n");
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

describe("error statuses in JSDoc", () => {
  it("names the runtime class per status and keeps sentences that say more than the reason phrase", async () => {
    const { isReasonPhrase } = await import("../../src/generate/http-status.js");
    const { errorClassNameFor } = await import("../../src/runtime/errors.js");
    expect(
      ["400", "401", "402", "403", "404", "410", "422", "429", "500", "503", "5XX", "418"].map((s) =>
        errorClassNameFor(s),
      ),
    ).toEqual([
      "BadRequestError",
      "UnauthorizedError",
      "PaymentRequiredError",
      "ForbiddenError",
      "NotFoundError",
      "GoneError",
      "UnprocessableEntityError",
      "RateLimitError",
      "ServerError",
      "ServerError",
      "ServerError",
      "ApiError",
    ]);
    expect(isReasonPhrase("Internal Server Error")).toBe(true);
    expect(isReasonPhrase("Forbidden.")).toBe(true);
    expect(isReasonPhrase("Client doesn't exist in the workspace.")).toBe(false);
  });
});
