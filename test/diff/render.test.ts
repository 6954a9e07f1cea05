import { describe, expect, it } from "vitest";
import { renderDiffMarkdown, renderDiffText, type SpecDiff } from "../../src/diff/index.js";

const diff: SpecDiff = {
  changes: [
    { kind: "added", level: "info", operation: "POST /projects", location: "operation", message: "new operation" },
    {
      kind: "removed",
      level: "breaking",
      operation: "GET /clients",
      location: "200.items[].name",
      message: "response field 200.items[].name removed",
    },
    {
      kind: "changed",
      level: "warning",
      operation: "GET /clients",
      location: "operation",
      message: "operation deprecated",
    },
  ],
  summary: { breaking: 1, warning: 1, info: 1 },
};
const empty: SpecDiff = { changes: [], summary: { breaking: 0, warning: 0, info: 0 } };

describe("renderDiffMarkdown", () => {
  it("puts the counts first, then Breaking, Warnings and Other sections in that order", () => {
    const md = renderDiffMarkdown(diff, { title: "API changes" });
    expect(md.split("\n").slice(0, 3)).toEqual(["# API changes", "", "**1 breaking, 1 warning, 1 info**"]);
    const order = ["## Breaking", "## Warnings", "## Other"].map((h) => md.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain("- `GET /clients` `200.items[].name`: response field 200.items\\[\\].name removed");
    expect(md).toContain("- `POST /projects`: new operation");
  });

  it("omits empty sections and says so when there is nothing", () => {
    const onlyInfo: SpecDiff = { changes: [diff.changes[0]!], summary: { breaking: 0, warning: 0, info: 1 } };
    expect(renderDiffMarkdown(onlyInfo, { title: "t" })).not.toContain("## Breaking");
    expect(renderDiffMarkdown(empty, { title: "Nothing" })).toBe("# Nothing\n\nNo changes.\n");
  });
});

describe("renderDiffText", () => {
  it("prints one line a change, breaking first, summary last", () => {
    expect(renderDiffText(diff).split("\n")).toEqual([
      "BREAKING GET /clients 200.items[].name: response field 200.items[].name removed",
      "WARNING  GET /clients: operation deprecated",
      "INFO     POST /projects: new operation",
      "",
      "1 breaking, 1 warning, 1 info",
      "",
    ]);
  });

  it("says No changes. for an empty diff", () => {
    expect(renderDiffText(empty)).toBe("No changes.\n");
  });
});
