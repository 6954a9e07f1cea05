import { describe, expect, it } from "vitest";
import { collectOperations, pathShape } from "../../src/diff/operations.js";

describe("operations", () => {
  it("erases path parameter names so renamed templates match", () => {
    expect(pathShape("/ws/{workspace_id}/clients/{id}")).toBe(pathShape("/ws/{wid}/clients/{client_id}"));
    expect(pathShape("/ws/{id}")).not.toBe(pathShape("/ws/{id}/x"));
  });

  it("merges path-level parameters, letting the operation override by in + name", () => {
    const doc = {
      paths: {
        "/c/{id}": {
          parameters: [
            { name: "id", in: "path", required: true, description: "path level" },
            { name: "q", in: "query" },
          ],
          get: {
            parameters: [{ name: "id", in: "path", required: true, description: "operation level" }],
            responses: {},
          },
          post: { responses: {} },
        },
      },
    };
    const ops = [...collectOperations(doc).values()];
    expect(ops.map((o) => o.label)).toEqual(["GET /c/{id}", "POST /c/{id}"]);
    expect(ops[0]?.pathSlots).toEqual(["id"]);
    expect(ops[0]?.parameters.map((p) => p.description ?? p.name)).toEqual(["operation level", "q"]);
  });
});
