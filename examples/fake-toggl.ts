/**
 * A fake Toggl on 127.0.0.1 (node:http, a port the OS picks): enough of Track v9, Reports v3 and
 * Webhooks v1 for the README's examples to run without a Toggl account or token. Reusable: the
 * example script (examples/run.ts) and tests start it the same way.
 *
 *   const toggl = await startFakeToggl({ apiToken: "demo-token" });
 *   toggl.origin;   // "http://127.0.0.1:40123": give it to the client as its origin
 *   toggl.requests; // every request it answered, for checks
 *   await toggl.close();
 *
 * Like the real service it wants HTTP Basic "<api token>:api_token" (else 403), answers JSON, pages
 * the detailed report with the X-Next-ID / X-Next-Row-Number response headers (the next page is asked
 * for with first_id / first_row_number in the body), and serves the PDF export as application/pdf.
 * The data is made up but shaped like the docs' examples.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeTogglOptions {
  /** The token the fake accepts (Basic "<token>:api_token"). */
  apiToken?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/api/v9/me/time_entries?start_date=2026-11-30". */
  url: string;
  body: unknown;
}

export interface FakeToggl {
  /** "http://127.0.0.1:<port>": the scheme, host and port that replace https://api.track.toggl.com. */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const DEMO_TOKEN = "demo-api-token";
export const WORKSPACE_ID = 5001;
const USER_ID = 1001;

const ME = {
  id: USER_ID,
  email: "ada@example.test",
  fullname: "Ada Example",
  timezone: "Europe/Tallinn",
  default_workspace_id: WORKSPACE_ID,
  beginning_of_week: 1,
  image_url: "https://assets.example.test/avatar.png",
  country_id: 68,
  created_at: "2024-02-01T09:00:00.000000Z",
  updated_at: "2026-11-30T08:12:44.000000Z",
  at: "2026-11-30T08:12:44.000000Z",
};

/** A finished time entry, as GET /me/time_entries lists them. */
function timeEntry(id: number, start: string, seconds: number, description: string, projectId: number | null) {
  const stop = new Date(Date.parse(start) + seconds * 1000).toISOString().replace(".000Z", "Z");
  return {
    id,
    workspace_id: WORKSPACE_ID,
    wid: WORKSPACE_ID,
    project_id: projectId,
    pid: projectId,
    task_id: null,
    tid: null,
    billable: projectId !== null,
    start,
    stop,
    duration: seconds,
    description,
    tags: projectId === null ? [] : ["client-work"],
    tag_ids: projectId === null ? [] : [301],
    duronly: true,
    at: stop,
    server_deleted_at: null,
    user_id: USER_ID,
    uid: USER_ID,
  };
}

const TIME_ENTRIES = [
  timeEntry(4003, "2026-12-02T13:00:00Z", 5400, "Review the API docs", 2001),
  timeEntry(4002, "2026-12-02T09:30:00Z", 7200, "Client call and notes", 2002),
  timeEntry(4001, "2026-12-01T10:00:00Z", 3600, "Inbox", null),
];

/** The running entry: Toggl gives it a negative duration (minus its start as Unix seconds) and no stop. */
function currentEntry() {
  const start = "2026-12-03T08:00:00Z";
  return {
    ...timeEntry(4004, start, 0, "Write the quarterly report", 2001),
    stop: null,
    duration: -Date.parse(start) / 1000,
  };
}

const CLIENTS = [
  {
    id: 101,
    wid: WORKSPACE_ID,
    name: "Acme Corp",
    archived: false,
    at: "2025-06-01T10:00:00+00:00",
    creator_id: USER_ID,
    notes: null,
  },
  {
    id: 102,
    wid: WORKSPACE_ID,
    name: "Globex",
    archived: false,
    at: "2025-09-12T14:30:00+00:00",
    creator_id: USER_ID,
    notes: "Invoice monthly",
  },
  {
    id: 103,
    wid: WORKSPACE_ID,
    name: "Initech",
    archived: true,
    at: "2024-01-20T08:00:00+00:00",
    creator_id: USER_ID,
    notes: null,
  },
];

/** Detailed-report rows, one time entry each, in the order the report pages through them. */
const REPORT_ROWS = Array.from({ length: 5 }, (_, i) => {
  const entryId = 3001 + i;
  const start = new Date(Date.UTC(2026, 10, 23 + i, 9, 0, 0)).toISOString().replace(".000Z", "Z");
  const seconds = 3600 + i * 900;
  return {
    user_id: USER_ID,
    username: ME.fullname,
    project_id: i % 2 === 0 ? 2001 : 2002,
    task_id: null,
    billable: true,
    description: ["Sprint planning", "API client work", "Code review", "Release notes", "Customer demo"][i],
    tag_ids: [301],
    billable_amount_in_cents: (seconds / 3600) * 8000,
    hourly_rate_in_cents: 8000,
    currency: "EUR",
    row_number: i + 1,
    time_entries: [
      {
        id: entryId,
        seconds,
        start,
        stop: new Date(Date.parse(start) + seconds * 1000).toISOString().replace(".000Z", "Z"),
        at: start,
      },
    ],
  };
});

const SUBSCRIPTIONS = [
  {
    subscription_id: 71,
    workspace_id: WORKSPACE_ID,
    user_id: USER_ID,
    enabled: true,
    description: "Time entries to the billing service",
    event_filters: [
      { entity: "time_entry", action: "created" },
      { entity: "time_entry", action: "updated" },
    ],
    url_callback: "https://billing.example.test/hooks/toggl",
    validated_at: "2026-10-01T12:00:00Z",
    has_pending_events: false,
    created_at: "2026-10-01T11:58:00Z",
    updated_at: "2026-10-01T12:00:00Z",
  },
];

/** A one-page PDF (valid enough for a PDF reader to open): what the export endpoints return. */
export function demoPdf(title: string): Buffer {
  const text = `BT /F1 18 Tf 72 720 Td (${title.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

type Reply = { status: number; json?: unknown; bytes?: Buffer; type?: string; headers?: Record<string, string> };

/** One detailed-report page: rows from first_id/first_row_number on, and the cursor headers of the next page. */
function detailedPage(body: Record<string, unknown>): Reply {
  const pageSize = typeof body.page_size === "number" && body.page_size > 0 ? body.page_size : 50;
  const firstRow = typeof body.first_row_number === "number" ? body.first_row_number : 1;
  const rows = REPORT_ROWS.filter((row) => row.row_number >= firstRow).slice(0, pageSize);
  const next = REPORT_ROWS.find((row) => row.row_number === firstRow + rows.length);
  const headers: Record<string, string> = next
    ? {
        "X-Next-ID": String(next.time_entries[0]!.id),
        "X-Next-Row-Number": String(next.row_number),
        "X-Is-Final": "false",
      }
    : { "X-Is-Final": "true" };
  return { status: 200, json: rows, headers };
}

/** Routes by method and path (after the API's base path). */
function route(method: string, url: URL, body: unknown): Reply {
  const path = url.pathname;
  const workspace =
    /^\/(?:api\/v9\/workspaces|reports\/api\/v3\/workspace|webhooks\/api\/v1\/subscriptions)\/(\d+)/.exec(path)?.[1];
  if (workspace !== undefined && Number(workspace) !== WORKSPACE_ID)
    return { status: 403, json: "Workspace not found/accessible" };
  const key = `${method} ${path.replace(/\/\d+(?=\/|$)/g, "/{id}")}`;
  switch (key) {
    case "GET /api/v9/me":
      return { status: 200, json: ME };
    case "GET /api/v9/me/time_entries": {
      const since = url.searchParams.get("start_date");
      const until = url.searchParams.get("end_date");
      const entries = TIME_ENTRIES.filter((e) => (!since || e.start >= since) && (!until || e.start < until));
      return { status: 200, json: entries };
    }
    case "GET /api/v9/me/time_entries/current":
      return { status: 200, json: currentEntry() };
    case "GET /api/v9/workspaces/{id}/clients": {
      const status = url.searchParams.get("status") ?? "active";
      const shown = CLIENTS.filter((c) => status === "both" || (status === "archived") === c.archived);
      return { status: 200, json: shown };
    }
    case "POST /reports/api/v3/workspace/{id}/search/time_entries":
      return detailedPage((body ?? {}) as Record<string, unknown>);
    case "POST /reports/api/v3/workspace/{id}/search/time_entries.pdf":
      return { status: 200, bytes: demoPdf("Detailed report, Ada Example"), type: "application/pdf" };
    case "GET /webhooks/api/v1/subscriptions/{id}":
      return { status: 200, json: SUBSCRIPTIONS };
    default:
      return { status: 404, json: `no route for ${method} ${path} in the fake Toggl (examples/fake-toggl.ts)` };
  }
}

function authorised(req: IncomingMessage, apiToken: string): boolean {
  return req.headers.authorization === `Basic ${Buffer.from(`${apiToken}:api_token`).toString("base64")}`;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const payload = reply.bytes ?? Buffer.from(JSON.stringify(reply.json ?? null));
  res.writeHead(reply.status, {
    "Content-Type": reply.type ?? "application/json; charset=utf-8",
    "Content-Length": String(payload.length),
    ...reply.headers,
  });
  res.end(payload);
}

export async function startFakeToggl(options: FakeTogglOptions = {}): Promise<FakeToggl> {
  const apiToken = options.apiToken ?? DEMO_TOKEN;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = await readBody(req);
      requests.push({ method: req.method ?? "GET", url: `${url.pathname}${url.search}`, body });
      if (!authorised(req, apiToken)) return send(res, { status: 403, json: "Incorrect username and/or password" });
      send(res, route(req.method ?? "GET", url, body));
    })().catch((error: unknown) => send(res, { status: 500, json: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
