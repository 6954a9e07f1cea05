/**
 * Which reader takes a page when it carries marks of both text styles: before the fix, one line
 * "Method + Path" in a Toggl text capture handed it to the clients-v1 reader and its Toggl
 * operations vanished without a word.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPageText } from "../../../src/scrape/index.js";

const TOGGL = "spec/sources/toggl-track-v9/text/clients.txt";
const CLIENTS_V1 = "spec/sources/clients-v1/update-client.txt";
const insertAt = (text: string, line: number, extra: string) => {
  const lines = text.split("\n");
  lines.splice(line, 0, extra);
  return lines.join("\n");
};

describe("reader choice between the Toggl text and clients-v1 styles", () => {
  it("a stray Method + Path line leaves a Toggl capture to the Toggl reader, which names the line", () => {
    const original = readPageText(readFileSync(TOGGL, "utf8"), TOGGL);
    const page = readPageText(insertAt(readFileSync(TOGGL, "utf8"), 3, "Method + Path"), TOGGL);
    expect(page.dialect).toBe("toggl-text");
    expect(page.operations.map((op) => op.title)).toEqual(original.operations.map((op) => op.title));
    expect(page.diagnostics.find((d) => d.code === "foreign-method-path")?.source.line).toBe(4);
  });

  it("a clients-v1 page keeps its reader with one stray METHOD Title line, and names that line", () => {
    const page = readPageText(insertAt(readFileSync(CLIENTS_V1, "utf8"), 1, "GET Lost operation"), CLIENTS_V1);
    expect(page.dialect).toBe("clients-v1");
    expect(page.operations).toHaveLength(1);
    expect(page.diagnostics.find((d) => d.code === "foreign-operation-heading")?.message).toContain(
      "GET Lost operation",
    );
  });

  it("a page with more Toggl headings than Method + Path blocks is read as Toggl text, naming the block it skips", () => {
    const text = insertAt(
      insertAt(readFileSync(CLIENTS_V1, "utf8"), 1, "GET One\nhttps://x.test/v1/one"),
      1,
      "POST Two\nhttps://x.test/v1/two",
    );
    const page = readPageText(text, CLIENTS_V1);
    expect(page.dialect).toBe("toggl-text");
    expect(page.diagnostics.find((d) => d.code === "foreign-method-path")?.message).toContain(
      "/v1/workspace/:workspaceId/clients/:clientId",
    );
  });
});
