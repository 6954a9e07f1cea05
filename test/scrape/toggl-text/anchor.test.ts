import { describe, expect, it } from "vitest";
import { createAnchorAllocator, slugifyHeading } from "../../../src/scrape/toggl-text/anchor.js";

describe("slugifyHeading", () => {
  it("matches the ids of the served Docusaurus pages", () => {
    expect(slugifyHeading("GET List clients")).toBe("get-list-clients");
    expect(slugifyHeading("POST Restores client and related projects.")).toBe(
      "post-restores-client-and-related-projects",
    );
    expect(slugifyHeading("GET List of users who belong to the given workspace.")).toBe(
      "get-list-of-users-who-belong-to-the-given-workspace",
    );
    expect(slugifyHeading("PUT Update workspace-user")).toBe("put-update-workspace-user");
  });
});

describe("createAnchorAllocator", () => {
  it("numbers repeated slugs in page order", () => {
    const anchorFor = createAnchorAllocator();
    expect(
      ["PUT Update workspace user", "PUT Update workspace-user", "PUT Update workspace user"].map(anchorFor),
    ).toEqual(["put-update-workspace-user", "put-update-workspace-user-1", "put-update-workspace-user-2"]);
  });
});
