import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE } from "../../src/config/profile.js";
import { assignSections, buildTags, docsLink, resourceTagName, sectionDocsUrl } from "../../src/normalise/tags.js";

/** The layout of Toggl's docs (docs2client.config.json, profile "toggl"): a page per section. */
const pagePerSection = { section: "{docsUrl}{section}/", operation: "{docsUrl}{section}/#{anchor}" };

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
    expect(
      buildTags(["Clients", "Time entries", "Clients"], {
        docsUrl: "https://docs.example.com/api",
        patterns: pagePerSection,
      }),
    ).toEqual([
      { name: "Clients", externalDocs: { url: "https://docs.example.com/api/clients/" } },
      { name: "Time entries", externalDocs: { url: "https://docs.example.com/api/time-entries/" } },
    ]);
    expect(buildTags(["Clients"], undefined)).toEqual([{ name: "Clients" }]);
    expect(sectionDocsUrl({ docsUrl: "https://d/", patterns: pagePerSection }, "")).toBe("https://d/");
  });

  it("builds links from the profile's pattern; the neutral default is one page with anchors", () => {
    const values = { docsUrl: "https://d/api", section: "Time entries", anchor: "get-list" };
    expect(docsLink(pagePerSection.operation, values)).toBe("https://d/api/time-entries/#get-list");
    expect(docsLink(DEFAULT_PROFILE.docsLinks.operation, values)).toBe("https://d/api/#get-list");
    expect(docsLink(DEFAULT_PROFILE.docsLinks.section, values)).toBe("https://d/api/");
    expect(docsLink("{docsUrl}reference.html#{section}-{anchor}", values)).toBe(
      "https://d/api/reference.html#time-entries-get-list",
    );
    expect(docsLink(pagePerSection.operation, { ...values, section: "" })).toBe("https://d/api/#get-list");
  });
});
