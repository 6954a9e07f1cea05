import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffSpecs, renderDiffMarkdown, renderDiffText } from "../../src/diff/index.js";
import { runCli } from "../cli/helpers.js";
import { spec, type Json } from "./fixtures.js";

const list = (name?: string): Json => ({
  get: { summary: "List clients", tags: ["Clients"], ...(name ? { "x-method-name": name } : {}), responses: {} },
});

describe("generated method names in the API diff", () => {
  it("calls a renamed method breaking, though the HTTP operation is untouched", () => {
    const diff = diffSpecs(spec({ "/clients": list("clients.list") }), spec({ "/clients": list("clients.listAll") }));
    expect(diff.changes).toEqual([
      {
        kind: "changed",
        level: "breaking",
        operation: "GET /clients",
        location: "operation",
        message: "method renamed: clients.list → clients.listAll",
      },
    ]);
    expect(renderDiffText(diff)).toMatch(/^BREAKING GET \/clients: method renamed: clients\.list → clients\.listAll$/m);
    expect(renderDiffMarkdown(diff, { title: "t" })).toMatch(
      /## Breaking\n\n- `GET \/clients`: method renamed: clients.list → clients.listAll/,
    );
  });

  it("says nothing when the name stays, whether stamped or given by the rules", () => {
    expect(
      diffSpecs(spec({ "/clients": list("clients.list") }), spec({ "/clients": list("clients.list") })).changes,
    ).toEqual([]);
    // The committed spec of an older build carries no stamp: the rules name it, and they agree.
    expect(diffSpecs(spec({ "/clients": list() }), spec({ "/clients": list("clients.list") })).changes).toEqual([]);
  });

  it("names a new operation's method as info", () => {
    const diff = diffSpecs(
      spec({ "/clients": list("clients.list") }),
      spec({ "/clients": list("clients.list"), "/tags": list("tags.list") }),
    );
    expect(diff.changes).toEqual([
      {
        kind: "added",
        level: "info",
        operation: "GET /tags",
        location: "operation",
        message: "new operation (method tags.list)",
      },
    ]);
  });

  it("catches a rename the rules make in specs without a table (a new route takes an existing name)", () => {
    const before = spec({ "/workspaces/{workspace_id}/clients": list() });
    const after = spec({ "/workspaces/{workspace_id}/clients": list(), "/clients": list() });
    const diff = diffSpecs(before, after);
    expect(diff.changes.filter((c) => c.level === "breaking").map((c) => c.message)).toEqual([
      "method renamed: clients.list → clients.listForWorkspace",
    ]);
  });
});

describe("docs2client diff --fail-on-breaking", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "diff-names-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails on a rename alone", async () => {
    writeFileSync(`${dir}/old.json`, JSON.stringify(spec({ "/clients": list("clients.list") })));
    writeFileSync(`${dir}/new.json`, JSON.stringify(spec({ "/clients": list("clients.listAll") })));
    const result = await runCli(["diff", `${dir}/old.json`, `${dir}/new.json`, "--fail-on-breaking"]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/method renamed: clients\.list → clients\.listAll/);
  });
});
