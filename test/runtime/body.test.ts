import { describe, expect, it } from "vitest";
import { messagesOf, parseErrorBody, parseSuccessBody, shorten, summariseHtml } from "../../src/runtime/body.js";

describe("parseErrorBody", () => {
  it("a JSON string", () => {
    expect(parseErrorBody('"Missing or invalid workspace_id"', "application/json")).toEqual({
      body: "Missing or invalid workspace_id",
      messages: ["Missing or invalid workspace_id"],
    });
  });
  it("a JSON object with nested error shapes", () => {
    expect(parseErrorBody('{"error":{"message":"nope"}}', null).messages).toEqual(["nope"]);
    expect(parseErrorBody('{"errors":[{"message":"a"},{"message":"b"}]}', null).messages).toEqual(["a", "b"]);
    expect(parseErrorBody('{"code":3}', null)).toEqual({ body: { code: 3 }, messages: [] });
  });
  it("truncated JSON → the raw text, no throw", () => {
    expect(parseErrorBody('{"message":"cut', "application/json")).toEqual({
      body: '{"message":"cut',
      messages: ['{"message":"cut'],
    });
  });
  it("plain text, and an empty body", () => {
    expect(parseErrorBody("  Bad things  ", "text/plain")).toEqual({ body: "Bad things", messages: ["Bad things"] });
    expect(parseErrorBody("", null)).toEqual({ body: undefined, messages: [] });
  });
  it("HTML, by content type or by shape", () => {
    expect(parseErrorBody("<html><title> 503 &amp; down </title></html>", null).messages).toEqual(["503 & down"]);
    expect(parseErrorBody("<p>Gateway <b>timeout</b></p>", "text/html; charset=utf-8").messages).toEqual([
      "Gateway timeout",
    ]);
  });
});

describe("helpers", () => {
  it("summariseHtml drops scripts and styles and caps at 200", () => {
    expect(summariseHtml("<body><script>var x=1</script><style>a{}</style><div>Only this</div></body>")).toBe(
      "Only this",
    );
    expect(summariseHtml(`<body>${"x".repeat(500)}</body>`)).toHaveLength(200);
  });
  it("shorten marks the cut", () => {
    expect(shorten("abcdef", 4)).toBe("abc…");
    expect(shorten("abc", 4)).toBe("abc");
  });
  it("messagesOf ignores non-text", () => {
    expect(messagesOf(42)).toEqual([]);
    expect(messagesOf(null)).toEqual([]);
  });
  it("parseSuccessBody", () => {
    expect(parseSuccessBody('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseSuccessBody("")).toEqual({ ok: true, value: undefined });
    expect(parseSuccessBody("[1,")).toEqual({ ok: false, reason: "the response body is not valid JSON" });
  });
});
