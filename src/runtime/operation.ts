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
}

/** Per-call options every generated method accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
}

/** What generated wrappers call. `params` is the one object the user passed (path, query, `body`). */
export interface OperationCaller {
  call<T>(operation: OperationInfo, params: object | undefined, options?: RequestOptions): Promise<T>;
}
