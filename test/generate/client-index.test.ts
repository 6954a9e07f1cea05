import { describe, expect, it } from "vitest";
import { optionsTypeText, renderClientIndex } from "../../src/generate/client-index.js";
import { readSpec } from "../../src/generate/spec.js";
import { loadFixture, planFixture } from "./compile-helpers.js";
import { resolveMethodNames } from "../../src/generate/method-names.js";
import { planClient } from "../../src/generate/plan.js";

describe("optionsTypeText", () => {
  it.each([
    [[], "ClientOptions"],
    [["basic"], "ClientOptions & BasicAuthOptions"],
    [["bearer"], "ClientOptions & BearerAuthOptions"],
    [["bearer", "basic"], "ClientOptions & (BearerAuthOptions | BasicAuthOptions)"],
  ] as const)("%j → %s", (auth, expected) => expect(optionsTypeText(auth)).toBe(expected));
});

describe("index.ts", () => {
  const spec = readSpec(loadFixture("toggl"), "toggl.json");
  const text = renderClientIndex(planFixture("toggl", "Toggl"), {
    apiName: "toggl-track-v9",
    baseUrl: spec.baseUrl,
    auth: spec.auth,
    runtimeImport: "docs2client/runtime",
    specTitle: spec.title,
  });

  it("declares the Core class over ApiClient<paths>, passing shareWith, and the client with one property per namespace", () => {
    expect(text).toContain("export class TogglCore extends ApiClient<paths> {");
    expect(text).toContain("export class Toggl extends TogglCore {");
    expect(text).toContain("  readonly clients: ClientsApi = new ClientsApi(this);");
    expect(text).toContain("  readonly workspaces: WorkspacesApi = new WorkspacesApi(this);");
    expect(text).toContain("  readonly me: MeApi = new MeApi(this);");
    expect(text).toContain(
      "  constructor(options: TogglOptions, shareWith?: ApiClient) {\n    super(options, apiDefaults, shareWith);\n  }",
    );
  });

  it("fixes the API defaults and options type from the spec", () => {
    expect(text).toContain("export type TogglOptions = ClientOptions & BasicAuthOptions;");
    expect(text).toContain(
      'const apiDefaults = { name: "toggl-track-v9", baseUrl: "https://api.track.toggl.com/api/v9", auth: ["basic"] } as const satisfies ApiDefaults;',
    );
  });

  it("re-exports functions, types, schema types and the runtime", () => {
    expect(text).toContain('export type { components, operations, paths, webhooks } from "./schema.js";');
    expect(text).toMatch(
      /export \{\n {2}ClientsApi,\n {2}listClients,\n {2}type ListClientsParams,\n {2}type ListClientsResponse,/,
    );
    expect(text.trimEnd().endsWith('export * from "docs2client/runtime";')).toBe(true);
  });
});

describe("quota headers", () => {
  it("passes the spec's x-quota-headers to the runtime, and nothing when the spec has none", () => {
    const withQuota = readSpec(
      {
        ...loadFixture("toggl"),
        "x-quota-headers": { remaining: "X-Q-Left", resetsIn: "X-Q-Reset", "x-source": ["o.html:1"] },
      },
      "toggl.json",
    );
    expect(withQuota.quotaHeaders).toEqual({ remaining: "X-Q-Left", resetsIn: "X-Q-Reset" });
    const facts = { apiName: "a", baseUrl: "", auth: [], runtimeImport: "r", specTitle: "t" };
    const text = renderClientIndex(planClient(withQuota, "A", resolveMethodNames(loadFixture("toggl"))), {
      ...facts,
      quotaHeaders: withQuota.quotaHeaders,
    });
    expect(text).toContain('quotaHeaders: { remaining: "X-Q-Left", resetsIn: "X-Q-Reset" }');
    expect(readSpec(loadFixture("toggl"), "toggl.json").quotaHeaders).toBeUndefined();
    expect(
      renderClientIndex(planClient(withQuota, "A", resolveMethodNames(loadFixture("toggl"))), facts),
    ).not.toContain("quotaHeaders");
  });
});
