/**
 * The contract between generated wrappers and the hand-written runtime. Generated code holds
 * only data (one `OperationInfo` per operation) and one-line functions that hand that data and
 * the caller's parameters to an `OperationCaller`; every behaviour lives in the runtime.
 */
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete" | "head" | "options";

/** Static facts about one operation, emitted by the generator from the spec. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path template, relative to the server URL: "/workspaces/{workspace_id}/clients". */
  path: string;
  /** Names of the caller's parameters that go into the path, the query and the headers. */
  pathParams: readonly string[];
  queryParams: readonly string[];
  headerParams?: readonly string[];
  /** True when the operation takes a JSON request body (passed by the caller as `body`). */
  hasBody: boolean;
  /** Error messages the docs list per status ("400" → ["Client name cannot be empty", …]). */
  errorMessages?: Readonly<Record<string, readonly string[]>>;
  /**
   * The absolute server URL of this operation when it differs from the API's (an operation-level
   * `servers` entry: Toggl's Insights operations live under /insights/api/v1 while the rest of
   * Reports is under /reports/api/v3). The client's `origin` option re-homes it like the API's.
   */
  serverUrl?: string;
  /**
   * The documented media type of the success response ("application/json" when absent). It is
   * sent as `Accept`, and it decides how the body is read: JSON for `application/json` and
   * `+json`, text for `text/*` other than CSV, bytes (ArrayBuffer) for everything else
   * (application/pdf, text/csv, spreadsheets, application/octet-stream).
   */
  responseMediaType?: string;
  /** How the success response is read, derived by the generator from `responseMediaType`. */
  responseKind?: "json" | "text" | "bytes" | "none";
  /** How the docs say this list operation pages through results (absent: it does not page). */
  pagination?: PaginationInfo;
}

/**
 * A documented way to page through an operation's results.
 * - `page`: page-number parameters (Toggl Track: `page`, `per_page`), in the query or the body.
 * - `headers`: a response header carries the next cursor, which the next request sends as a
 *   parameter (Toggl Reports: `X-Next-ID` → `first_id`, `X-Next-Row-Number` → `first_row_number`,
 *   in the JSON body of a POST search). Paging ends when none of the headers is present.
 */
export type PaginationInfo =
  | { style: "page"; in: "query" | "body"; pageParam: string; perPageParam?: string }
  | { style: "headers"; in: "query" | "body"; cursors: Readonly<Record<string, string>> };

/** Per-call options every generated method accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
}

/**
 * What every generated method returns: a promise of the body that can also give the HTTP response
 * (`await toggl.me.get().withResponse()` → `{ data, response }`, as openai-node's `APIPromise`).
 */
export interface ApiPromise<T> extends Promise<T> {
  withResponse(): Promise<{ data: T; response: Response }>;
}

/** What generated wrappers call. `params` is the one object the user passed (path, query, `body`). */
export interface OperationCaller {
  call<T>(operation: OperationInfo, params: object | undefined, options?: RequestOptions): ApiPromise<T>;
}

/**
 * A generated method: callable, and carrying its operation's facts so that `client.paginate(method,
 * params)` knows how that operation pages. Made by `bindOperation` (runtime); the generator only
 * declares its parameter and response types.
 */
export type OperationMethod<P, T> = ((
  ...args: undefined extends P ? [params?: P, options?: RequestOptions] : [params: P, options?: RequestOptions]
) => ApiPromise<T>) & { readonly operation: OperationInfo };
