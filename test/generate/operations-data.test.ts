import { describe, expect, it } from "vitest";
import {
  operationInfoConst,
  renderOperationsModule,
} from "../../src/generate/operations-data.js";
import { planClient } from "../../src/generate/plan.js";
import { printStatements } from "../../src/generate/print.js";
import { readSpec } from "../../src/generate/spec.js";
import { loadFixture } from "./compile-helpers.js";

const printed = (statement: ReturnType<typeof operationInfoConst>) =>
  printStatements("operations.ts", [statement]);

const operations = (fixture: string) =>
  planClient(
    readSpec(loadFixture(fixture), `${fixture}.json`),
    "X",
  ).tags.flatMap((t) => t.operations);

describe("operations.ts data", () => {
  it("emits one OperationInfo const with route, parameter names, body flag and error messages", () => {
    const create = operations("toggl").find(
      (op) => op.operationId === "createClient",
    );
    expect(create && printed(operationInfoConst(create))).toBe(
      [
        "export const createClientOperation = {",
        ' operationId: "createClient",',
        ' method: "post",',
        ' path: "/workspaces/{workspace_id}/clients",',
        ' pathParams: ["workspace_id"],',
        " queryParams: [],",
        " hasBody: true,",
        ' errorMessages: { "400": ["Client name cannot be empty", "Client with this name already exists"] }',
        " } as const satisfies OperationInfo;\n",
      ].join(""),
    );
  });

  it("lists header parameters only when there are some", () => {
    const list = operations("bearer")[0];
    expect(list && printed(operationInfoConst(list))).toContain(
      ' queryParams: ["limit"], headerParams: ["X-Request-Id"], hasBody: false }',
    );
    const create = operations("toggl").find(
      (op) => op.operationId === "createClient",
    );
    expect(create && printed(operationInfoConst(create))).not.toContain(
      "headerParams",
    );
  });

  it("imports only the OperationInfo type and holds no functions", () => {
    const text = renderOperationsModule(
      operations("toggl"),
      "../runtime/index.js",
    );
    expect(
      text.startsWith(
        'import type { OperationInfo } from "../runtime/index.js";\n',
      ),
    ).toBe(true);
    expect(text.match(/^export const /gm)).toHaveLength(8);
    expect(text).not.toMatch(/function|=>/);
  });
});
