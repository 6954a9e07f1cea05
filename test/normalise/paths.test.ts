import { describe, expect, it } from "vitest";
import {
  pathParameterNames,
  pathShapeKey,
  pathTemplateFromUrl,
  toTemplateSyntax,
  versionedBasePath,
} from "../../src/normalise/paths.js";

const server = "https://api.track.toggl.com/api/v9";

describe("pathTemplateFromUrl", () => {
  it("makes a URL under the server relative to it", () => {
    expect(pathTemplateFromUrl(`${server}/workspaces/{workspace_id}/clients`, server)).toEqual({
      path: "/workspaces/{workspace_id}/clients",
    });
  });

  it("keeps a fragment that tells operations on one URL apart, and drops a query", () => {
    expect(pathTemplateFromUrl("/#X-Amz-Target=DMS.CreateEndpoint", undefined)).toEqual({
      path: "/#X-Amz-Target=DMS.CreateEndpoint",
    });
    expect(pathTemplateFromUrl(`${server}/events#x-amz-Client-Context`, server)).toEqual({
      path: "/events#x-amz-Client-Context",
    });
    expect(pathTemplateFromUrl(`${server}/me?with_related_data=true`, server)).toEqual({ path: "/me" });
  });

  it("keeps the full path and flags a URL on another host", () => {
    expect(pathTemplateFromUrl("https://other.example.com/api/v9/me", server)).toEqual({
      path: "/api/v9/me",
      foreignOrigin: "https://other.example.com",
    });
  });

  it("gives a URL on the server's host but outside its base path its own server (insights.html under Reports v3)", () => {
    const reports = "https://api.track.toggl.com/reports/api/v3";
    expect(
      pathTemplateFromUrl(
        "https://api.track.toggl.com/insights/api/v1/workspace/{workspace_id}/data_trends/projects",
        reports,
      ),
    ).toEqual({
      path: "/workspace/{workspace_id}/data_trends/projects",
      operationServer: "https://api.track.toggl.com/insights/api/v1",
    });
    // No version segment: nothing says where the API's base ends, so the path is kept whole.
    expect(pathTemplateFromUrl("https://api.track.toggl.com/other/thing", reports)).toEqual({ path: "/other/thing" });
    // A bare path does not say where it is served: kept whole.
    expect(pathTemplateFromUrl("/v1/workspace/:workspaceId", reports)).toEqual({ path: "/v1/workspace/{workspaceId}" });
  });

  it.each([
    ["/insights/api/v1/workspace/{workspace_id}", "/insights/api/v1"],
    ["/api/v9/me", "/api/v9"],
    ["/v2.1/items", "/v2.1"],
    ["/no/version/here", undefined],
    ["/api/v1", undefined],
  ])("versionedBasePath(%s) = %s", (path, base) => {
    expect(versionedBasePath(path)).toBe(base);
  });

  it("keeps the documented path when there is no server, converting Express parameters", () => {
    expect(pathTemplateFromUrl("/v1/workspace/:workspaceId/clients/:clientId", undefined)).toEqual({
      path: "/v1/workspace/{workspaceId}/clients/{clientId}",
    });
  });

  it("strips the server's base path from a bare documented path, and query strings", () => {
    expect(pathTemplateFromUrl("/api/v9/me?with_related_data=true", server)).toEqual({ path: "/me" });
  });

  it("drops trailing and doubled slashes", () => {
    expect(toTemplateSyntax("/a//b/")).toBe("/a/b");
  });

  it("lists placeholders and a name-blind key", () => {
    expect(pathParameterNames("/w/{a}/r/{b}/{c}")).toEqual(["a", "b", "c"]);
    expect(pathShapeKey("/w/{a}/x")).toBe(pathShapeKey("/w/{id}/x"));
  });
});
