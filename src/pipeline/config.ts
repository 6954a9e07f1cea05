import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOCS_LINK_PLACEHOLDERS } from "../config/profile.js";
import type { ApiConfig, ApiProfile, PackageConfig, ProjectConfig, ProjectConfigFile } from "../config/types.js";
import { DocsInputError } from "../model/errors.js";

const CONFIG_FILE = "docs2client.config.json";

/** Reads and checks docs2client.config.json; every problem names the file and what is wrong. */
export async function loadProjectConfig(root: string): Promise<ProjectConfig> {
  const file = path.join(root, CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw DocsInputError.at(
      { file: CONFIG_FILE, line: 1 },
      `cannot read config: ${(error as Error).message}`,
      "bad-config",
    );
  }
  return checkProjectConfig(raw);
}

/**
 * Validates the shape of a parsed config by hand: it is small, and the messages matter more than a
 * schema. Returns it with each API's `profile` resolved to an object.
 */
export function checkProjectConfig(raw: unknown): ProjectConfig {
  const fail = (message: string): never => {
    throw DocsInputError.at({ file: CONFIG_FILE, line: 1 }, message, "bad-config");
  };
  const profiles = checkProfiles((raw as { profiles?: unknown })?.profiles, fail);
  const apis = (raw as { apis?: unknown })?.apis;
  if (!Array.isArray(apis) || apis.length === 0) fail('"apis" must be a non-empty array');
  const names = new Set<string>();
  for (const [i, api] of (apis as Partial<ApiConfig>[]).entries()) {
    const at = `apis[${i}]`;
    for (const key of ["name", "title", "version", "clientClass"] as const) {
      if (typeof api[key] !== "string" || api[key] === "") fail(`${at}.${key} must be a non-empty string`);
    }
    if (!/^[a-z0-9][a-z0-9-]*$/.test(api.name!)) fail(`${at}.name must be lower-case letters, digits and dashes`);
    if (names.has(api.name!)) fail(`${at}.name "${api.name}" is used twice`);
    names.add(api.name!);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(api.clientClass!)) fail(`${at}.clientClass must be a PascalCase identifier`);
    if (!Array.isArray(api.sources) || api.sources.length === 0) fail(`${at}.sources must list at least one page`);
    if (api.auth !== undefined && (!Array.isArray(api.auth) || api.auth.some((a) => a !== "basic" && a !== "bearer")))
      fail(`${at}.auth must be a list of "basic" and/or "bearer" (or absent: the pages' evidence decides)`);
    if (api.server !== undefined && !/^https?:\/\//.test(api.server)) fail(`${at}.server must be an http(s) URL`);
  }
  checkPackages((raw as { packages?: unknown }).packages, names, fail);
  const file = raw as ProjectConfigFile;
  const resolved: ApiConfig[] = file.apis.map((api, i) => {
    const { profile, ...rest } = api;
    if (profile === undefined) return rest;
    if (typeof profile === "string") {
      if (!Object.hasOwn(profiles, profile))
        fail(
          `apis[${i}].profile "${profile}" names no entry of "profiles" (known: ${Object.keys(profiles).join(", ") || "none"})`,
        );
      return { ...rest, profile: profiles[profile]! };
    }
    return { ...rest, profile: checkProfile(profile, `apis[${i}].profile`, fail) };
  });
  const { profiles: _shared, ...config } = file;
  return { ...config, apis: resolved } as ProjectConfig;
}

/** `profiles`: named profiles that APIs share by `"profile": "<name>"`. */
function checkProfiles(raw: unknown, fail: (message: string) => never): Record<string, ApiProfile> {
  if (raw === undefined) return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    fail('"profiles" must be an object of named profiles');
  const result: Record<string, ApiProfile> = {};
  for (const [name, profile] of Object.entries(raw as Record<string, unknown>)) {
    if (name === "$comment") continue;
    result[name] = checkProfile(profile, `profiles.${name}`, fail);
  }
  return result;
}

const PROFILE_KEYS = new Set(["$comment", "errorBody", "docsLinks"]);
const ERROR_BODIES = ["none", "json-string"];

/**
 * One profile (src/config/types.ts ApiProfile): every key known, every value one the normaliser
 * understands, so a typo fails here instead of silently meaning the default.
 */
export function checkProfile(raw: unknown, at: string, fail: (message: string) => never): ApiProfile {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(`${at} must be an object`);
  const profile = raw as Record<string, unknown>;
  for (const key of Object.keys(profile)) {
    if (!PROFILE_KEYS.has(key))
      fail(
        `${at}.${key} is not a profile setting (known: ${[...PROFILE_KEYS].filter((k) => k !== "$comment").join(", ")})`,
      );
  }
  if (profile.errorBody !== undefined && !ERROR_BODIES.includes(profile.errorBody as string))
    fail(
      `${at}.errorBody must be one of ${ERROR_BODIES.map((v) => `"${v}"`).join(", ")} (got ${JSON.stringify(profile.errorBody)})`,
    );
  const links = profile.docsLinks;
  if (links !== undefined) {
    if (typeof links !== "object" || links === null || Array.isArray(links))
      fail(`${at}.docsLinks must be an object with "section" and/or "operation" patterns`);
    for (const [kind, pattern] of Object.entries(links as Record<string, unknown>)) {
      if (kind !== "section" && kind !== "operation")
        fail(`${at}.docsLinks.${kind} is not a link kind (known: section, operation)`);
      const problem = docsLinkProblem(pattern, kind as "section" | "operation");
      if (problem) fail(`${at}.docsLinks.${kind} ${problem}`);
    }
  }
  const { $comment: _comment, ...settings } = profile;
  return settings as ApiProfile;
}

/** Why a docs-link pattern is unusable, or undefined: it must build a URL under docsUrl from known placeholders. */
function docsLinkProblem(pattern: unknown, kind: "section" | "operation"): string | undefined {
  if (typeof pattern !== "string" || !pattern.startsWith("{docsUrl}"))
    return `must be a string starting with "{docsUrl}" (got ${JSON.stringify(pattern)})`;
  const allowed: readonly string[] =
    kind === "section" ? DOCS_LINK_PLACEHOLDERS.filter((p) => p !== "anchor") : DOCS_LINK_PLACEHOLDERS;
  for (const [, name] of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!allowed.includes(name!))
      return `uses {${name}}; a ${kind} link may use ${allowed.map((p) => `{${p}}`).join(", ")}`;
  }
  if (/\s/.test(pattern)) return "must not contain whitespace";
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NPM_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/**
 * `packages`: each names existing APIs, each API in at most one package, one root API (no `mount`)
 * listed first, distinct folders and mounts, and names npm and TypeScript accept.
 */
function checkPackages(raw: unknown, apiNames: ReadonlySet<string>, fail: (message: string) => never): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) fail('"packages" must be an array');
  const packaged = new Map<string, string>();
  const folders = new Set(apiNames);
  for (const [i, pkg] of (raw as Partial<PackageConfig>[]).entries()) {
    const at = `packages[${i}]`;
    if (typeof pkg !== "object" || pkg === null) fail(`${at} must be an object`);
    for (const key of ["name", "npmName", "clientClass"] as const) {
      if (typeof pkg[key] !== "string" || pkg[key] === "") fail(`${at}.${key} must be a non-empty string`);
    }
    if (!/^[a-z0-9][a-z0-9-]*$/.test(pkg.name!))
      fail(`${at}.name must be lower-case letters, digits and dashes (it is the folder generated/<name>)`);
    if (folders.has(pkg.name!)) fail(`${at}.name "${pkg.name}" is already the folder of another package or API`);
    folders.add(pkg.name!);
    if (!NPM_NAME.test(pkg.npmName!)) fail(`${at}.npmName "${pkg.npmName}" is not a valid npm package name`);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(pkg.clientClass!)) fail(`${at}.clientClass must be a PascalCase identifier`);
    if (pkg.version !== undefined && !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(String(pkg.version)))
      fail(`${at}.version must be a semver version like "1.2.3"`);
    if (pkg.readme !== undefined && (typeof pkg.readme !== "string" || !pkg.readme.endsWith(".md")))
      fail(`${at}.readme must be the path of a markdown file`);
    if (!Array.isArray(pkg.apis) || pkg.apis.length === 0) fail(`${at}.apis must list at least one API`);
    const dirs = new Set<string>();
    const mounts = new Set<string>();
    for (const [j, entry] of pkg.apis!.entries()) {
      const where = `${at}.apis[${j}]`;
      if (typeof entry?.api !== "string" || !apiNames.has(entry.api))
        fail(`${where}.api must name an entry of "apis" (got ${JSON.stringify(entry?.api)})`);
      if (packaged.has(entry.api))
        fail(`${where}.api "${entry.api}" is already in package "${packaged.get(entry.api)}"`);
      packaged.set(entry.api, pkg.name!);
      if (typeof entry.dir !== "string" || !/^[a-z][a-z0-9-]*$/.test(entry.dir) || entry.dir === "runtime")
        fail(`${where}.dir must be lower-case letters, digits and dashes, and not "runtime"`);
      if (dirs.has(entry.dir)) fail(`${where}.dir "${entry.dir}" is used twice in this package`);
      dirs.add(entry.dir);
      if (j === 0 && entry.mount !== undefined) fail(`${where} is the package's root API: it has no "mount"`);
      if (j > 0 && (typeof entry.mount !== "string" || !IDENTIFIER.test(entry.mount)))
        fail(
          `${where}.mount must be an identifier (the client's property for this API); only the first API sits at the root`,
        );
      if (entry.mount !== undefined && mounts.has(entry.mount)) fail(`${where}.mount "${entry.mount}" is used twice`);
      if (entry.mount !== undefined) mounts.add(entry.mount);
    }
  }
}

/** A profile on its own (`docs2client extract --profile <file.json>`): problems name that file. */
export async function loadProfileFile(file: string): Promise<ApiProfile> {
  const fail = (message: string): never => {
    throw DocsInputError.at({ file, line: 1 }, message, "bad-profile");
  };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    fail(`cannot read profile: ${(error as Error).message}`);
  }
  return checkProfile(raw, "profile", fail);
}
