import { describe, expect, it } from "vitest";
import { requestComponentName, responseComponentName } from "../../src/normalise/component-names.js";
import { operationVerb, type OperationNaming } from "../../src/normalise/operation-ids.js";

const nameOf = (method: OperationNaming["method"], path: string, title: string, returnsArray?: boolean) => {
  const op = { method, path, title, returnsArray };
  return responseComponentName(op, operationVerb(op));
};

describe("component names", () => {
  it("names a returned resource in the singular", () => {
    expect(nameOf("get", "/workspaces/{w}/clients", "List clients", true)).toBe("Client");
    expect(nameOf("get", "/workspaces/{w}/track_reminders", "TrackReminders", true)).toBe("TrackReminder");
    expect(nameOf("get", "/o/{o}/workspaces/{w}/workspace_users", "List of users", true)).toBe("WorkspaceUser");
    expect(nameOf("put", "/workspaces/{w}", "Update workspace")).toBe("Workspace");
  });

  it("names a singleton read from its qualifying title", () => {
    expect(nameOf("get", "/workspaces/{w}/statistics", "Workspace statistics", false)).toBe("WorkspaceStatistics");
    expect(nameOf("get", "/me", "Get me", false)).toBe("Me");
  });

  it("names shared request bodies by verb only when one verb uses them", () => {
    expect(
      requestComponentName([
        { verb: "create", resource: "Client" },
        { verb: "update", resource: "Client" },
      ]),
    ).toBe("ClientRequest");
    expect(
      requestComponentName([
        { verb: "create", resource: "Tag" },
        { verb: "create", resource: "Tag" },
      ]),
    ).toBe("CreateTagRequest");
  });
});
