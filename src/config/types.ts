/** One API that `docs2client build` turns into a spec and a client (an entry of docs2client.config.json). */
export interface ApiConfig {
  /** File-name-safe id: spec/<name>.openapi.yaml, generated/<name>/ ("toggl-track-v9"). */
  name: string;
  /** The spec's info.title. */
  title: string;
  /** The spec's info.version. */
  version: string;
  /** The server URL; absent when the docs name no host (the spec then says "/" and users pass baseUrl). */
  server?: string;
  /** Where the docs live, for links from JSDoc and externalDocs. */
  docsUrl?: string;
  /** The generated client class ("TogglTrack"). */
  clientClass: string;
  /**
   * Security schemes the API accepts, in order of preference. Absent: the normaliser decides from
   * what the pages show (cURL `-u`, an `Authorization: Bearer` header, "JWT" in an authentication
   * note); given, it overrides that evidence (a disagreement is reported).
   */
  auth?: AuthScheme[];
  /** Operation pages, oldest capture first: where two captures document one operation, the later wins. */
  sources: string[];
  /** Getting-started pages read for API-wide facts (quotas, rate limits, auth); optional. */
  context?: string[];
  /**
   * Two sets of captures of the same docs taken at different times; `build` writes the API-change
   * diff between what each set documents (spec/<name>.drift.md), to show real drift.
   */
  drift?: { old: string[]; new: string[] };
  /** The API's conventions the pages show only implicitly (resolved: `profile: "<name>"` names an entry of `profiles`). */
  profile?: ApiProfile;
}

export type AuthScheme = "basic" | "bearer";

/**
 * What one API does that its pages do not say on each operation: a convention of the API (or of its
 * docs site), stated once in the config instead of guessed in a stage. Every setting has a neutral
 * default (`DEFAULT_PROFILE`, src/config/profile.ts) that invents nothing.
 */
export interface ApiProfile {
  /**
   * The body of an error response the docs show no table or example for: "none" (default) leaves
   * it without content; "json-string" types it as a JSON-encoded string (`"Missing workspace_id"`),
   * for an API known to answer errors that way.
   */
  errorBody?: ErrorBodyConvention;
  /**
   * Links back to the docs (externalDocs): URL patterns over `{docsUrl}` (the API's docsUrl ending
   * in one "/"), `{section}` (the section's slug, "time-entries") and, for operations, `{anchor}`.
   */
  docsLinks?: { section?: string; operation?: string };
}

export type ErrorBodyConvention = "none" | "json-string";
/** One API inside a package. */
export interface PackageApiConfig {
  /** The `name` of an entry of `apis`. */
  api: string;
  /** Its folder under the package's src/ ("track"), and its subpath export ("<npmName>/track"). */
  dir: string;
  /** The combined client's property for it ("reports" → `toggl.reports`); absent for the one root API. */
  mount?: string;
}

/**
 * An npm package in generated/<name>/ holding one or more APIs' clients and a copy of the runtime.
 * An API no package lists is a package of its own in generated/<api>/.
 */
export interface PackageConfig {
  /** Folder name under generated/ ("toggl"). */
  name: string;
  /** The package's npm name ("@docs2client/toggl"). */
  npmName: string;
  /** The package's version (default "0.1.0"). */
  version?: string;
  /** The combined client class ("Toggl"): the root API's namespaces plus one property per mounted API. */
  clientClass: string;
  /** A markdown file (relative to the project root) with the usage examples of the package's README. */
  readme?: string;
  /** The root API first (no `mount`), then the mounted ones. */
  apis: PackageApiConfig[];
}

export interface ProjectConfig {
  apis: ApiConfig[];
  packages?: PackageConfig[];
}

/** docs2client.config.json as written: an API's `profile` may name an entry of `profiles` shared by several APIs. */
export interface ProjectConfigFile {
  apis: (Omit<ApiConfig, "profile"> & { profile?: string | ApiProfile })[];
  profiles?: Record<string, ApiProfile>;
  packages?: PackageConfig[];
}
