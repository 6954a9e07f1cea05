import { describe, expect, it } from "vitest";
import { inferServerUrl, inferTitle } from "../../src/pipeline/infer-api.js";
import type { DocPage } from "../../src/model/types.js";

describe("inferServerUrl", () => {
  it("cuts after the version segment of the common prefix", () => {
    expect(
      inferServerUrl([
        "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/clients",
        "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/clients/{client_id}",
      ]),
    ).toBe("https://api.track.toggl.com/api/v9");
  });
  it("keeps the version even when one page documents one resource only", () => {
    expect(inferServerUrl(["https://api.track.toggl.com/api/v9/me"])).toBe("https://api.track.toggl.com/api/v9");
  });
  it("falls back to the origin without a version segment, or with several origins", () => {
    expect(inferServerUrl(["https://x.test/a/b", "https://x.test/a/c"])).toBe("https://x.test");
    expect(inferServerUrl(["https://x.test/v1/a", "https://y.test/v1/a"])).toBe("https://x.test");
  });
  it("skips URLs that do not parse instead of throwing", () => {
    expect(
      inferServerUrl(["https://", "http://[broken/v1/a", "https://x.test/v2/a", "https://x.test:99999/v2/b"]),
    ).toBe("https://x.test/v2");
    expect(inferServerUrl(["https://", "https://[x"])).toBeUndefined();
  });
  it("says nothing for relative paths", () => {
    expect(inferServerUrl(["/v1/workspace/:workspaceId/clients/:clientId"])).toBeUndefined();
  });
});

const page = (dialect: string, authentication?: string, title = ""): DocPage => ({
  file: "p",
  dialect,
  title,
  diagnostics: [],
  operations: authentication
    ? [
        {
          url: "/x",
          title: "t",
          description: "",
          section: title,
          methodEvidence: [],
          parameters: [],
          responses: [],
          authentication,
          source: { file: "p", line: 1 },
        },
      ]
    : [],
});

describe("inferTitle", () => {
  it("names the API after its sections", () => {
    expect(inferTitle([page("toggl-html", undefined, "Clients"), page("toggl-text", undefined, "Clients")])).toBe(
      "Clients API",
    );
    expect(inferTitle([page("x")])).toBe("Extracted API");
  });
});
