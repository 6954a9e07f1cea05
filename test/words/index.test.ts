import { describe, expect, it } from "vitest";
import {
  camelCase,
  identifierWords,
  isReservedWord,
  kebabCase,
  mapLastWord,
  pascalCase,
  plural,
  singular,
  splitWords,
  titleCase,
  toIdentifier,
} from "../../src/words/index.js";

describe("splitting", () => {
  it.each([
    ["repos/get-content", ["repos", "get", "content"]],
    ["listClients", ["list", "Clients"]],
    ["listIPs", ["list", "I", "Ps"]],
    ["HTTPServer", ["HTTP", "Server"]],
    ["get_v2_items", ["get", "v", "2", "items"]],
    ["Time entries", ["Time", "entries"]],
    ["Café prices", ["Café", "prices"]],
  ])("identifierWords(%j)", (text, words) => expect(identifierWords(text)).toEqual(words));

  it.each([
    ["TrackReminders", ["track", "reminders"]],
    ["workspace_users", ["workspace", "users"]],
    ["Update workspace-user", ["update", "workspace", "user"]],
    ["HTTPStatus", ["http", "status"]],
    ["", []],
  ])("splitWords(%j): lower-case words", (text, words) => expect(splitWords(text)).toEqual(words));
});

describe("casing", () => {
  it.each([
    ["listClients", "listClients", "ListClients", "list-clients"],
    ["repos/get-content", "reposGetContent", "ReposGetContent", "repos-get-content"],
    ["Time entries", "timeEntries", "TimeEntries", "time-entries"],
    ["GetHTTPStatus", "getHTTPStatus", "GetHTTPStatus", "get-http-status"],
    ["notes.list", "notesList", "NotesList", "notes-list"],
  ])("%j → %s / %s / %s", (text, camel, pascal, kebab) => {
    expect(camelCase(text)).toBe(camel);
    expect(pascalCase(text)).toBe(pascal);
    expect(kebabCase(text)).toBe(kebab);
  });

  it("joins given words the same way it joins a text", () => {
    expect(camelCase(["list", "time", "entries"])).toBe("listTimeEntries");
    expect(camelCase(splitWords("List time entries"))).toBe(camelCase("List time entries"));
    expect(pascalCase(["time", "entry"])).toBe("TimeEntry");
    expect(titleCase(["time", "entries"])).toBe("Time entries");
    expect(camelCase([])).toBe("");
    expect(mapLastWord(["time", "entries"], singular)).toEqual(["time", "entry"]);
    expect(mapLastWord([], singular)).toEqual([]);
  });
});

describe("identifiers", () => {
  it("makes identifiers that never start with a digit and are never empty", () => {
    expect(toIdentifier(camelCase("2fa/enable"), "op")).toBe("_2FaEnable");
    expect(toIdentifier(camelCase("---"), "op")).toBe("op");
  });

  it("knows JavaScript's reserved words", () => {
    expect(isReservedWord("delete")).toBe(true);
    expect(isReservedWord("remove")).toBe(false);
  });
});

describe("singular and plural", () => {
  it.each([
    ["clients", "client"],
    ["entries", "entry"],
    ["statuses", "status"],
    ["status", "status"],
    ["boxes", "box"],
    ["address", "address"],
    ["client", "client"],
    ["series", "series"],
    ["statistics", "statistics"],
    ["people", "person"],
  ])("singular(%s) = %s", (word, expected) => expect(singular(word)).toBe(expected));

  it.each([
    ["client", "clients"],
    ["entry", "entries"],
    ["clients", "clients"],
    ["box", "boxes"],
    ["person", "people"],
    ["series", "series"],
  ])("plural(%s) = %s", (word, expected) => expect(plural(word)).toBe(expected));
});
