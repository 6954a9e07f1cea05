/**
 * The pages the fuzz suite damages: the project's own captures (spec/sources), one of each style,
 * and a spread of sizes. `quick` keeps the small ones, for the run inside `npm test`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type CaptureKind = "html" | "text" | "clients-v1";

export interface Capture {
  file: string;
  kind: CaptureKind;
  text: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const FULL: readonly [string, CaptureKind][] = [
  ["spec/sources/toggl-track-v9/html/api-clients.html", "html"],
  ["spec/sources/toggl-track-v9/html/api-tags.html", "html"],
  ["spec/sources/toggl-track-v9/html/api-invitations.html", "html"],
  ["spec/sources/toggl-track-v9/html/overview.html", "html"],
  ["spec/sources/toggl-reports-v3/html/saved_reports.html", "html"],
  ["spec/sources/toggl-reports-v3/html/weekly_reports.html", "html"],
  ["spec/sources/toggl-webhooks-v1/html/subscriptions.html", "html"],
  ["spec/sources/toggl-webhooks-v1/html/ping.html", "html"],
  ["spec/sources/toggl-webhooks-v1/html/validate.html", "html"],
  ["spec/sources/toggl-webhooks-v1/html/event_filters.html", "html"],
  ["spec/sources/toggl-track-v9/text/clients.txt", "text"],
  ["spec/sources/toggl-track-v9/text/workspaces.txt", "text"],
  ["spec/sources/toggl-track-v9/text/update-client.txt", "text"],
  ["spec/sources/toggl-track-v9/text/update-workspace.txt", "text"],
  ["spec/sources/clients-v1/update-client.txt", "clients-v1"],
];

/** Small pages only (≤ 100 kB): the in-process quick run. */
const QUICK = new Set([
  "spec/sources/toggl-webhooks-v1/html/ping.html",
  "spec/sources/toggl-webhooks-v1/html/validate.html",
  "spec/sources/toggl-webhooks-v1/html/event_filters.html",
  "spec/sources/toggl-track-v9/text/clients.txt",
  "spec/sources/toggl-track-v9/text/workspaces.txt",
  "spec/sources/toggl-track-v9/text/update-client.txt",
  "spec/sources/toggl-track-v9/text/update-workspace.txt",
  "spec/sources/clients-v1/update-client.txt",
]);

let loaded: Capture[] | undefined;

export function captures(): Capture[] {
  loaded ??= FULL.map(([file, kind]) => ({ file, kind, text: readFileSync(path.join(ROOT, file), "utf8") }));
  return loaded;
}

export function quickCaptures(): Capture[] {
  return captures().filter((c) => QUICK.has(c.file));
}
