import { describe, expect, it } from "vitest";
import { jsonMediaType, preferredMediaType, responseKindFor } from "../../src/openapi/media-type.js";

describe("choosing a body's media type", () => {
  it.each([
    [{ "application/json": {} }, "application/json"],
    [{ "text/plain": {}, "application/vnd.api+json": {} }, "application/vnd.api+json"],
    [{ "application/problem+json": {}, "application/json;charset=utf-8": {} }, "application/json;charset=utf-8"],
    [{ "text/plain": {} }, undefined],
    [{ "application/jsonl": {} }, undefined],
    [undefined, undefined],
  ])("jsonMediaType(%j) = %s", (content, expected) => expect(jsonMediaType(content)).toBe(expected));

  it.each([
    [{ "text/csv": {}, "application/json": {} }, "application/json"],
    [{ "text/csv": {}, "application/pdf": {} }, "text/csv"],
    [{}, undefined],
    ["application/json", undefined],
  ])("preferredMediaType(%j) = %s", (content, expected) => expect(preferredMediaType(content)).toBe(expected));
});

describe("how a media type is read", () => {
  it.each([
    [undefined, "none"],
    ["application/json", "json"],
    ["application/geo+json; charset=utf-8", "json"],
    ["text/plain", "text"],
    ["text/csv", "bytes"],
    ["application/pdf", "bytes"],
    ["application/octet-stream", "bytes"],
  ] as const)("responseKindFor(%s) = %s", (mediaType, kind) => expect(responseKindFor(mediaType)).toBe(kind));
});
