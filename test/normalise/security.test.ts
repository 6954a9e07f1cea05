import { describe, expect, it } from "vitest";
import { buildSecurity } from "../../src/normalise/security.js";
import { operation } from "./model-builders.js";

describe("buildSecurity", () => {
  it("maps basic and bearer to http schemes, in the config's order, as alternatives", () => {
    expect(buildSecurity(["basic", "bearer"], [])).toEqual({
      securitySchemes: { basic: { type: "http", scheme: "basic" }, bearer: { type: "http", scheme: "bearer" } },
      security: [{ basic: [] }, { bearer: [] }],
    });
  });

  it("says JWT when the docs' authentication text does", () => {
    const op = operation("patch", "/x", "Update x", { authentication: "Required - JWT token in Authorization header" });
    expect(buildSecurity(["bearer"], [op]).securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer", bearerFormat: "JWT" });
  });
});
