import { describe, expect, it } from "vitest";
import { sourceRef } from "../../src/normalise/provenance.js";

describe("provenance", () => {
  it("writes file:line", () => {
    expect(sourceRef({ file: "spec/sources/a.txt", line: 12 })).toBe("spec/sources/a.txt:12");
  });
});
