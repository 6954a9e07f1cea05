import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { OperationCaller, OperationInfo, RequestOptions } from "./operation.js";
import { ApiError } from "./errors.js";

/** Credentials for HTTP Basic APIs (Toggl): an API token, or email and password. */
export type BasicAuthOptions = { apiToken: string } | { email: string; password: string };
/** Credentials for bearer-token APIs. */
export type BearerAuthOptions = { bearerToken: string };

/** Every credential field any API may take; the generated class narrows it to its API's schemes. */
export interface AnyCredentials {
  apiToken?: string;
  email?: string;
  password?: string;
  bearerToken?: string;
}

/** Options common to every generated client. */
export interface ClientOptions {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
  middleware?: Middleware[];
}

/** Facts about the API, fixed by the generator from the spec. */
export interface ApiDefaults {
  /** The API's name, for messages ("toggl-track-v9"). */
  name: string;
  /** The spec's server URL; "" or "/" when the docs name no host (then `baseUrl` is required). */
  baseUrl: string;
  /** The security schemes the spec declares, in order of preference. */
  auth: readonly ("basic" | "bearer")[];
}

/**
 * The base of every generated client class. Generated wrappers hand it an `OperationInfo` and the
 * caller's one parameter object; it splits that into path, query, headers and body and sends it
 * through openapi-fetch.
 */
export class ApiClient<Paths extends {} = {}> implements OperationCaller {
  /** The typed openapi-fetch client, for anything the generated wrappers do not cover. */
  readonly raw: Client<Paths>;

  constructor(options: ClientOptions & AnyCredentials, defaults: ApiDefaults) {
    const baseUrl = options.baseUrl ?? defaults.baseUrl;
    this.raw = createClient<Paths>({ baseUrl, fetch: options.fetch, headers: { ...authHeader(options), ...options.headers } });
    for (const m of options.middleware ?? []) this.raw.use(m);
  }

  async call<T>(operation: OperationInfo, params: object | undefined, options?: RequestOptions): Promise<T> {
    const input = (params ?? {}) as Record<string, unknown>;
    const pick = (names: readonly string[] | undefined) =>
      Object.fromEntries((names ?? []).filter((n) => input[n] !== undefined).map((n) => [n, input[n]]));
    const request = this.raw.request as unknown as (
      method: string,
      url: string,
      init: Record<string, unknown>,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await request(operation.method, operation.path, {
      params: { path: pick(operation.pathParams), query: pick(operation.queryParams), header: pick(operation.headerParams) },
      body: operation.hasBody ? input.body : undefined,
      signal: options?.signal,
      headers: options?.headers,
    });
    if (!response.ok) {
      throw new ApiError({ status: response.status, method: operation.method.toUpperCase(), url: response.url, body: error });
    }
    return data as T;
  }
}

function authHeader(options: AnyCredentials): Record<string, string> {
  if (options.bearerToken) return { Authorization: `Bearer ${options.bearerToken}` };
  if (options.apiToken) return { Authorization: `Basic ${btoa(`${options.apiToken}:api_token`)}` };
  if (options.email !== undefined && options.password !== undefined)
    return { Authorization: `Basic ${btoa(`${options.email}:${options.password}`)}` };
  return {};
}
