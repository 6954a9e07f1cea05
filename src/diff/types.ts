/** What happened to the thing a change names. */
export type ChangeKind = "added" | "removed" | "changed";

/**
 * How a client written against the old spec is affected, following oasdiff's levels:
 * breaking (it may stop working), warning (it keeps working but should look), info (nothing to do).
 */
export type ChangeLevel = "breaking" | "warning" | "info";

export interface SpecChange {
  kind: ChangeKind;
  level: ChangeLevel;
  /** `METHOD /path`, with the new spec's path when the operation exists in both. */
  operation: string;
  /** What inside the operation: "operation", "query.limit", "body.admins[].name", "200.items[]", "response 404"… */
  location: string;
  message: string;
}

export interface SpecDiff {
  changes: SpecChange[];
  summary: { breaking: number; warning: number; info: number };
}

/** Request-side things are sent by the client, response-side things are read by it; rules differ. */
export type Direction = "request" | "response";
