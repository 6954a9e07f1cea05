import { describe, expect, it } from "vitest";
import { claimName, classNameFromTitle, operationIdFromRoute } from "../../src/generate/identifiers.js";

describe("claimName", () => {
  it("suffixes taken names and reserved words, and marks the expanded names taken", () => {
    const taken = new Set(["list"]);
    expect(claimName("list", taken)).toBe("list2");
    expect(claimName("delete", taken)).toBe("delete2");
    expect(claimName("delete", taken, { binding: false })).toBe("delete");
    expect(claimName("x", taken, { expand: (c) => [c, `${c}Params`] })).toBe("x");
    expect(taken.has("xParams")).toBe(true);
  });
});

describe("derived names", () => {
  it.each([
    ["get", "/workspaces/{workspace_id}/clients", "getWorkspacesByWorkspaceIdClients"],
    ["delete", "/pets/{petId}", "deletePetsByPetId"],
    ["get", "/", "get"],
  ])("operationIdFromRoute(%s, %s) = %s", (method, path, expected) =>
    expect(operationIdFromRoute(method, path)).toBe(expected),
  );

  it.each([
    ["Toggl Track API v9", "TogglTrackAPIV9"],
    ["petstore", "Petstore"],
    ["3D secure", "Api3DSecure"],
    ["", "Client"],
    ["  ***  ", "Client"],
  ])("classNameFromTitle(%j) = %s", (title, expected) => expect(classNameFromTitle(title)).toBe(expected));
});
