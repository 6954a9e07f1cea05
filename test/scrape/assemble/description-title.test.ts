import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import type { Block } from "../../../src/scrape/assemble/blocks.js";
import { titleFromDescription } from "../../../src/scrape/assemble/description-title.js";
import { COMMON_ROLES } from "../../../src/scrape/assemble/heading-words.js";
import { assemblePage } from "../../../src/scrape/assemble/page.js";
import type { DialectRoles } from "../../../src/scrape/assemble/roles.js";

/** A lexer marks an operation that lost its heading with an untitled level-2 heading. */
const ROLES: DialectRoles = {
  heading: (text, level) =>
    text === "" && level === 2 ? { role: "operation", title: "" } : COMMON_ROLES.heading(text, level),
};

describe("titleFromDescription", () => {
  it.each([
    ["Update workspace client.\nNote: use …", "Update workspace client"],
    ["Update a specific workspace", "Update a specific workspace"],
    [
      "Returns the list of every single project the user can see in the workspace.",
      "Returns the list of every single project the…",
    ],
    ["", ""],
  ])("%j → %j", (description, title) => expect(titleFromDescription(description)).toBe(title));
});

describe("operations without a heading, empty operations, sections, repeated statuses", () => {
  it("titles an untitled operation from its description and says so", () => {
    const blocks: Block[] = [
      { kind: "heading", level: 2, text: "", line: 1 },
      { kind: "code", text: "https://api.example.com/tags/{id}", line: 1 },
      { kind: "paragraph", text: "Update a tag. Or not.", line: 2 },
      {
        kind: "samples",
        samples: [{ label: "cURL", text: "curl -X PUT https://api.example.com/tags/{id}", line: 3 }],
        line: 3,
      },
      { kind: "heading", level: 4, text: "200", line: 4 },
    ];
    const diagnostics: Diagnostic[] = [];
    const [op] = assemblePage(blocks, ROLES, "u.txt", diagnostics).operations;
    expect(op).toMatchObject({ title: "Update a tag", section: "", source: { line: 1 } });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "title-from-description", severity: "info", source: { file: "u.txt", line: 1 } }),
    );
  });
  it("titles it by its path when there is no description either", () => {
    const blocks: Block[] = [
      { kind: "heading", level: 2, text: "", line: 1 },
      { kind: "code", text: "GET https://api.example.com/tags", line: 1 },
    ];
    expect(assemblePage(blocks, ROLES, "u.txt", []).operations[0]?.title).toBe("/tags");
  });
  it("reports a heading with nothing under it, takes each operation's section from the h1 above it, and merges a repeated status", () => {
    const blocks: Block[] = [
      { kind: "heading", level: 1, text: "Tags", line: 1 },
      { kind: "heading", level: 2, text: "GET List tags", line: 2 },
      { kind: "heading", level: 1, text: "Projects", line: 3 },
      { kind: "heading", level: 2, text: "GET List projects", line: 4 },
      { kind: "code", text: "/projects", line: 5 },
      { kind: "heading", level: 4, text: "200", line: 6 },
      { kind: "code", text: '{\n  "items": [1\n  2]\n}', line: 7 },
      { kind: "heading", level: 4, text: "200 OK", line: 10 },
      { kind: "list", items: ["never empty"], line: 11 },
    ];
    const diagnostics: Diagnostic[] = [];
    const page = assemblePage(blocks, ROLES, "s.md", diagnostics);
    expect(page.title).toBe("Tags");
    expect(page.operations.map((o) => [o.title, o.section])).toEqual([["List projects", "Projects"]]);
    expect(page.operations[0]?.responses).toEqual([
      expect.objectContaining({ status: "200", messages: ["never empty"], source: { file: "s.md", line: 6 } }),
    ]);
    // The example's line is where the JSON parser stopped (the "2" on its third line).
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ["operation-empty", 2],
      ["example-not-json", 9],
      ["status-repeated", 10],
    ]);
  });
});
