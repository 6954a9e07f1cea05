import { describe, expect, it } from "vitest";
import {
  chooseNamespace,
  pathWithoutFormat,
  readPath,
  sectionNoun,
  titleVerb,
} from "../../src/generate/method-name-rules.js";

describe("the verb of a docs title", () => {
  it.each([
    ["List clients", "list"], // Reports Utils: a POST, still a list
    ["Load client from ID", "get"],
    ["Change client", "update"],
    ["Edit group", "update"],
    ["Adds group to project.", "create"],
    ["Remove project group.", "delete"],
    ["Rates list", "list"],
    ["Bulk editing time entries", "update"],
    ["Search time entries", "search"],
    ["Export XSLX saved report", "export"],
    ["Returns the list of supported event filters.", "get"],
    ["Apply changes in bulk to users in an organization", "update"],
    // near misses: titles that name no verb
    ["TimeEntries", undefined],
    ["Workspace statistics", undefined],
    ["User's last known location", undefined],
    ["Organizations that a user is part of", undefined],
  ])("%j → %s", (title, verb) => expect(titleVerb(title)).toBe(verb));
});

describe("reading a path", () => {
  it("finds the target, its id and views of a collection", () => {
    const current = readPath("/me/time_entries/current");
    expect(current.parts[current.target]).toMatchObject({ kind: "noun", words: ["time", "entries"] });
    expect(current.adjectives).toEqual(["current"]);
    expect(current.targetHasId).toBe(false);

    const status = readPath("/workspace/{workspace_id}/filters/projects/status");
    expect(status.parts[status.target]).toMatchObject({ words: ["projects"] });
    expect(status.attributes).toEqual([["status"]]);

    expect(readPath("/workspaces/{workspace_id}/clients/{client_id}").targetHasId).toBe(true);
    // near miss: a scope parameter after a collection does not pick one of it
    expect(readPath("/subscriptions/{workspace_id}").targetHasId).toBe(false);
    expect(readPath("/subscriptions/{workspace_id}/{subscription_id}").targetHasId).toBe(true);
    expect(readPath("/me/preferences/{client}").trailingParam).toBe("client");
  });

  it("tells actions from resources, before and after the nouns", () => {
    expect(readPath("/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop").action).toEqual({
      words: ["stop"],
      leading: false,
    });
    expect(readPath("/workspace/{workspace_id}/search/time_entries").action).toEqual({
      words: ["search"],
      leading: true,
    });
    expect(readPath("/me/reset_token").action).toEqual({ words: ["reset", "token"], leading: false });
    expect(readPath("/workspaces/{workspace_id}/projects").action).toBeUndefined();
  });

  it("reads formats and drops a base path", () => {
    expect(readPath("/workspace/{w}/weekly/time_entries.csv")).toMatchObject({ hasFormat: true, format: "csv" });
    expect(readPath("/workspace/{w}/search/time_entries.{extension}")).toMatchObject({
      hasFormat: true,
      format: undefined,
    });
    expect(readPath("/shared/{report_token}/pdf")).toMatchObject({ hasFormat: true, format: "pdf" });
    const insights = readPath("/insights/api/v1/workspace/{workspace_id}/trends/projects");
    expect(insights.parts[0]).toMatchObject({ kind: "noun", words: ["workspace"] });
    expect(pathWithoutFormat("/workspace/{w}/search/time_entries.pdf")).toBe("/workspace/{w}/search/time_entries");
    expect(pathWithoutFormat("/shared/{report_token}/csv")).toBe("/shared/{report_token}");
    expect(pathWithoutFormat("/workspace/{w}/search/time_entries")).toBeUndefined();
  });
});

describe("the namespace", () => {
  it("drops the API's own words from a section name: report kinds", () => {
    expect(sectionNoun("Detailed reports", "Toggl Reports API v3")).toEqual({ words: ["detailed"], isKindOfApi: true });
    expect(sectionNoun("Time entries", "Toggl Track API v9")).toEqual({
      words: ["time", "entries"],
      isKindOfApi: false,
    });
    // near miss: a section that is only the API's word keeps it
    expect(sectionNoun("Reports", "Toggl Reports API v3")).toEqual({ words: ["reports"], isKindOfApi: false });
  });

  it.each([
    ["Time entries", "GET", "/me/time_entries", "timeEntries", "target"],
    ["Me", "GET", "/me/clients", "me", "owner"],
    ["Workspaces", "POST", "/workspaces/{workspace_id}/alerts", "workspaces", "owner"],
    ["Projects", "GET", "/workspaces/{workspace_id}/project_users", "projectUsers", "target"],
    ["Approvals", "GET", "/workspaces/{workspace_id}/timesheet_setups", "timesheetSetups", "target"],
    ["Ping", "POST", "/ping/{workspace_id}/{subscription_id}", "subscriptions", "param"],
    ["Insights", "POST", "/insights/api/v1/workspace/{workspace_id}/data_trends/projects", "insights", "section-kind"],
  ])("section %s, %s %s → %s (%s)", (tag, method, path, namespace, from) => {
    const title = tag === "Insights" ? "Toggl Reports API v3" : "Toggl Track API v9";
    expect(chooseNamespace({ tag, method, path }, readPath(path), title)).toMatchObject({ namespace, from });
  });

  it("takes a section named by its operation-level server's path", () => {
    const path = "/workspace/{workspace_id}/data_trends/projects";
    const op = { tag: "Insights", method: "POST", path, serverPath: "/insights/api/v1" };
    expect(chooseNamespace(op, readPath(path), "Toggl Reports API v3")).toMatchObject({ namespace: "insights" });
  });
});
