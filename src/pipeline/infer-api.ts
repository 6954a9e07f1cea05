/**
 * Facts the `extract` command needs but a config would normally give: the server URL and a title.
 * They are inferred from what the pages show, and the command's flags override them. (The auth
 * scheme is the normaliser's decision from the pages' evidence: `src/normalise/security.ts`.)
 */
import type { ApiConfig, ApiProfile } from "../config/types.js";
import type { DocPage } from "../model/types.js";

/**
 * The API's base URL from the documented operation URLs: their common prefix, cut after the last
 * version segment (`/v9`, `/api/v9`) when there is one, else at the origin. Relative paths only
 * (clients-v1 style) → undefined: the docs name no host.
 */
export function inferServerUrl(urls: readonly string[]): string | undefined {
  // A damaged URL ("https://", "http://[x") is not evidence of the server: it is skipped, not thrown.
  const absolute = urls
    .filter((u) => /^https?:\/\//i.test(u))
    .map((u) => u.replace(/[{}]/g, "_"))
    .filter((u) => URL.canParse(u))
    .map((u) => new URL(u));
  if (absolute.length === 0) return undefined;
  const origin = absolute[0]!.origin;
  if (absolute.some((u) => u.origin !== origin)) return origin;
  const segmentLists = absolute.map((u) => u.pathname.split("/").filter(Boolean));
  const common: string[] = [];
  for (let i = 0; segmentLists.every((s) => s[i] !== undefined && s[i] === segmentLists[0]![i]); i++) {
    common.push(segmentLists[0]![i]!);
  }
  const lastVersion = common.findLastIndex((s) => /^v\d+(\.\d+)*$/i.test(s));
  return lastVersion >= 0 ? `${origin}/${common.slice(0, lastVersion + 1).join("/")}` : origin;
}

/** `info` of the first spec a page embeds (a page generated from a spec knows the API's title and version). */
function embeddedInfo(pages: readonly DocPage[]): { title?: unknown; version?: unknown } {
  const info = pages.find((p) => p.embeddedSpec)?.embeddedSpec?.document.info;
  return typeof info === "object" && info !== null ? (info as { title?: unknown; version?: unknown }) : {};
}

/** The API version a page's embedded spec states, when there is one. */
export function inferVersion(pages: readonly DocPage[]): string | undefined {
  const { version } = embeddedInfo(pages);
  return typeof version === "string" && version.trim() !== "" ? version.trim() : undefined;
}

/** A readable title when none is given: the embedded spec's, else the sections the pages document. */
export function inferTitle(pages: readonly DocPage[]): string {
  const { title } = embeddedInfo(pages);
  if (typeof title === "string" && title.trim() !== "") return title.trim();
  const sections = [...new Set(pages.map((p) => p.title).filter(Boolean))];
  return sections.length > 0 ? `${sections.join(", ")} API` : "Extracted API";
}

/** What the `extract` command (or a benchmark) is told about an API; the rest is inferred. */
export interface GivenApiFacts {
  name: string;
  title?: string;
  server?: string;
  version?: string;
  docsUrl?: string;
  /** Without it the normaliser decides from the pages' evidence (`src/normalise/security.ts`). */
  auth?: "basic" | "bearer" | "none";
  sources: string[];
  /** Without it the neutral defaults (`src/config/profile.ts`): no convention of one API assumed. */
  profile?: ApiProfile;
}

/** The API config for pages read without a config file: given facts first, then what the pages show. */
export function apiForPages(pages: readonly DocPage[], given: GivenApiFacts): ApiConfig {
  const server = given.server ?? inferServerUrl(pages.flatMap((p) => p.operations.map((o) => o.url)));
  return {
    name: given.name,
    title: given.title ?? inferTitle(pages),
    version: given.version ?? inferVersion(pages) ?? /\/v(\d+(?:\.\d+)*)$/.exec(server ?? "")?.[1] ?? "1",
    server,
    docsUrl: given.docsUrl,
    clientClass: "Client",
    ...(given.auth ? { auth: given.auth === "none" ? [] : [given.auth] } : {}),
    sources: given.sources,
    ...(given.profile ? { profile: given.profile } : {}),
  };
}
