import { describe, expect, it } from "vitest";
import {
  childPointer,
  dereference,
  dereferenceRecord,
  pointerTo,
  pointerTokens,
  resolvePointer,
} from "../../src/openapi/pointer.js";

describe("building and reading pointers", () => {
  it("escapes ~ and / in tokens", () => {
    expect(pointerTo("paths", "/a/{b}", "get")).toBe("#/paths/~1a~1{b}/get");
    expect(pointerTo("x", "a~b")).toBe("#/x/a~0b");
    expect(childPointer("#/paths", "/a")).toBe("#/paths/~1a");
    expect(pointerTo()).toBe("#");
  });

  it.each([
    ["#", []],
    ["#/", []],
    ["#/paths/~1a~1b/get", ["paths", "/a/b", "get"]],
    ["#/x/a~01", ["x", "a~1"]],
    ["#/x/a%20b", ["x", "a b"]],
    ["#/x/100%", ["x", "100%"]],
    ["other.yaml#/x", undefined],
    ["https://example.test/s.json#/x", undefined],
  ])("pointerTokens(%j) = %j", (pointer, tokens) => expect(pointerTokens(pointer)).toEqual(tokens));

  it("round-trips every token", () => {
    const tokens = ["paths", "/a~b/{c}", "0", "~1"];
    expect(pointerTokens(pointerTo(...tokens))).toEqual(tokens);
  });
});

describe("resolvePointer", () => {
  const document = { a: { "x/y": { v: 1 } }, list: [{ n: 0 }, { n: 1 }], z: null };

  it.each([
    ["#", document],
    ["#/a/x~1y/v", 1],
    ["#/list/1/n", 1],
    ["#/z", null],
    ["#/a/missing", undefined],
    ["#/list/01", undefined],
    ["#/list/length", undefined],
    ["#/a/constructor", undefined],
    ["#/a/x~1y/v/deeper", undefined],
    ["other.json#/a", undefined],
  ])("%s", (pointer, value) => expect(resolvePointer(document, pointer)).toEqual(value));
});

describe("dereference", () => {
  const document = {
    components: {
      parameters: { Id: { name: "id", in: "path" }, Alias: { $ref: "#/components/parameters/Id" } },
      loop: { a: { $ref: "#/components/loop/b" }, b: { $ref: "#/components/loop/a" } },
    },
  };

  it("follows a chain of references to the object", () => {
    expect(dereference(document, { $ref: "#/components/parameters/Alias" })).toEqual({ name: "id", in: "path" });
  });

  it("returns a value that is no reference as it is", () => {
    expect(dereference(document, "text")).toBe("text");
  });

  it("stops on a loop and on a reference that leads nowhere, at the last object", () => {
    expect(dereference(document, { $ref: "#/components/loop/a" })).toHaveProperty("$ref");
    expect(dereference(document, { $ref: "#/nowhere" })).toEqual({ $ref: "#/nowhere" });
  });

  it("dereferenceRecord gives an empty object for what is not one", () => {
    expect(dereferenceRecord(document, undefined)).toEqual({});
    expect(dereferenceRecord(document, [1])).toEqual({});
  });
});
