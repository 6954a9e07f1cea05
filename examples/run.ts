/**
 * `npm run example`: the README's Toggl examples, run against a fake Toggl on 127.0.0.1
 * (examples/fake-toggl.ts), so you can see the client work without a Toggl account or token.
 * Nothing leaves this machine. To run the same code against the real service, drop `origin` and
 * pass your token: `new Toggl({ apiToken: process.env.TOGGL_API_TOKEN! })`.
 */
import { pathToFileURL } from "node:url";
import { DEMO_TOKEN, startFakeToggl, WORKSPACE_ID } from "./fake-toggl.js";
import { Toggl } from "../generated/toggl/src/index.js";

/** The docs describe the detailed report's rows only in a sentence, so the SDK types them `unknown`; this is their shape. */
interface DetailedReportRow {
  description: string | null;
  time_entries: { id: number; seconds: number; start: string }[];
}

/** Runs every example against `origin`, printing what a user would look at. */
export async function runExamples(
  origin: string,
  apiToken: string,
  print: (line: string) => void = console.log,
): Promise<void> {
  const toggl = new Toggl({ apiToken, origin });

  const me = await toggl.me.get();
  print(`Signed in as ${me.fullname} <${me.email}>, default workspace ${me.default_workspace_id}`);

  const entries = await toggl.timeEntries.list({ start_date: "2026-12-01", end_date: "2026-12-03" });
  print(`Time entries since 1 December: ${entries.length}`);
  for (const entry of entries)
    print(`  ${entry.start}  ${formatSeconds(entry.duration ?? 0)}  ${entry.description ?? "(no description)"}`);

  const current = await toggl.timeEntries.current();
  print(current ? `Running now: "${current.description}" since ${current.start}` : "No timer running");

  const clients = await toggl.clients.list({ workspace_id: WORKSPACE_ID, status: "both" });
  print(`Clients: ${clients.map((c) => `${c.name}${c.archived ? " (archived)" : ""}`).join(", ")}`);

  // The detailed report pages with response headers (X-Next-ID, X-Next-Row-Number); paginate follows them.
  const rows: DetailedReportRow[] = [];
  for await (const row of toggl.paginate(toggl.reports.detailed.searchTimeEntries, {
    workspace_id: WORKSPACE_ID,
    body: { start_date: "2026-11-23", end_date: "2026-11-29", page_size: 2 },
  })) {
    rows.push(row as DetailedReportRow);
  }
  const seconds = rows.reduce((sum, row) => sum + row.time_entries.reduce((s, e) => s + e.seconds, 0), 0);
  print(`Detailed report, 23–29 November: ${rows.length} rows (pages of 2), ${formatSeconds(seconds)} in total`);

  const pdf = await toggl.reports.detailed.exportPdf({
    workspace_id: WORKSPACE_ID,
    body: { start_date: "2026-11-23", end_date: "2026-11-29" },
  });
  print(
    `Detailed report as PDF: ${pdf.byteLength} bytes, starts with ${new TextDecoder().decode(pdf.slice(0, 8)).trim()}`,
  );

  const subscriptions = await toggl.webhooks.subscriptions.list({ workspace_id: WORKSPACE_ID });
  for (const s of subscriptions)
    print(`Webhook ${s.subscription_id}: ${s.description} → ${s.url_callback} (${s.enabled ? "enabled" : "disabled"})`);
}

function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.round((total % 3600) / 60);
  return `${h}h${String(m).padStart(2, "0")}m`;
}

async function main(): Promise<void> {
  const fake = await startFakeToggl({ apiToken: DEMO_TOKEN });
  console.log(`Fake Toggl listening on ${fake.origin} (loopback only; no token or account needed)\n`);
  try {
    await runExamples(fake.origin, DEMO_TOKEN);
    console.log(`\n${fake.requests.length} requests answered by the fake Toggl.`);
  } finally {
    await fake.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  });
}
