import { describe, expect, it } from "vitest";
import { camelCase, kebabCase, pascalCase, plural, singular, splitWords, titleCase } from "../../src/normalise/names.js";

describe("names", () => {
  it("splits identifiers and phrases into lower-case words", () => {
    expect(splitWords("TrackReminders")).toEqual(["track", "reminders"]);
    expect(splitWords("workspace_users")).toEqual(["workspace", "users"]);
    expect(splitWords("Update workspace-user")).toEqual(["update", "workspace", "user"]);
    expect(splitWords("HTTPStatus")).toEqual(["http", "status"]);
  });

  it("joins words in each case", () => {
    expect(camelCase(["list", "time", "entries"])).toBe("listTimeEntries");
    expect(pascalCase(["time", "entry"])).toBe("TimeEntry");
    expect(titleCase(["time", "entries"])).toBe("Time entries");
    expect(kebabCase("Time entries")).toBe("time-entries");
  });

  it("singularises and pluralises common resource words", () => {
    expect(singular("clients")).toBe("client");
    expect(singular("entries")).toBe("entry");
    expect(singular("statuses")).toBe("status");
    expect(singular("status")).toBe("status");
    expect(singular("boxes")).toBe("box");
    expect(singular("statistics")).toBe("statistics");
    expect(plural("client")).toBe("clients");
    expect(plural("entry")).toBe("entries");
    expect(plural("clients")).toBe("clients");
    expect(plural("box")).toBe("boxes");
    expect(plural("person")).toBe("people");
  });
});
