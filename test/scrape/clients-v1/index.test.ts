import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import { clientsV1Reader, readClientsV1 } from "../../../src/scrape/clients-v1/index.js";

const FILE = "spec/sources/clients-v1/update-client.txt";
const TEXT = readFileSync(FILE, "utf8");

describe("detect", () => {
  it("recognises the clients-v1 page and nothing of the Toggl captures", () => {
    expect(clientsV1Reader.detect(TEXT, FILE)).toBe(true);
    for (const name of ["clients.txt", "workspaces.txt", "update-client.txt", "update-workspace.txt"]) {
      expect(clientsV1Reader.detect(readFileSync(`spec/sources/toggl-track-v9/text/${name}`, "utf8"), name)).toBe(
        false,
      );
    }
    expect(
      clientsV1Reader.detect(readFileSync("spec/sources/toggl-track-v9/html/api-clients.html", "utf8"), "a.html"),
    ).toBe(false);
  });
});

describe("update-client.txt", () => {
  const page = clientsV1Reader.read(TEXT, FILE);
  const op = page.operations[0]!;
  it("reads method, path as written, title, section and the method-block evidence", () => {
    expect(page.operations).toHaveLength(1);
    expect(page).toMatchObject({ dialect: "clients-v1", title: "Clients" });
    expect(op).toMatchObject({
      url: "/v1/workspace/:workspaceId/clients/:clientId",
      title: "Update Client (v1)",
      section: "Clients",
    });
    expect(op.methodEvidence).toEqual([{ from: "method-block", method: "patch", source: { file: FILE, line: 3 } }]);
  });
  it("keeps authentication verbatim, the permission, and the note as a paragraph of the description", () => {
    expect(op.authentication).toBe("Required - JWT token in Authorization header");
    expect(op.requiredPermissions).toEqual(["clients.update"]);
    expect(op.description).toBe(
      "Update an existing client (customer) in a workspace. All fields are optional - only provided fields will be updated.\n\nNote: At least one field must be provided for update.",
    );
  });
  it("reads header and path parameters with Required; reserved headers are the normaliser's to drop", () => {
    expect(op.parameters.slice(0, 2).map((p) => [p.in, p.name, p.required, p.source.line])).toEqual([
      ["header", "Authorization", true, 14],
      ["header", "Content-Type", true, 15],
    ]);
    expect(op.parameters.slice(2)).toEqual([
      {
        name: "workspaceId",
        in: "path",
        type: "string",
        required: true,
        description: "Workspace identifier",
        source: { file: FILE, line: 19 },
      },
      {
        name: "clientId",
        in: "path",
        type: "string",
        required: true,
        description: "Client identifier",
        source: { file: FILE, line: 20 },
      },
    ]);
  });
  it("reads the body fields with required=false and the parsed request example", () => {
    expect(op.body!.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ["name", "string", false],
      ["avatarUrl", "string", false],
      ["contactMethods", "array", false],
      ["customFields", "array", false],
    ]);
    expect(op.body!.example).toMatchObject({
      name: "Jane Doe",
      contactMethods: [{ type: "email", isPreferred: true }],
      customFields: [{ fieldKey: "notes" }],
    });
  });
  it("reads the 200 example and one response per error bullet, splitting the wrapped one", () => {
    expect(op.responses.map((r) => r.status)).toEqual(["200", "400", "401", "403", "404", "422", "500"]);
    expect(op.responses[0]!.example).toMatchObject({ client: { id: "507f1f77bcf86cd799439011", customFields: [] } });
    expect(op.responses[3]).toMatchObject({
      description: "Forbidden",
      messages: ["Insufficient permissions (requires clients.update)"],
      source: { line: 68 },
    });
    expect(op.responses[4]).toMatchObject({
      description: "Not Found",
      messages: ["Client or workspace not found"],
      source: { line: 69 },
    });
    expect(op.responses[6]).toMatchObject({ description: "Internal Server Error", messages: ["Server error"] });
  });
});

describe("other pages of the same style", () => {
  const other = [
    "List Projects",
    "Method + Path",
    "GET /v1/workspace/:workspaceId/projects",
    "Description",
    "Lists projects.",
    "Authentication",
    "Required - JWT token in Authorization header",
    "Required Permissions:",
    "projects.read",
    "Headers",
    "| Header | Type | Required | Description |",
    "|---|---|---|---|",
    "Authorization | string | Yes | Bearer token |",
    "X-Request-Id | string | No | Correlation id |",
    "Query Parameters",
    "| Parameter | Type | Required | Description |",
    "|---|---|---|---|",
    "page | integer | No | Page number |",
    "Response (201)",
    "{",
    '  "items": [1, 2',
    "}",
    "Common Errors",
    "- 401 Unauthorized: Missing token",
  ];
  it("reads query and custom header parameters, a 201 example, and reports bad JSON with its line", () => {
    const page = readClientsV1(other.join("\r\n"), "p.txt");
    const op = page.operations[0]!;
    expect(op).toMatchObject({ title: "List Projects", section: "Projects", requiredPermissions: ["projects.read"] });
    expect(op.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ["header", "Authorization", true],
      ["header", "X-Request-Id", false],
      ["query", "page", false],
    ]);
    expect(op.responses.map((r) => r.status)).toEqual(["201", "401"]);
    expect(op.responses[0]!.example).toBeUndefined();
    expect(page.diagnostics).toContainEqual(
      expect.objectContaining({ code: "example-not-json", source: { file: "p.txt", line: 22 } }),
    );
  });
  it("throws DocsInputError for a page without a Method + Path block", () => {
    expect(() => readClientsV1("Title\nDescription\nhello\n", "x.txt")).toThrow(DocsInputError);
  });
  it("reports a Method + Path block it cannot read", () => {
    const page = readClientsV1("Broken\nMethod + Path\nsomething odd\nDescription\nx\n", "b.txt");
    expect(page.operations).toHaveLength(0);
    expect(page.diagnostics).toContainEqual(
      expect.objectContaining({ code: "code-ignored", source: { file: "b.txt", line: 3 } }),
    );
    expect(page.diagnostics).toContainEqual(
      expect.objectContaining({ code: "url-missing", severity: "error", source: { file: "b.txt", line: 1 } }),
    );
  });
});
