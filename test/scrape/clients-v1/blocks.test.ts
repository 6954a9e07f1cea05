import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import type { Block } from "../../../src/scrape/assemble/blocks.js";
import { lexClientsV1 } from "../../../src/scrape/clients-v1/blocks.js";
import { CLIENTS_V1_ROLES } from "../../../src/scrape/clients-v1/roles.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

function shape(block: Block): string {
  if (block.kind === "heading") return `h${block.level} ${block.text}`;
  if (block.kind === "table") return `table ×${block.table.rows.length}`;
  if (block.kind === "list") return `list ${block.items.join(" / ")}`;
  if (block.kind === "paragraph" || block.kind === "code") return `${block.kind} ${block.text}`;
  return block.kind;
}

describe("lexClientsV1", () => {
  const diagnostics: Diagnostic[] = [];
  const { blocks, preamble } = lexClientsV1(
    lines(
      "Update Tag",
      "Method + Path",
      "PATCH /v1/workspace/:workspaceId/tags/:tagId",
      "Actual backend path: /v1/tags/:tagId",
      "Required Permissions: tags.update, tags.read",
      "Path Parameters",
      "| Parameter | Type | Required | Description |",
      "|---|---|---|---|",
      "tagId | string | Yes | Tag |",
      "Request Body",
      "{",
      '"name": "x"',
      "}",
      "Note: one field at least.",
      "Response (200)",
      "{}",
      "Common Errors",
      "- 404 Not Found: Tag not found",
      "List Projects",
      "Method + Path: GET /v1/projects",
      "Response",
      "[]",
    ),
    "t.txt",
    diagnostics,
  );
  it("makes titles heading 2, labels heading 3, error bullets status headings 4, and puts a derived section before each new one", () => {
    expect(preamble).toEqual([]);
    expect(blocks.map(shape)).toEqual([
      "h1 Tags",
      "h2 Update Tag",
      "code PATCH /v1/workspace/:workspaceId/tags/:tagId",
      "h3 Required Permissions:",
      "paragraph tags.update, tags.read",
      "h3 Path Parameters",
      "table ×1",
      "h3 Request Body",
      'code {\n"name": "x"\n}',
      "h3 Note:",
      "paragraph Note: one field at least.",
      "h3 Response (200)",
      "code {}",
      "h3 Common Errors",
      "h4 404 Not Found",
      "list Tag not found",
      "h1 Projects",
      "h2 List Projects",
      "code GET /v1/projects",
      "h3 Response",
      "code []",
    ]);
  });
  it("reports the backend path that differs and the status it assumes", () => {
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([
      ["backend-path", "warning", 4],
      ["response-status-assumed", "info", 21],
    ]);
  });
  it("has a roles table for every label it emits", () => {
    const roles = blocks.flatMap((b) =>
      b.kind === "heading" && b.level > 1 ? [CLIENTS_V1_ROLES.heading(b.text, b.level).role] : [],
    );
    expect(roles).toEqual([
      "operation",
      "fact",
      "parameter-group",
      "body",
      "description",
      "status",
      "responses",
      "status",
      "operation",
      "status",
    ]);
  });
});
