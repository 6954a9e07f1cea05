import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/model/types.js";
import type { Block } from "../../../src/scrape/assemble/blocks.js";
import { COMMON_ROLES } from "../../../src/scrape/assemble/heading-words.js";
import { addFact, factFields, type OperationFacts } from "../../../src/scrape/assemble/facts.js";
import { assemblePage } from "../../../src/scrape/assemble/page.js";
import type { DialectRoles } from "../../../src/scrape/assemble/roles.js";

/** A labelled site: "Auth" and "Permissions" state facts, "Notes" is more description. */
const LABELLED: DialectRoles = {
  heading(text, level) {
    if (text === "Auth") return { role: "fact", fact: "authentication" };
    if (text === "Permissions") return { role: "fact", fact: "requiredPermissions" };
    if (text === "Notes") return { role: "description" };
    return COMMON_ROLES.heading(text, level);
  },
};

describe("addFact / factFields", () => {
  it("keeps authentication verbatim and splits permission lists on commas and bullets", () => {
    const facts: OperationFacts = {};
    addFact(facts, "authentication", ["Required - JWT token", "in the Authorization header"]);
    addFact(facts, "requiredPermissions", ["clients.read, clients.update"]);
    addFact(facts, "requiredPermissions", ["- projects.read", ""]);
    expect(factFields(facts)).toEqual({
      authentication: "Required - JWT token\nin the Authorization header",
      requiredPermissions: ["clients.read", "clients.update", "projects.read"],
    });
  });
  it("gives no field for a fact never stated", () => {
    expect(factFields({})).toEqual({});
    expect(factFields({ requiredPermissions: [] })).toEqual({});
  });
});

describe("fact and description labels in the assembler", () => {
  it("reads the prose under a fact label into the fact, and prose under a description label after the tables into the description", () => {
    let line = 0;
    const at = () => ++line;
    const blocks: Block[] = [
      { kind: "heading", level: 2, text: "PATCH Update a client", line: at() },
      { kind: "code", text: "/v1/clients/:id", line: at() },
      { kind: "paragraph", text: "Updates a client.", line: at() },
      { kind: "heading", level: 3, text: "Auth", line: at() },
      { kind: "paragraph", text: "Required - JWT token", line: at() },
      { kind: "heading", level: 3, text: "Permissions", line: at() },
      { kind: "list", items: ["clients.update", "clients.read"], line: at() },
      { kind: "heading", level: 3, text: "Body", line: at() },
      {
        kind: "table",
        table: {
          header: { cells: ["Name", "Type"], line: at() },
          rows: [{ cells: ["name", "string"], line: at() }],
          line,
        },
        line,
      },
      { kind: "heading", level: 3, text: "Notes", line: at() },
      { kind: "paragraph", text: "Note: send one field at least.", line: at() },
      { kind: "heading", level: 4, text: "200", line: at() },
      { kind: "paragraph", text: "OK", line: at() },
    ];
    const diagnostics: Diagnostic[] = [];
    const [op] = assemblePage(blocks, LABELLED, "l.txt", diagnostics).operations;
    expect(op).toMatchObject({
      description: "Updates a client.\n\nNote: send one field at least.",
      authentication: "Required - JWT token",
      requiredPermissions: ["clients.update", "clients.read"],
    });
    expect(op?.body?.fields.map((f) => f.name)).toEqual(["name"]);
    expect(op?.responses).toEqual([expect.objectContaining({ status: "200", description: "OK" })]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
