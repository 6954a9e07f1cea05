import { describe, expect, it } from "vitest";
import { buildParameters } from "../../src/normalise/parameters.js";
import { ReportLog } from "../../src/normalise/report.js";
import { at, param } from "./model-builders.js";

const path = "/workspaces/{workspace_id}/clients";

describe("buildParameters", () => {
  it("types parameters, keeps provenance, and reads enums from prose", () => {
    const log = new ReportLog();
    const result = buildParameters(
      [
        param("workspace_id", "path", "integer", { description: "Numeric ID of the workspace", source: at(5) }),
        param("status", "query", "string", {
          description:
            "Use 'active' to only list active clients, 'archived' to only list archived clients and 'both' to retrieve active and archived clients.",
        }),
      ],
      path,
      at(1),
      log,
    );
    expect(result[0]).toEqual({
      name: "workspace_id",
      in: "path",
      description: "Numeric ID of the workspace",
      required: true,
      schema: { type: "integer" },
      "x-source": "docs/page.txt:5",
    });
    expect(result[1]).toMatchObject({
      name: "status",
      in: "query",
      required: false,
      schema: { type: "string", enum: ["active", "archived", "both"] },
    });
    expect(result[1]!["x-inferred-from"]).toHaveProperty("enum");
    expect(log.inferences).toHaveLength(1);
  });

  it("keeps a query filter required when the table marks it so (Toggl's contract agrees with its docs)", () => {
    const log = new ReportLog();
    const result = buildParameters(
      [
        param("name", "query", "string", { required: true, description: "Workspace user name to filter by" }),
        param("search", "query", "string", { required: true, description: "Workspace filter by name or email" }),
        param("since", "query", "integer", { required: true, description: "Timestamp since when to list" }),
      ],
      path,
      at(1),
      log,
    );
    expect(result.filter((p) => p.in === "query").map((p) => [p.name, p.required])).toEqual([
      ["name", true],
      ["search", true],
      ["since", true],
    ]);
    expect(log.repairs.map((r) => r.code).filter((c) => c !== "path-parameter-added")).toEqual([]);
  });

  it("adds a path parameter the URL has but no table declares, and reports it", () => {
    const log = new ReportLog();
    const result = buildParameters([], path, at(3), log);
    expect(result).toEqual([
      { name: "workspace_id", in: "path", required: true, schema: { type: "string" }, "x-source": "docs/page.txt:3" },
    ]);
    expect(log.repairs.map((r) => r.code)).toEqual(["path-parameter-added"]);
  });

  it("merges two alike declarations of one parameter and reports both lines", () => {
    const log = new ReportLog();
    const rows = [
      param("name", "query", "string", { source: at(10) }),
      param("name", "query", "String", { description: "Name", source: at(12) }),
    ];
    const result = buildParameters(rows, path, at(1), log);
    const name = result.filter((p) => p.name === "name");
    expect(name).toHaveLength(1);
    expect(name[0]).toMatchObject({ required: false, description: "Name", "x-source": "docs/page.txt:10" });
    expect(log.repairs.filter((r) => r.code === "parameter-merged").map((r) => r.message)).toEqual([
      'query parameter "name" is declared twice, at docs/page.txt:10 and docs/page.txt:12, alike; merged into the first',
    ]);
    expect(log.conflicts).toEqual([]);
  });

  it("keeps the first of two conflicting declarations and reports the conflict with both lines", () => {
    const log = new ReportLog();
    const rows = [
      param("page", "query", "integer", { source: at(20), description: "Page number" }),
      param("page", "query", "string", { required: true, source: at(31), description: "Page token" }),
      param("X-Trace", "header", "string", { source: at(40) }),
      param("x-trace", "header", "string", { source: at(41), description: "Trace id" }),
    ];
    const result = buildParameters(rows, "/x", at(1), log);
    expect(result.map((p) => [p.name, p.required, (p.schema as { type: string }).type, p.description])).toEqual([
      ["page", false, "integer", "Page number"],
      ["X-Trace", false, "string", "Trace id"],
    ]);
    expect(log.conflicts.map((c) => [c.code, c.source, c.message])).toEqual([
      [
        "parameter-conflict",
        "docs/page.txt:31",
        'query parameter "page" is declared twice, at docs/page.txt:20 and docs/page.txt:31, with type "integer" vs "string", required false vs true; the first declaration is kept',
      ],
    ]);
    expect(log.repairs.map((r) => r.code)).toEqual(["parameter-merged"]);
  });

  it("leaves out path parameters missing from the URL and reserved headers, saying so", () => {
    const log = new ReportLog();
    const result = buildParameters(
      [
        param("workspace_id", "path"),
        param("client_id", "path"),
        param("Authorization", "header", "string"),
        param("X-Trace", "header", "string"),
      ],
      path,
      at(1),
      log,
    );
    expect(result.map((p) => `${p.in}:${p.name}`)).toEqual(["path:workspace_id", "header:X-Trace"]);
    expect(log.warnings.map((w) => w.code)).toEqual(["path-parameter-not-in-url"]);
    expect(log.repairs.map((r) => r.code)).toEqual(["reserved-header"]);
  });

  it("types an unknown type word as string and keeps the text", () => {
    const log = new ReportLog();
    const [only] = buildParameters([param("when", "query", "moment")], "/x", at(1), log);
    expect(only!.schema).toEqual({ type: "string", "x-docs-type": "moment" });
    expect(log.warnings).toHaveLength(1);
  });
});
