import { describe, expect, it } from "vitest";
import { commonHeadingRole as classifyHeading } from "../../../src/scrape/assemble/heading-words.js";

describe("classifyHeading", () => {
  it("reads operation headings with an upper-case method word, keeping the title as written", () => {
    expect(classifyHeading("GET List clients")).toEqual({ role: "operation", method: "get", title: "List clients" });
    expect(classifyHeading("POST Restores client and related projects.")).toEqual({
      role: "operation",
      method: "post",
      title: "Restores client and related projects.",
    });
    expect(classifyHeading("PATCH Changes the users in a workspace.")).toMatchObject({ method: "patch" });
  });

  it("does not take prose headings that start with a method-like word", () => {
    expect(classifyHeading("Get started")).toEqual({ role: "other" });
    expect(classifyHeading("GET")).toEqual({ role: "other" });
    expect(classifyHeading("GETTING STARTED")).toEqual({ role: "other" });
  });

  it("names the parts of an operation, with or without extra words", () => {
    expect(classifyHeading("Parameters")).toEqual({ role: "parameters" });
    expect(classifyHeading("Request parameters")).toEqual({ role: "parameters" });
    expect(classifyHeading("Response")).toEqual({ role: "responses" });
    expect(classifyHeading("Responses")).toEqual({ role: "responses" });
    expect(classifyHeading("Path")).toEqual({ role: "parameter-group", location: "path" });
    expect(classifyHeading("Query parameters")).toEqual({ role: "parameter-group", location: "query" });
    expect(classifyHeading("Headers")).toEqual({ role: "parameter-group", location: "header" });
    expect(classifyHeading("Body")).toEqual({ role: "body" });
    expect(classifyHeading("Request body")).toEqual({ role: "body" });
  });

  it("reads status headings and the words after the code", () => {
    expect(classifyHeading("200")).toEqual({ role: "status", status: "200", rest: "" });
    expect(classifyHeading("404 Not Found")).toEqual({ role: "status", status: "404", rest: "Not Found" });
    expect(classifyHeading("5xx")).toEqual({ role: "status", status: "5XX", rest: "" });
    expect(classifyHeading("Default")).toEqual({ role: "status", status: "default", rest: "" });
  });

  it("leaves field names (the titles of nested tables) as other", () => {
    for (const name of ["items", "errors", "admins", "2fa_enabled", "100_percent", "csv_upload"]) {
      expect(classifyHeading(name)).toEqual({ role: "other" });
    }
  });
});
