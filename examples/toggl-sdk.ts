/**
 * TEMPORARY SHIM, to delete at merge. The Toggl SDK is becoming one package (generated/toggl/:
 * `new Toggl({ apiToken, origin })`, Reports under `toggl.reports`, Webhooks under `toggl.webhooks`,
 * header-cursor pagination in the runtime). Until it lands, this file gives examples/run.ts that
 * same surface over today's three generated clients, so the example script is already written
 * against the final API. At merge: delete this file and, in examples/run.ts, replace
 *   import { Toggl } from "./toggl-sdk.js";
 * with
 *   import { Toggl } from "../generated/toggl/index.js";
 */
import { TogglReports } from "../generated/toggl-reports-v3/index.js";
import type { ListWorkspaceClientsParams } from "../generated/toggl-track-v9/clients.js";
import { TogglTrack } from "../generated/toggl-track-v9/index.js";
import type { ListTimeEntriesParams } from "../generated/toggl-track-v9/time-entries.js";
import { TogglWebhooks } from "../generated/toggl-webhooks-v1/index.js";
import type { SearchTimeEntriesParams } from "../generated/toggl-reports-v3/detailed-reports.js";

export interface TogglOptions {
  apiToken: string;
  /** Replaces https://api.track.toggl.com, keeping each API's path (/api/v9, /reports/api/v3, /webhooks/api/v1). */
  origin?: string;
}

/** A detailed-report row (the Reports spec does not describe this response yet). */
export interface DetailedReportRow {
  user_id: number;
  username: string;
  project_id: number | null;
  description: string;
  billable: boolean;
  row_number: number;
  time_entries: { id: number; seconds: number; start: string; stop: string }[];
}

type Page<T> = { data: T[]; response: Response };
type CursorMethod<P, T> = ((params: P) => Promise<T[]>) & { page(params: P): Promise<Page<T>>; cursors: Record<string, string> };

export class Toggl {
  readonly #track: TogglTrack;
  readonly #reports: TogglReports;
  readonly #webhooks: TogglWebhooks;

  constructor(options: TogglOptions) {
    const origin = options.origin ?? "https://api.track.toggl.com";
    this.#track = new TogglTrack({ apiToken: options.apiToken, baseUrl: `${origin}/api/v9` });
    this.#reports = new TogglReports({ apiToken: options.apiToken, baseUrl: `${origin}/reports/api/v3` });
    this.#webhooks = new TogglWebhooks({ apiToken: options.apiToken, baseUrl: `${origin}/webhooks/api/v1` });
  }

  get me() {
    return { get: () => this.#track.me.get() };
  }

  get timeEntries() {
    return {
      list: (params?: ListTimeEntriesParams) => this.#track.timeEntries.list(params),
      current: () => this.#track.timeEntries.getCurrent(),
    };
  }

  get clients() {
    return { list: (params: ListWorkspaceClientsParams) => this.#track.clients.listWorkspaceClients(params) };
  }

  get reports() {
    const raw = this.#reports.raw;
    const page = async (params: SearchTimeEntriesParams): Promise<Page<DetailedReportRow>> => {
      const { data, response, error } = await raw.POST("/workspace/{workspace_id}/search/time_entries", {
        params: { path: { workspace_id: params.workspace_id } },
        body: params.body,
        parseAs: "json",
      } as never);
      if (error !== undefined || !response.ok) throw new Error(`searchTimeEntries: HTTP ${response.status}`);
      return { data: data as unknown as DetailedReportRow[], response };
    };
    const searchTimeEntries = Object.assign(async (params: SearchTimeEntriesParams) => (await page(params)).data, {
      page,
      cursors: { "X-Next-ID": "first_id", "X-Next-Row-Number": "first_row_number" },
    }) satisfies CursorMethod<SearchTimeEntriesParams, DetailedReportRow>;
    return {
      detailed: { searchTimeEntries },
      exports: {
        /** The detailed report as a PDF: its bytes. */
        detailedPdf: async (params: SearchTimeEntriesParams): Promise<Uint8Array> => {
          const { data, response } = await raw.POST("/workspace/{workspace_id}/search/time_entries.pdf", {
            params: { path: { workspace_id: params.workspace_id } },
            body: params.body,
            parseAs: "arrayBuffer",
          } as never);
          if (!response.ok) throw new Error(`detailedPdf: HTTP ${response.status}`);
          return new Uint8Array(data as unknown as ArrayBuffer);
        },
      },
    };
  }

  get webhooks() {
    return { subscriptions: { list: (params: { workspace_id: number }) => this.#webhooks.subscriptions.get(params) } };
  }

  /** Follows response-header cursors (X-Next-ID → body.first_id, …) until a page has none. */
  async *paginate<P extends { body?: object }, T>(method: CursorMethod<P, T>, params: P): AsyncGenerator<T, void, undefined> {
    let next: P | undefined = params;
    // Bounded: a server that repeats a cursor would otherwise page forever.
    for (let pages = 0; next && pages < 10_000; pages++) {
      const { data, response }: Page<T> = await method.page(next);
      yield* data;
      const cursor = Object.entries(method.cursors).flatMap(([header, field]) => {
        const value = response.headers.get(header);
        return value === null ? [] : [[field, Number(value)] as const];
      });
      next = cursor.length > 0 ? { ...next, body: { ...next.body, ...Object.fromEntries(cursor) } } : undefined;
    }
  }
}
