import { describe, expect, it } from "vitest";
import {
  operationTypeRef,
  paramsAreRequired,
  paramsTypeParts,
  compactLayout,
  renderSchemaTypes,
  responseTypeParts,
} from "../../src/generate/types.js";
import type { SpecOperation } from "../../src/generate/spec.js";
import { loadFixture } from "./compile-helpers.js";

function operation(overrides: Partial<SpecOperation>): SpecOperation {
  return {
    pointer: "#/paths/~1x/get",
    operationId: "listThings",
    method: "get",
    path: "/x/{id}",
    tags: [],
    deprecated: false,
    parameters: [],
    successResponses: [],
    response: { kind: "json", mediaType: "application/json" },
    errorMessages: {},
    viaPathItemRef: false,
    ...overrides,
  };
}

const ref = 'operations["listThings"]';

describe("operationTypeRef", () => {
  it("uses `operations` for unique ids and `paths` otherwise", () => {
    expect(operationTypeRef(operation({}), true)).toBe('operations["listThings"]');
    expect(operationTypeRef(operation({ operationId: "a#b" }), true)).toBe('operations["a/b"]');
    expect(operationTypeRef(operation({}), false)).toBe('paths["/x/{id}"]["get"]');
    expect(operationTypeRef(operation({ viaPathItemRef: true }), true)).toBe('paths["/x/{id}"]["get"]');
    expect(operationTypeRef(operation({ operationId: undefined }), true)).toBe('paths["/x/{id}"]["get"]');
  });
});

describe("paramsTypeParts", () => {
  it("intersects path, optional query (unwrapped) and required body", () => {
    const op = operation({
      parameters: [
        { name: "id", in: "path", required: true },
        { name: "page", in: "query", required: false },
      ],
      body: { required: true, mediaType: "application/json" },
    });
    expect(paramsTypeParts(op, ref)).toEqual([
      'operations["listThings"]["parameters"]["path"]',
      'NonNullable<operations["listThings"]["parameters"]["query"]>',
      '{ body: NonNullable<operations["listThings"]["requestBody"]>["content"]["application/json"] }',
    ]);
    expect(paramsAreRequired(op)).toBe(true);
  });

  it("keeps a query section with a required parameter as is, and an optional body optional", () => {
    const op = operation({
      parameters: [{ name: "q", in: "query", required: true }],
      body: { required: false, mediaType: "application/json" },
    });
    expect(paramsTypeParts(op, ref)).toEqual([
      'operations["listThings"]["parameters"]["query"]',
      '{ body?: NonNullable<operations["listThings"]["requestBody"]>["content"]["application/json"] }',
    ]);
  });

  it("is an empty object type, and optional, when there is nothing to pass", () => {
    const op = operation({
      parameters: [{ name: "h", in: "header", required: false }],
    });
    expect(paramsAreRequired(op)).toBe(false);
    expect(paramsTypeParts(operation({}), ref)).toEqual(["Record<string, never>"]);
  });
});

describe("responseTypeParts", () => {
  it("unites the JSON bodies of the 2xx responses", () => {
    const op = operation({
      successResponses: [
        { status: "200", mediaType: "application/json", hasContent: true },
        { status: "201", mediaType: "application/json", hasContent: true },
        { status: "204", hasContent: false },
      ],
    });
    expect(responseTypeParts(op, ref)).toEqual([
      'operations["listThings"]["responses"]["200"]["content"]["application/json"]',
      'operations["listThings"]["responses"]["201"]["content"]["application/json"]',
    ]);
  });

  it("is void without a body, and unknown for a body of no known shape", () => {
    expect(
      responseTypeParts(
        operation({ successResponses: [{ status: "204", hasContent: false }], response: { kind: "none" } }),
        ref,
      ),
    ).toEqual(["void"]);
    expect(
      responseTypeParts(
        operation({
          successResponses: [{ status: "200", hasContent: true }],
          response: { kind: "json", mediaType: "application/json" },
        }),
        ref,
      ),
    ).toEqual(["unknown"]);
  });

  it.each([
    ["application/pdf", "bytes", "ArrayBuffer"],
    ["text/csv", "bytes", "ArrayBuffer"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bytes", "ArrayBuffer"],
    ["text/plain", "text", "string"],
  ] as const)("follows the documented media type: %s is read as %s, typed %s", (mediaType, kind, type) => {
    const op = operation({ successResponses: [{ status: "200", hasContent: true }], response: { kind, mediaType } });
    expect(responseTypeParts(op, ref)).toEqual([type]);
  });
});

describe("renderSchemaTypes", () => {
  it("emits paths, components and operations with openapi-typescript", async () => {
    const text = await renderSchemaTypes(loadFixture("toggl"));
    expect(text).toMatch(/^export interface paths \{/m);
    expect(text).toMatch(/^export interface components \{/m);
    expect(text).toMatch(/^export interface operations \{\n\tlistClients: \{/m);
  });

  it("lays it out compactly: tabs, never-members on one line, no JSDoc in paths, no @description tag, no empty headers", () => {
    const raw = [
      "export interface paths {",
      '    "/a": {',
      "        /** List a */",
      '        get: operations["listA"];',
      "        put?: never;",
      "        post?: never;",
      "    };",
      "}",
      "export interface operations {",
      "    listA: {",
      "        responses: {",
      "            /** @description OK */",
      "            200: {",
      "                headers: {",
      "                    [name: string]: unknown;",
      "                };",
      "            };",
      "            /**",
      "             * @description Next page",
      "             * @example 2",
      "             */",
      "            206: {",
      "                headers: {",
      '                    "X-Next-ID"?: number;',
      "                    [name: string]: unknown;",
      "                };",
      "            };",
      "        };",
      "    };",
      "}",
      "",
    ].join("\n");
    expect(compactLayout(raw)).toBe(
      [
        "export interface paths {",
        '\t"/a": {',
        '\t\tget: operations["listA"];',
        "\t\tput?: never; post?: never;",
        "\t};",
        "}",
        "export interface operations {",
        "\tlistA: {",
        "\t\tresponses: {",
        "\t\t\t/** OK */",
        "\t\t\t200: {",
        "\t\t\t};",
        "\t\t\t/**",
        "\t\t\t * Next page",
        "\t\t\t * @example 2",
        "\t\t\t */",
        "\t\t\t206: {",
        "\t\t\t\theaders: {",
        '\t\t\t\t\t"X-Next-ID"?: number;',
        "\t\t\t\t\t[name: string]: unknown;",
        "\t\t\t\t};",
        "\t\t\t};",
        "\t\t};",
        "\t};",
        "}",
        "",
      ].join("\n"),
    );
  });
});
