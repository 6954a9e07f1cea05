import { describe, expect, it } from "vitest";
import { unifyPathSpellings } from "../../src/normalise/path-aliases.js";
import { ReportLog } from "../../src/normalise/report.js";
import { operation, param } from "./model-builders.js";

describe("unifyPathSpellings", () => {
  it("renames a later spelling of the same URL and its path parameters to the first", () => {
    const log = new ReportLog();
    const first = { op: operation("get", "/p/{project_id}", "Get project"), path: "/p/{project_id}" };
    const second = {
      op: operation("put", "/p/{id}", "Update project", { parameters: [param("id", "path"), param("id", "query")] }),
      path: "/p/{id}",
    };
    const [a, b] = unifyPathSpellings([first, second], log);
    expect(a).toBe(first);
    expect(b!.path).toBe("/p/{project_id}");
    expect(b!.op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:project_id", "query:id"]);
    expect(log.repairs.map((r) => r.code)).toEqual(["path-parameter-renamed"]);
  });

  it("takes the spelling most operations use: one bulk {project_ids} does not rename three single-project ids", () => {
    const log = new ReportLog();
    const bulk = {
      op: operation("patch", "/p/{project_ids}", "Bulk edit projects", { parameters: [param("project_ids", "path")] }),
      path: "/p/{project_ids}",
    };
    const single = (["get", "put", "delete"] as const).map((method) => ({
      op: operation(method, "/p/{project_id}", `${method} project`),
      path: "/p/{project_id}",
    }));
    const out = unifyPathSpellings([bulk, ...single], log);
    expect(out.map((item) => item.path)).toEqual([
      "/p/{project_id}",
      "/p/{project_id}",
      "/p/{project_id}",
      "/p/{project_id}",
    ]);
    expect(out[0]!.op.parameters.map((p) => p.name)).toEqual(["project_id"]);
    expect(out.slice(1)).toEqual(single);
    expect(log.repairs).toHaveLength(1);
  });

  it("leaves distinct URLs alone", () => {
    const log = new ReportLog();
    const items = [
      { op: operation("get", "/a/{x}", "A"), path: "/a/{x}" },
      { op: operation("get", "/b/{x}", "B"), path: "/b/{x}" },
    ];
    expect(unifyPathSpellings(items, log)).toEqual(items);
    expect(log.repairs).toEqual([]);
  });
});
