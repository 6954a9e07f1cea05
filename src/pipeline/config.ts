import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ApiConfig, ProjectConfig } from "../config/types.js";
import { DocsInputError } from "../model/errors.js";

export const CONFIG_FILE = "docs2client.config.json";

/** Reads and checks docs2client.config.json; every problem names the file and what is wrong. */
export async function loadProjectConfig(root: string): Promise<ProjectConfig> {
  const file = path.join(root, CONFIG_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw DocsInputError.at({ file: CONFIG_FILE, line: 1 }, `cannot read config: ${(error as Error).message}`, "bad-config");
  }
  return checkProjectConfig(raw);
}

/** Validates the shape of a parsed config by hand: it is small, and the messages matter more than a schema. */
export function checkProjectConfig(raw: unknown): ProjectConfig {
  const fail = (message: string): never => {
    throw DocsInputError.at({ file: CONFIG_FILE, line: 1 }, message, "bad-config");
  };
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
    if (!Array.isArray(api.auth) || api.auth.some((a) => a !== "basic" && a !== "bearer"))
      fail(`${at}.auth must be a list of "basic" and/or "bearer"`);
    if (api.server !== undefined && !/^https?:\/\//.test(api.server)) fail(`${at}.server must be an http(s) URL`);
  }
  return raw as ProjectConfig;
}
