import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  documentOperations,
  formatMethodName,
  nameOperations,
  resolveMethodNames,
} from "../../src/generate/method-names.js";
import { DocsInputError } from "../../src/model/errors.js";

type Json = Record<string, unknown>;

/** A committed spec with every `x-method-name` removed: what the rules alone make of the real pages. */
function unstampedSpec(api: string): Json {
  const doc = JSON.parse(readFileSync(`spec/${api}.openapi.json`, "utf8")) as Json;
  for (const item of Object.values(doc.paths as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) if (typeof op === "object" && op !== null) delete op["x-method-name"];
  }
  return doc;
}

function namesByRules(api: string): Map<string, string> {
  return new Map([...resolveMethodNames(unstampedSpec(api))].map(([key, name]) => [key, formatMethodName(name)]));
}

const track = namesByRules("toggl-track-v9");
const reports = namesByRules("toggl-reports-v3");
const webhooks = namesByRules("toggl-webhooks-v1");

describe("the naming rules on the real Toggl pages (no table)", () => {
  // [operation, expected name, where the docs put it: section / title]
  it.each([
    ["GET /me", "me.get", "Me / Me"],
    ["GET /me/time_entries", "timeEntries.list", "Time entries / TimeEntries"],
    ["GET /me/time_entries/current", "timeEntries.current", "Time entries / Get current time entry"],
    ["GET /me/time_entries/{time_entry_id}", "timeEntries.get", "Time entries / Get a time entry by ID."],
    ["POST /workspaces/{workspace_id}/time_entries", "timeEntries.create", "Time entries / TimeEntries"],
    ["PUT /workspaces/{workspace_id}/time_entries/{time_entry_id}", "timeEntries.update", "Time entries / TimeEntries"],
    [
      "PATCH /workspaces/{workspace_id}/time_entries/{time_entry_id}/stop",
      "timeEntries.stop",
      "Time entries / Stop TimeEntry",
    ],
    [
      "DELETE /workspaces/{workspace_id}/time_entries/{time_entry_id}",
      "timeEntries.delete",
      "Time entries / TimeEntries",
    ],
    // near miss: "Bulk editing time entries" is an update too, but PUT has `update`: the PATCH says what it is
    [
      "PATCH /workspaces/{workspace_id}/time_entries/{time_entry_id}",
      "timeEntries.patch",
      "Time entries / Bulk editing time entries",
    ],
    ["GET /workspaces/{workspace_id}/projects", "projects.list", "Projects / WorkspaceProjects"],
    ["GET /workspaces/{workspace_id}/clients", "clients.list", "Clients / List clients"],
    ["GET /workspaces/{workspace_id}/clients/{client_id}", "clients.get", "Clients / Load client from ID"],
    ["PUT /workspaces/{workspace_id}/clients/{client_id}", "clients.update", "Clients / Change client"],
    ["POST /workspaces/{workspace_id}/clients/{client_id}/archive", "clients.archive", "Clients / Archives client"],
    // a sub-resource documented in the Projects section gets its own namespace
    ["GET /workspaces/{workspace_id}/project_users", "projectUsers.list", "Projects / Get workspace projects users"],
    [
      "POST /workspaces/{workspace_id}/project_users",
      "projectUsers.create",
      "Projects / Add an user into workspace projects users",
    ],
    [
      "DELETE /workspaces/{workspace_id}/project_groups/{project_group_id}",
      "projectGroups.delete",
      "Groups / Remove project group.",
    ],
    // the section owns the path: the method names what lies below it
    ["POST /workspaces/{workspace_id}/alerts", "workspaces.createAlert", "Workspaces / Alerts"],
    ["GET /workspaces/{workspace_id}/rates/{level}/{level_id}", "workspaces.listRates", "Workspaces / Rates list"],
    ["GET /workspaces/{workspace_id}/statistics", "workspaces.getStatistics", "Workspaces / Workspace statistics"],
    [
      "GET /workspaces/{workspace_id}/time_entry_constraints",
      "workspaces.getTimeEntryConstraints",
      "Workspaces / Get workspace time entry constraints",
    ],
    ["GET /workspaces/{workspace_id}/users", "workspaces.listUsers", "Workspaces / Get workspace users"],
    [
      "PATCH /organizations/{organization_id}/workspaces/{workspace_id}/workspace_users",
      "workspaces.updateWorkspaceUsers",
      "Workspaces / Changes the users in a workspace.",
    ],
    ["GET /me/clients", "me.listClients", "Me / Clients"],
    ["GET /me/logged", "me.getLogged", "Me / Logged"],
    ["GET /me/projects/paginated", "me.listPaginatedProjects", "Me / ProjectsPaginated"],
    ["POST /me/reset_token", "me.resetToken", "Authentication / ResetToken"],
    [
      "DELETE /organizations/{organization_id}/users/leave",
      "organizations.leave",
      "Organizations / Leaves organization",
    ],
    [
      "GET /organizations/{organization_id}/workspaces/statistics",
      "organizations.getWorkspaceStatistics",
      "Organizations / Statistics for all workspaces in the organization",
    ],
    [
      "PUT /organizations/{organization_id}/invitations/{invitation_id}/resend",
      "invitations.resend",
      "Invitations / Resends user their invitation",
    ],
    ["PATCH /organizations/{organization_id}/groups/{group_id}", "groups.patch", "Groups / Patch group"],
    // collisions are resolved with the operation's own words: Octokit's listFor<Owner>, the key parameter
    ["GET /workspaces/{workspace_id}/tasks", "tasks.list", "Tasks / Tasks"],
    [
      "GET /workspaces/{workspace_id}/projects/{project_id}/tasks",
      "tasks.listForProject",
      "Tasks / WorkspaceProjectTasks",
    ],
    [
      "GET /organizations/{organization_id}/workspaces/{workspace_id}/groups",
      "groups.listForWorkspace",
      "Groups / List of groups in a workspace…",
    ],
    ["GET /me/preferences", "preferences.get", "Preferences / Preferences for the current user"],
    ["GET /me/preferences/{client}", "preferences.getForClient", "Preferences / Preferences for an specific client…"],
    [
      "POST /workspaces/{workspace_id}/preferences",
      "preferences.updateForWorkspace",
      "Preferences / Update workspace preferences",
    ],
  ])("Track %s → %s (%s)", (key, expected) => expect(track.get(key)).toBe(expected));

  it.each([
    [
      "POST /workspace/{workspace_id}/search/time_entries",
      "detailed.searchTimeEntries",
      "Detailed reports / Search time entries",
    ],
    [
      "POST /workspace/{workspace_id}/search/time_entries/totals",
      "detailed.getTotals",
      "Detailed reports / Load totals detailed report",
    ],
    // documented under Exports, but an export of the detailed report goes beside it
    [
      "POST /workspace/{workspace_id}/search/time_entries.pdf",
      "detailed.exportPdf",
      "Exports / Export detailed report",
    ],
    [
      "POST /workspace/{workspace_id}/search/time_entries.{extension}",
      "detailed.export",
      "Exports / Export detailed report",
    ],
    [
      "POST /workspace/{workspace_id}/summary/time_entries",
      "summary.searchTimeEntries",
      "Summary reports / Search time entries",
    ],
    [
      "POST /workspace/{workspace_id}/weekly/time_entries.csv",
      "weekly.exportCsv",
      "Weekly reports / Export weekly report",
    ],
    ["POST /shared/{report_token}", "saved.get", "Saved reports / Load the previously saved report"],
    ["POST /shared/{report_token}/xlsx", "saved.exportXlsx", "Saved reports / Export XSLX saved report"],
    [
      "POST /workspace/{workspace_id}/profitability/employees.{extension}",
      "insights.exportEmployeeProfitability",
      "Insights / Export employee profitability insights",
    ],
    [
      "POST /workspace/{workspace_id}/data_trends/projects",
      "insights.getProjectDataTrends",
      "Insights / Load projects' data trends",
    ],
    // near miss: a POST titled "List clients" lists, never creates
    ["POST /workspace/{workspace_id}/filters/clients", "clients.list", "Utils / List clients"],
    ["POST /workspace/{workspace_id}/search/clients", "clients.search", "Utils / Search clients"],
    // two "List projects" pages: the /search one takes its path's verb
    ["POST /workspace/{workspace_id}/filters/projects", "projects.list", "Utils / List projects"],
    ["POST /workspace/{workspace_id}/search/projects", "projects.search", "Utils / List projects"],
    [
      "POST /workspace/{workspace_id}/filters/projects/status",
      "projects.listStatuses",
      "Utils / List projects statuses",
    ],
  ])("Reports %s → %s (%s)", (key, expected) => expect(reports.get(key)).toBe(expected));

  it.each([
    ["GET /subscriptions/{workspace_id}", "subscriptions.list", "Subscriptions / Retrieves existing subscriptions…"],
    [
      "PUT /subscriptions/{workspace_id}/{subscription_id}",
      "subscriptions.update",
      "Subscriptions / Update existing subscription.",
    ],
    [
      "PATCH /subscriptions/{workspace_id}/{subscription_id}",
      "subscriptions.patch",
      "Subscriptions / Updates an existing subscription enabled status…",
    ],
    // sections named by a verb: the operation acts on the subscription its path picks
    [
      "POST /ping/{workspace_id}/{subscription_id}",
      "subscriptions.ping",
      "Ping / Sends test payload to subscription's callback URL.",
    ],
    [
      "GET /validate/{workspace_id}/{subscription_id}/{validation_code}",
      "subscriptions.validate",
      "Validate / Sets the subscription as validated…",
    ],
    // near miss: "limits" reads plural but is one object
    ["GET /limits/{workspace_id}", "limits.get", "Limits / Returns the webhook limits…"],
    ["GET /event_filters", "eventFilters.list", "Event filters / Returns the list of supported event filters."],
  ])("Webhooks %s → %s (%s)", (key, expected) => expect(webhooks.get(key)).toBe(expected));

  it("reproduces every name the shipped client already had (clients.*, workspaces.*)", () => {
    const shipped = JSON.parse(readFileSync("spec/toggl-track-v9.names.json", "utf8")) as Record<string, string>;
    const shippedNamespaces = Object.entries(shipped).filter(([, name]) => /^(clients|workspaces)\./.test(name));
    expect(shippedNamespaces.length).toBe(26);
    for (const [key, name] of shippedNamespaces) expect([key, track.get(key)]).toEqual([key, name]);
  });

  it("gives every operation a unique name without numeric suffixes or names built from the whole path", () => {
    for (const names of [track, reports, webhooks]) {
      const values = [...names.values()];
      expect(new Set(values).size).toBe(values.length);
      for (const name of values) {
        expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
        expect(name.split(".")[1]!.length).toBeLessThanOrEqual(36);
      }
    }
    expect(track.size + reports.size + webhooks.size).toBe(146);
  });
});

describe("names for a foreign spec with no table", () => {
  it("names every GitHub operation uniquely per namespace, the way Octokit does where it can", () => {
    const require = createRequire(import.meta.url);
    const github = require("@octokit/openapi/generated/api.github.com.json") as Json;
    const names = resolveMethodNames(github);
    const dotted = [...names.values()].map(formatMethodName);
    expect(names.size).toBe(documentOperations(github).length);
    expect(new Set(dotted).size).toBe(dotted.length);
    const byKey = (key: string) => formatMethodName(names.get(key)!);
    expect(byKey("GET /orgs/{org}/hooks")).toBe("orgs.listHooks");
    expect(byKey("GET /orgs/{org}/issues")).toBe("issues.listForOrg");
    expect(byKey("GET /repos/{owner}/{repo}/issues")).toBe("issues.listForRepo");
    expect(byKey("GET /repos/{owner}/{repo}/issues/{issue_number}")).toBe("issues.get");
  });

  it("names a spec without tags, summaries or operationIds from its paths alone", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "Pets", version: "1" },
      paths: {
        "/pets": { get: { responses: {} }, post: { responses: {} } },
        "/pets/{pet_id}": { get: { responses: {} }, delete: { responses: {} } },
        "/owners/{owner_id}/pets": { get: { responses: {} } },
        "/": { get: { responses: {} } },
      },
    };
    const names = [...resolveMethodNames(doc)].map(([key, name]) => `${key} ${formatMethodName(name)}`);
    expect(names).toEqual([
      "GET /pets pets.list",
      "POST /pets pets.create",
      "GET /pets/{pet_id} pets.get",
      "DELETE /pets/{pet_id} pets.delete",
      "GET /owners/{owner_id}/pets pets.listForOwner",
      "GET / api.get",
    ]);
  });
});

describe("x-method-name", () => {
  const doc = (stamps: Record<string, string | undefined>) => ({
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: {
      "/clients": {
        get: { summary: "List clients", tags: ["Clients"], "x-method-name": stamps.list, responses: {} },
        post: { summary: "Create client", tags: ["Clients"], "x-method-name": stamps.create, responses: {} },
      },
    },
  });

  it("wins over the rules, and the rules never take a stamped name", () => {
    const names = resolveMethodNames(doc({ list: "clients.create", create: undefined }));
    expect(formatMethodName(names.get("GET /clients")!)).toBe("clients.create");
    const created = formatMethodName(names.get("POST /clients")!);
    expect(created).not.toBe("clients.create");
    expect(created).toMatch(/^clients\.[a-z]/);
  });

  it("is refused, naming the operation, when malformed or used twice", () => {
    expect(() => resolveMethodNames(doc({ list: "clients list" }), "spec/x.json")).toThrow(DocsInputError);
    expect(() => resolveMethodNames(doc({ list: "clients list" }), "spec/x.json")).toThrow(
      /spec\/x\.json:1: GET \/clients: x-method-name "clients list"/,
    );
    expect(() => resolveMethodNames(doc({ list: "clients.all", create: "clients.all" }))).toThrow(
      /POST \/clients: x-method-name clients\.all is already the name of GET \/clients/,
    );
  });

  it("lets nameOperations work around names already taken in a namespace", () => {
    const ops = documentOperations(doc({}));
    const names = nameOperations(ops, "T", new Map([["clients", new Set(["list"])]]));
    expect(formatMethodName(names.get("GET /clients")!)).not.toBe("clients.list");
    expect(formatMethodName(names.get("POST /clients")!)).toBe("clients.create");
  });
});
