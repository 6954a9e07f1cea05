/** Hand-written operations and a client class shaped like generated code, for the runtime tests. */
import { ApiClient, type ClientOptions, type OperationInfo, type RequestOptions } from "../../src/runtime/index.js";

/** A recognisable token: tests search every output for it. */
export const TOKEN = "tok_SECRET_1971800d4d82";

export const getThing = {
  operationId: "getThing",
  method: "get",
  path: "/things/{thing_id}",
  pathParams: ["thing_id"],
  queryParams: ["status"],
  hasBody: false,
  errorMessages: { "400": ["Thing status is invalid"], "404": ["Thing not found"] },
} as const satisfies OperationInfo;

export const createThing = {
  operationId: "createThing",
  method: "post",
  path: "/things",
  pathParams: [],
  queryParams: [],
  hasBody: true,
} as const satisfies OperationInfo;

export const patchThing = {
  ...createThing,
  operationId: "patchThing",
  method: "patch",
  path: "/things/{thing_id}",
  pathParams: ["thing_id"],
} as const satisfies OperationInfo;
export const putThing = { ...patchThing, operationId: "putThing", method: "put" } as const satisfies OperationInfo;
export const deleteThing = {
  ...getThing,
  operationId: "deleteThing",
  method: "delete",
} as const satisfies OperationInfo;

export const listThings = {
  operationId: "listThings",
  method: "get",
  path: "/workspaces/{workspace_id}/things",
  pathParams: ["workspace_id"],
  queryParams: ["page", "per_page"],
  hasBody: false,
} as const satisfies OperationInfo;

export interface Thing {
  id: number;
  name: string;
}
export interface ListThingsParams {
  workspace_id: number;
  page?: number;
  per_page?: number;
}

/** Shaped like a generated resource class: data + one-line methods. */
export class ThingsApi {
  constructor(private readonly client: ApiClient) {}
  readonly get = (params: { thing_id: string | number; status?: string }, options?: RequestOptions) =>
    this.client.call<Thing>(getThing, params, options);
  readonly create = (params: { body: { name: string } }, options?: RequestOptions) =>
    this.client.call<Thing>(createThing, params, options);
  readonly list = (params: ListThingsParams, options?: RequestOptions) =>
    this.client.call<Thing[]>(listThings, params, options);
}

/** Toggl's quota header names, as the generated Toggl client passes them (from the overview page). */
export const TOGGL_QUOTA_HEADERS = {
  remaining: "X-Toggl-Quota-Remaining",
  resetsIn: "X-Toggl-Quota-Resets-In",
} as const;

/** A client like a generated one, with test-friendly defaults: no rate limit, millisecond backoffs. */
export class TestApi extends ApiClient {
  readonly things = new ThingsApi(this);
  constructor(options: ClientOptions & { apiToken?: string; email?: string; password?: string; bearerToken?: string }) {
    super(
      { apiToken: TOKEN, rateLimit: false, ...options, retry: { baseDelayMs: 2, maxDelayMs: 4, ...options.retry } },
      { name: "test-api", baseUrl: "", auth: ["basic"], quotaHeaders: TOGGL_QUOTA_HEADERS },
    );
  }
}

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
export async function caught(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection, got none");
}
