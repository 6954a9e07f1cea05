import { describe, expect, it } from "vitest";
import {
  camelCase,
  claimName,
  classNameFromTitle,
  kebabCase,
  operationIdFromRoute,
  pascalCase,
  splitWords,
  toIdentifier,
} from "../../src/generate/names.js";
import { singular } from "../../src/normalise/names.js";

describe("word splitting and casing", () => {
  it.each([
    ["repos/get-content", ["repos", "get", "content"]],
    ["listClients", ["list", "Clients"]],
    ["HTTPServer", ["HTTP", "Server"]],
    ["get_v2_items", ["get", "v", "2", "items"]],
    ["Time entries", ["Time", "entries"]],
  ])("splitWords(%j)", (text, words) =>
    expect(splitWords(text)).toEqual(words),
  );

  it.each([
    ["listClients", "listClients", "ListClients", "list-clients"],
    [
      "repos/get-content",
      "reposGetContent",
      "ReposGetContent",
      "repos-get-content",
    ],
    ["Time entries", "timeEntries", "TimeEntries", "time-entries"],
    ["GetHTTPStatus", "getHTTPStatus", "GetHTTPStatus", "get-http-status"],
    ["notes.list", "notesList", "NotesList", "notes-list"],
  ])("%j → %s / %s / %s", (text, camel, pascal, kebab) => {
    expect(camelCase(text)).toBe(camel);
    expect(pascalCase(text)).toBe(pascal);
    expect(kebabCase(text)).toBe(kebab);
  });

  it("makes identifiers that never start with a digit and are never empty", () => {
    expect(toIdentifier(camelCase("2fa/enable"), "op")).toBe("_2FaEnable");
    expect(toIdentifier(camelCase("---"), "op")).toBe("op");
  });

  it.each([
    ["clients", "client"],
    ["entries", "entry"],
    ["boxes", "box"],
    ["status", "status"],
    ["address", "address"],
    ["client", "client"],
  ])("singular(%s) = %s", (word, expected) =>
    expect(singular(word)).toBe(expected),
  );
});

describe("claimName", () => {
  it("suffixes taken names and reserved words, and marks the expanded names taken", () => {
    const taken = new Set(["list"]);
    expect(claimName("list", taken)).toBe("list2");
    expect(claimName("delete", taken)).toBe("delete2");
    expect(claimName("delete", taken, { binding: false })).toBe("delete");
    expect(claimName("x", taken, { expand: (c) => [c, `${c}Params`] })).toBe(
      "x",
    );
    expect(taken.has("xParams")).toBe(true);
  });
});

describe("derived names", () => {
  it.each([
    [
      "get",
      "/workspaces/{workspace_id}/clients",
      "getWorkspacesByWorkspaceIdClients",
    ],
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
  ])("classNameFromTitle(%j) = %s", (title, expected) =>
    expect(classNameFromTitle(title)).toBe(expected),
  );
});
