import { describe, expect, it } from "vitest";
import {
  assignOperationIds,
  baseOperationId,
  operationVerb,
  type OperationNaming,
} from "../../src/normalise/operation-ids.js";

const op = (
  method: OperationNaming["method"],
  path: string,
  title: string,
  returnsArray?: boolean,
): OperationNaming => ({
  method,
  path,
  title,
  returnsArray,
});

describe("baseOperationId", () => {
  it("names the Toggl Clients operations", () => {
    const ops = [
      op("get", "/workspaces/{workspace_id}/clients", "List clients", true),
      op("post", "/workspaces/{workspace_id}/clients", "Create client", false),
      op("get", "/workspaces/{workspace_id}/clients/{client_id}", "Load client from ID", false),
      op("put", "/workspaces/{workspace_id}/clients/{client_id}", "Change client", false),
      op("delete", "/workspaces/{workspace_id}/clients/{client_id}", "Delete client"),
      op("post", "/workspaces/{workspace_id}/clients/{client_id}/archive", "Archives client", true),
      op(
        "post",
        "/workspaces/{workspace_id}/clients/{client_id}/restore",
        "Restores client and related projects.",
        false,
      ),
    ];
    expect(ops.map(baseOperationId)).toEqual([
      "listClients",
      "createClient",
      "getClient",
      "updateClient",
      "deleteClient",
      "archiveClient",
      "restoreClient",
    ]);
  });

  it("names the Toggl Workspaces operations", () => {
    const w = "/workspaces/{workspace_id}";
    const ops = [
      op("post", "/organizations/{organization_id}/workspaces", "Create a new workspace.", false),
      op(
        "get",
        "/organizations/{organization_id}/workspaces/{workspace_id}/workspace_users",
        "List of users who belong to the given workspace.",
        true,
      ),
      op(
        "patch",
        "/organizations/{organization_id}/workspaces/{workspace_id}/workspace_users",
        "Changes the users in a workspace.",
      ),
      op("get", w, "Get single workspace", false),
      op("put", w, "Update workspace", false),
      op("post", `${w}/alerts`, "Alerts", false),
      op("delete", `${w}/alerts/{alert_id}`, "Alerts"),
      op("post", `${w}/rates`, "Rates creation"),
      op("get", `${w}/rates/{level}/{level_id}`, "Rates list", true),
      op("get", `${w}/statistics`, "Workspace statistics", false),
      op("get", `${w}/time_entry_constraints`, "Get workspace time entry constraints", false),
      op("get", `${w}/track_reminders`, "TrackReminders", true),
      op("post", `${w}/track_reminders`, "TrackReminders", false),
      op("put", `${w}/track_reminders/{reminder_id}`, "TrackReminder", false),
      op("delete", `${w}/track_reminders/{reminder_id}`, "TrackReminder"),
      op("get", `${w}/users`, "Get workspace users", true),
      op("put", `${w}/users/{user_id}`, "Update workspace user"),
      op("put", `${w}/workspace_users/{workspace_user_id}`, "Update workspace-user"),
      op("delete", `${w}/workspace_users/{workspace_user_id}`, "Delete workspace user"),
    ];
    expect(ops.map(baseOperationId)).toEqual([
      "createWorkspace",
      "listWorkspaceUsers",
      "updateWorkspaceUsers",
      "getWorkspace",
      "updateWorkspace",
      "createAlert",
      "deleteAlert",
      "createRate",
      "listRates",
      "getStatistics",
      "getTimeEntryConstraints",
      "listTrackReminders",
      "createTrackReminder",
      "updateTrackReminder",
      "deleteTrackReminder",
      "listUsers",
      "updateUser",
      "updateWorkspaceUser",
      "deleteWorkspaceUser",
    ]);
  });

  it("names the clients-v1 operation despite the version prefix", () => {
    expect(baseOperationId(op("patch", "/v1/workspace/{workspaceId}/clients/{clientId}", "Update Client (v1)"))).toBe(
      "updateClient",
    );
  });

  it("names unseen pages readably", () => {
    expect(baseOperationId(op("get", "/me/time_entries", "Get TimeEntries", true))).toBe("listTimeEntries");
    expect(
      baseOperationId(op("patch", "/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop", "Stop TimeEntry")),
    ).toBe("stopTimeEntry");
    expect(baseOperationId(op("get", "/me", "Me", false))).toBe("getMe");
    expect(baseOperationId(op("get", "/workspaces/{workspace_id}/projects/{project_id}", "Get project"))).toBe(
      "getProject",
    );
  });

  it("falls back to the method when the title's verb does not fit it", () => {
    expect(operationVerb(op("delete", "/tags/{tag_id}", "Get rid of tag"))).toBe("delete");
    expect(operationVerb(op("post", "/tags", "List of tags"))).toBe("create");
  });
});

describe("assignOperationIds", () => {
  it("qualifies the deeper of two colliding operations by its parent resource", () => {
    const ids = assignOperationIds([
      op(
        "get",
        "/organizations/{organization_id}/workspaces/{workspace_id}/workspace_users",
        "List workspace users",
        true,
      ),
      op("get", "/workspaces/{workspace_id}/workspace_users", "List workspace users", true),
    ]);
    expect(ids).toEqual(["listOrganizationWorkspaceUsers", "listWorkspaceUsers"]);
  });

  it("uses 'my' for /me paths and stays unique when parents do not help", () => {
    const ids = assignOperationIds([
      op("get", "/workspaces/{workspace_id}/projects", "Get projects", true),
      op("get", "/me/projects", "Get projects", true),
      op("get", "/projects", "List projects", true),
    ]);
    expect(ids).toEqual(["listWorkspaceProjects", "listMyProjects", "listProjects"]);
    expect(new Set(assignOperationIds([op("get", "/a", "List a", true), op("get", "/a", "List a", true)])).size).toBe(
      2,
    );
  });

  it("is deterministic", () => {
    const ops = [op("get", "/x/{id}/items", "List items", true), op("get", "/y/{id}/items", "List items", true)];
    expect(assignOperationIds(ops)).toEqual(assignOperationIds(ops));
    expect(assignOperationIds(ops)).toEqual(["listItems", "listYItems"]);
  });
});

describe("operationIds of the Reports and Webhooks pages", () => {
  const w = "/workspace/{workspace_id}";
  it("takes the verb of the docs title, also on a POST read", () => {
    const ops = [
      op("post", `${w}/filters/clients`, "List clients"), // utils.html
      op("post", `${w}/search/time_entries`, "Search time entries"), // detailed_reports.html
      op("post", `${w}/projects/{project_id}/summary`, "Load project summary"), // summary_reports.html
      op("post", "/tags", "List of tags"), // a noun phrase on a POST is no verb
    ];
    expect(ops.map(baseOperationId)).toEqual(["listClients", "searchTimeEntries", "getSummary", "createTag"]);
  });

  it("names exports by what the title exports and the format the URL fixes", () => {
    const ops = [
      op("post", `${w}/search/time_entries.pdf`, "Export detailed report"),
      op("post", `${w}/search/time_entries.{extension}`, "Export detailed report"),
      op("post", "/shared/{report_token}/csv", "Export CSV for saved report"), // saved_reports.html
      op("post", "/shared/{report_token}/xlsx", "Export XSLX saved report"), // the docs' typo of xlsx
      op("post", `${w}/profitability/employees.{extension}`, "Export employee profitability insights"),
    ];
    expect(ops.map(baseOperationId)).toEqual([
      "exportDetailedReportPdf",
      "exportDetailedReport",
      "exportSavedReportCsv",
      "exportSavedReportXlsx",
      "exportEmployeeProfitabilityInsights",
    ]);
  });

  it("tells duplicate titles apart by path words, never by a number", () => {
    const ids = assignOperationIds([
      op("post", `${w}/filters/projects`, "List projects"),
      op("post", `${w}/search/projects`, "List projects"),
      op("put", "/subscriptions/{workspace_id}/{subscription_id}", "Update existing subscription."),
      op(
        "patch",
        "/subscriptions/{workspace_id}/{subscription_id}",
        "Updates an existing subscription enabled status given its ID and workspace ID.",
      ),
      op("get", "/me/preferences", "Preferences for the current user", false),
      op("get", "/me/preferences/{client}", "Preferences for an specific client of the current user", false),
      op("get", "/workspaces/{workspace_id}/preferences", "Get workspace preferences", false),
    ]);
    expect(ids).toEqual([
      "listProjects",
      "listSearchProjects",
      "updateSubscription",
      "patchSubscription",
      "getMyPreferences",
      "getMyClientPreferences",
      "getPreferences",
    ]);
  });

  it("leaves the plain name to the resource's home, not to the caller's /me view", () => {
    const ids = assignOperationIds([
      op("get", "/me/clients", "Clients", true),
      op("get", "/workspaces/{workspace_id}/clients", "List clients", true),
    ]);
    expect(ids).toEqual(["listMyClients", "listClients"]);
  });

  it("lists what a GET on an item path returns as an array", () => {
    expect(
      baseOperationId(
        op(
          "get",
          "/subscriptions/{workspace_id}",
          "Retrieves existing subscriptions for the requested workspace ID.",
          true,
        ),
      ),
    ).toBe("listSubscriptions");
  });

  it.each([
    // api-me.html and api-time_entries.html: singletons and qualified collections under /me
    [op("get", "/me/logged", "Logged"), "getLogged"],
    [op("get", "/me/web-timer", "WebTimer"), "getWebTimer"],
    [op("get", "/me/projects/paginated", "ProjectsPaginated", true), "listProjectsPaginated"],
    [op("get", "/me/time_entries/current", "Get current time entry", false), "getCurrentTimeEntry"],
    [op("get", "/me/quota", "API quota for the current user", true), "listQuotas"],
  ])("names %j", (operation, id) => {
    expect(baseOperationId(operation)).toBe(id);
  });

  it("leaves the plain name to the operation whose title names just the resource (insights.html vs utils.html)", () => {
    const ids = assignOperationIds([
      op("post", "/workspace/{workspace_id}/data_trends/projects", "Load projects' data trends", true),
      op("post", "/workspace/{workspace_id}/filters/projects", "List projects", true),
    ]);
    expect(ids).toEqual(["listDataTrendProjects", "listProjects"]);
  });

  it.each([
    // validate.html, ping.html: the path opens with the action, done to the subscription
    [
      op(
        "get",
        "/validate/{workspace_id}/{subscription_id}/{validation_code}",
        "Sets the subscription as validated if the received {validation_code} is correct.",
      ),
      "validateSubscription",
    ],
    [
      op("post", "/ping/{workspace_id}/{subscription_id}", "Sends test payload to subscription's callback URL."),
      "pingSubscription",
    ],
    [op("get", "/status", "Retrieve the Webhooks server status", false), "getStatus"],
  ])("names the action path %#", (operation, id) => {
    expect(baseOperationId(operation)).toBe(id);
  });
});
