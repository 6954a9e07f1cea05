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
  /** Security schemes the API accepts, in order of preference. */
  auth: ("basic" | "bearer")[];
  /** Operation pages, oldest capture first: where two captures document one operation, the later wins. */
  sources: string[];
  /** Getting-started pages read for API-wide facts (quotas, rate limits, auth); optional. */
  context?: string[];
  /**
   * Two sets of captures of the same docs taken at different times; `build` writes the API-change
   * diff between what each set documents (spec/<name>.drift.md), to show real drift.
   */
  drift?: { old: string[]; new: string[] };
}

export interface ProjectConfig {
  apis: ApiConfig[];
}
