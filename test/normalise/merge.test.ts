import { describe, expect, it } from "vitest";
import { diffOperations, mergeCaptures, type PlacedOperation } from "../../src/normalise/merge.js";
import { ReportLog } from "../../src/normalise/report.js";
import { at, field, operation, param, response } from "./model-builders.js";

const place = (op: ReturnType<typeof operation>, path: string, file: string): PlacedOperation => ({
  op,
  file,
  pageTitle: "",
  path,
  captures: [],
});

describe("diffOperations", () => {
  it("names every kind of difference", () => {
    const older = operation("put", "/c/{id}", "Change client", {
      parameters: [param("id", "path"), param("old", "query", "string")],
      body: { fields: [field("name", "string"), field("wid", "integer")], source: at() },
      responses: [
        response("200", {
          fields: [field("id", "integer"), field("tags", "Array of object", "-", { children: [field("x", "string")] })],
        }),
        response("403"),
      ],
    });
    const newer = operation("put", "/c/{id}", "Change client", {
      description: "Updated text.",
      parameters: [param("id", "path", "string")],
      body: { fields: [field("name", "string"), field("notes", "string")], source: at() },
      responses: [
        response("200", { fields: [field("id", "string"), field("tags", "Array of object", "-", { children: [] })] }),
        response("404"),
      ],
    });
    const messages = diffOperations(older, newer).map((d) => d.message);
    expect(messages).toEqual([
      "description changed",
      'path parameter "id" type changed from "integer" to "string"',
      'query parameter "old" removed',
      'body field "notes" added',
      'body field "wid" removed',
      'response 200 field "id" type changed from "integer" to "string"',
      'response 200 field "tags.x" removed',
      "response 404 added",
      "response 403 removed",
    ]);
  });

  it("finds nothing between identical captures", () => {
    const op = operation("get", "/c", "List clients");
    expect(diffOperations(op, structuredClone(op))).toEqual([]);
  });
});

describe("mergeCaptures", () => {
  it("keeps one operation per method and path, the later capture winning, and reports drift naming both", () => {
    const log = new ReportLog();
    const old = operation("get", "/c", "List clients", { anchor: "get-list-clients", source: at(10, "old.txt") });
    const other = operation("post", "/c", "Create client");
    const fresh = operation("get", "/c", "List clients", {
      description: "New.",
      section: "",
      source: at(20, "new.html"),
    });
    const merged = mergeCaptures(
      [place(old, "/c", "old.txt"), place(other, "/c", "old.txt"), place(fresh, "/c", "new.html")],
      log,
    );
    expect(merged.map((m) => m.op.method)).toEqual(["get", "post"]);
    expect(merged[0]!.op.description).toBe("New.");
    expect(merged[0]!.op.section).toBe("Clients");
    expect(merged[0]!.op.anchor).toBe("get-list-clients");
    expect(merged[0]!.captures.map((c) => c.file)).toEqual(["old.txt", "new.html"]);
    expect(log.conflicts).toHaveLength(1);
    expect(log.conflicts[0]!.message).toContain("old.txt:10 → new.html:20");
  });
});

describe("mergeCaptures keeps what only the older capture spelled out", () => {
  it("keeps the older nested table when the newer capture lists the object without one, and reports it", () => {
    const older = operation("put", "/w/{id}", "Update workspace", {
      responses: [
        response("200", {
          fields: [
            field("subscription", "object", "-", {
              children: [field("card_details", "object"), field("renewal_at", "string")],
            }),
          ],
        }),
      ],
    });
    const newer = operation("put", "/w/{id}", "Update workspace", {
      responses: [response("200", { fields: [field("subscription", "object", "deprecated"), field("id", "integer")] })],
    });
    const log = new ReportLog();
    const [merged] = mergeCaptures([place(older, "/w/{id}", "old.txt"), place(newer, "/w/{id}", "new.html")], log);
    const subscription = merged!.op.responses[0]!.fields!.find((f) => f.name === "subscription")!;
    expect(subscription.description).toBe("deprecated");
    expect(subscription.children!.map((c) => c.name)).toEqual(["card_details", "renewal_at"]);
    expect(log.repairs.map((r) => r.code)).toEqual(["capture-detail-kept"]);
  });

  it("does not carry nested fields over a type change, and keeps a real heading's title over a made-up one", () => {
    const older = operation("put", "/c/{id}", "Change client", {
      body: { fields: [field("meta", "object", "-", { children: [field("x", "string")] })], source: at() },
    });
    const headingless = operation("put", "/c/{id}", "Update workspace client", {
      methodEvidence: [{ from: "rust", method: "put", source: at() }],
      body: { fields: [field("meta", "string")], source: at() },
    });
    const log = new ReportLog();
    const [merged] = mergeCaptures([place(older, "/c/{id}", "a.txt"), place(headingless, "/c/{id}", "b.txt")], log);
    expect(merged!.op.title).toBe("Change client");
    expect(merged!.op.body!.fields[0]!.children).toBeUndefined();
    expect(log.conflicts.map((c) => c.message).join("\n")).not.toMatch(/title changed/);
    expect(log.repairs).toEqual([]);
  });
});
