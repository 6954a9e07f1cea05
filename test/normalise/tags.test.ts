import { describe, expect, it } from "vitest";
import { assignSections, buildTags, resourceTagName, sectionDocsUrl } from "../../src/normalise/tags.js";

describe("tags", () => {
  it("files a sectionless operation under the section of its path, else its first resource", () => {
    expect(
      assignSections([
        { section: "Clients", path: "/workspaces/{id}/clients/{cid}" },
        { section: "", path: "/workspaces/{id}/clients/{cid}" },
        { section: "", path: "/v1/time_entries/{id}" },
      ]),
    ).toEqual(["Clients", "Clients", "Time entries"]);
    expect(resourceTagName("/{id}")).toBe("Default");
  });

  it("links each tag to its docs page, once per section, in order of first use", () => {
    expect(buildTags(["Clients", "Time entries", "Clients"], "https://docs.example.com/api")).toEqual([
      { name: "Clients", externalDocs: { url: "https://docs.example.com/api/clients/" } },
      { name: "Time entries", externalDocs: { url: "https://docs.example.com/api/time-entries/" } },
    ]);
    expect(buildTags(["Clients"], undefined)).toEqual([{ name: "Clients" }]);
    expect(sectionDocsUrl("https://d/", "")).toBe("https://d/");
  });
});
