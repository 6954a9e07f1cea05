import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import { checkProjectConfig } from "../../src/pipeline/config.js";

const good = JSON.parse(readFileSync(new URL("../../docs2client.config.json", import.meta.url), "utf8"));

describe("checkProjectConfig", () => {
  it("accepts the project's own config", () => {
    expect(checkProjectConfig(good).apis.map((a) => a.name)).toEqual([
      "toggl-track-v9",
      "toggl-reports-v3",
      "toggl-webhooks-v1",
      "clients-v1",
    ]);
  });
  it.each([
    [{}, '"apis" must be a non-empty array'],
    [{ apis: [{ ...good.apis[0], name: "Bad Name" }] }, "apis[0].name must be lower-case"],
    [{ apis: [good.apis[0], good.apis[0]] }, 'apis[1].name "toggl-track-v9" is used twice'],
    [{ apis: [{ ...good.apis[0], auth: ["digest"] }] }, "apis[0].auth must be"],
    [{ apis: [{ ...good.apis[0], sources: [] }] }, "apis[0].sources must list"],
    [{ apis: [{ ...good.apis[0], clientClass: "lower" }] }, "apis[0].clientClass must be"],
    [
      { apis: [{ ...good.apis[0], profile: "nope" }] },
      'apis[0].profile "nope" names no entry of "profiles" (known: none)',
    ],
    [
      { apis: [{ ...good.apis[0], profile: { errorBody: "xml" } }] },
      'apis[0].profile.errorBody must be one of "none", "json-string" (got "xml")',
    ],
    [
      { apis: [{ ...good.apis[0], profile: { errorbody: "none" } }] },
      "apis[0].profile.errorbody is not a profile setting (known: errorBody, docsLinks)",
    ],
    [
      { apis: [{ ...good.apis[0], profile: { docsLinks: { page: "{docsUrl}" } } }] },
      "apis[0].profile.docsLinks.page is not a link kind",
    ],
    [
      { apis: [{ ...good.apis[0], profile: { docsLinks: { section: "https://x/{section}" } } }] },
      'apis[0].profile.docsLinks.section must be a string starting with "{docsUrl}"',
    ],
    [
      { apis: [{ ...good.apis[0], profile: { docsLinks: { section: "{docsUrl}#{anchor}" } } }] },
      "apis[0].profile.docsLinks.section uses {anchor}; a section link may use {docsUrl}, {section}",
    ],
    [
      { apis: [{ ...good.apis[0], profile: { docsLinks: { operation: "{docsUrl}{slug}" } } }] },
      "apis[0].profile.docsLinks.operation uses {slug}",
    ],
    [{ profiles: [], apis: good.apis }, '"profiles" must be an object of named profiles'],
    [{ profiles: { t: { errorBody: 1 } }, apis: good.apis }, "profiles.t.errorBody must be one of"],
  ])("rejects %j with a message naming the file", (raw, message) => {
    expect(() => checkProjectConfig(raw)).toThrow(DocsInputError);
    expect(() => checkProjectConfig(raw)).toThrow(`docs2client.config.json:1: ${message}`);
  });

  describe("profiles", () => {
    it("resolves a named profile for each API that names it; an API without one has none", () => {
      const config = checkProjectConfig(good);
      const byName = new Map(config.apis.map((a) => [a.name, a.profile]));
      expect(byName.get("toggl-track-v9")).toEqual({
        errorBody: "json-string",
        docsLinks: { section: "{docsUrl}{section}/", operation: "{docsUrl}{section}/#{anchor}" },
      });
      expect(byName.get("toggl-webhooks-v1")).toBe(byName.get("toggl-track-v9"));
      expect(byName.get("clients-v1")).toBeUndefined();
      expect(config).not.toHaveProperty("profiles");
    });
    it("takes an inline profile, without its $comment, and an API without auth (the pages decide)", () => {
      const { auth: _auth, ...noAuth } = good.apis[3];
      const config = checkProjectConfig({ apis: [{ ...noAuth, profile: { $comment: "why", errorBody: "none" } }] });
      expect(config.apis[0]!.profile).toEqual({ errorBody: "none" });
      expect(config.apis[0]!.auth).toBeUndefined();
    });
  });

  describe("packages", () => {
    const pkg = good.packages[0];
    const withPackages = (...packages: unknown[]) => ({ apis: good.apis, packages });
    it("accepts the project's Toggl package: Track at the root, Reports and Webhooks mounted", () => {
      const config = checkProjectConfig(good);
      expect(
        config.packages?.map((p) => [p.name, p.npmName, p.clientClass, p.apis.map((a) => a.mount ?? "(root)")]),
      ).toEqual([["toggl", "@docs2client/toggl", "Toggl", ["(root)", "reports", "webhooks"]]]);
    });
    it.each([
      [withPackages({ ...pkg, npmName: "Bad Name" }), 'packages[0].npmName "Bad Name" is not a valid npm package name'],
      [
        withPackages({ ...pkg, name: "clients-v1" }),
        'packages[0].name "clients-v1" is already the folder of another package or API',
      ],
      [
        withPackages({ ...pkg, apis: [{ api: "nope", dir: "x" }] }),
        'packages[0].apis[0].api must name an entry of "apis" (got "nope")',
      ],
      [
        withPackages({ ...pkg, apis: [{ ...pkg.apis[0], mount: "track" }] }),
        'packages[0].apis[0] is the package\'s root API: it has no "mount"',
      ],
      [
        withPackages({ ...pkg, apis: [pkg.apis[0], { ...pkg.apis[1], mount: undefined }] }),
        "packages[0].apis[1].mount must be an identifier",
      ],
      [
        withPackages({ ...pkg, apis: [pkg.apis[0], { ...pkg.apis[1], dir: "track" }] }),
        'packages[0].apis[1].dir "track" is used twice in this package',
      ],
      [
        withPackages({ ...pkg, apis: [pkg.apis[0], { ...pkg.apis[1], dir: "runtime" }] }),
        'packages[0].apis[1].dir must be lower-case letters, digits and dashes, and not "runtime"',
      ],
      [
        withPackages(pkg, { ...pkg, name: "other" }),
        'packages[1].apis[0].api "toggl-track-v9" is already in package "toggl"',
      ],
      [withPackages({ ...pkg, version: "one" }), 'packages[0].version must be a semver version like "1.2.3"'],
    ])("rejects %j with a message naming the file", (raw, message) => {
      expect(() => checkProjectConfig(raw)).toThrow(`docs2client.config.json:1: ${message}`);
    });
  });
});
