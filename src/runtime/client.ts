/**
 * The base class of every generated client. Generated wrappers hand it an `OperationInfo` and the
 * caller's one parameter object; it splits that into path, query, headers and body and sends it
 * through openapi-fetch, whose fetch is the step chain of `pipeline.ts` (rate limit, time limit,
 * logging, quota, redirects, capped body). Around each attempt it adds what needs the whole call:
 * typed errors, retries (`retry.ts`) and decoding the body per the operation's media type. `raw`
 * (openapi-fetch's own API) goes through the very same path. It knows nothing about any one API.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { type AnyCredentials, type AuthScheme, resolveAuth } from "./auth.js";
import { bytesToText, decodeSuccess, parseErrorBody } from "./body.js";
import {
  AbortError,
  type ApiError,
  type ApiErrorInit,
  ApiError as ApiErrorClass,
  createApiError,
  describeRequest,
  InvalidResponseError,
  RedirectError,
  ResponseTooLargeError,
} from "./errors.js";
import type { ApiPromise, OperationCaller, OperationInfo, OperationMethod, RequestOptions } from "./operation.js";
import { type PageFetcher, type PageItem, paginate, paginateAll } from "./pagination.js";
import {
  Attempt,
  compose,
  type FetchLike,
  limitRate,
  logExchange,
  noResponseError,
  observeQuota,
  redacted,
  type Send,
  timeLimit,
  transport,
  type Where,
} from "./pipeline.js";
import { type QuotaHeaderNames, type QuotaSnapshot, readQuota } from "./quota.js";
import { DEFAULT_MAX_RESPONSE_BYTES, readCapped } from "./read-body.js";
import { createRateLimiter, type RateLimitSetting, type TokenBucket } from "./rate-limit.js";
import { redactHeaders, redactUrl, scrubSecrets, scrubValue } from "./redact.js";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryAfterFailure, type RetryPolicy } from "./retry.js";
import { DeadlineTimer, sleep, WaitAborted } from "./timeout.js";
import { checkBaseUrl, rehome, serializePath } from "./url.js";

export type { AnyCredentials, BasicAuthOptions, BearerAuthOptions } from "./auth.js";

/** The runtime's version, sent in `User-Agent` (kept equal to package.json by a test). */
export const RUNTIME_VERSION = "0.1.0";

/** Where the runtime reports what it does. Every line is redacted; a throwing logger is ignored. */
export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

/** Test hooks and fine-tuning of the retry policy (see `retry.ts`). */
export interface RetryTuning extends Partial<
  Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "maxRetryAfterMs" | "random">
> {
  /** Replaces the real wait between attempts; must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Options common to every generated client. */
export interface ClientOptions {
  /** Overrides the spec's server URL (the whole of it). Required when the docs name no host. */
  baseUrl?: string;
  /**
   * Re-homes the API: replaces scheme, host and port of the API's server URL and of every
   * operation's own server URL, keeping their paths (`"http://127.0.0.1:8080"` →
   * http://127.0.0.1:8080/api/v9, …/reports/api/v3). For tests, mocks and proxies.
   */
  origin?: string;
  /**
   * Replaces `globalThis.fetch` (tests, proxies, other runtimes). `init.signal` fires when the
   * attempt times out or the caller aborts: pass it on (`fetch(input, init)`) so that a timed-out
   * attempt frees its connection at once. Requests carry `redirect: "manual"`: the runtime follows
   * same-origin redirects itself and refuses the others.
   */
  fetch?: (input: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** openapi-fetch middleware, run on every attempt (including retries) and on `raw` calls. */
  middleware?: Middleware[];
  /**
   * Time limit of one attempt, from sending the request to the last byte of the body (default
   * 30 000 ms; 0 = none). Per attempt: waits between retries and in the rate-limit queue are not
   * counted, so a call may take longer than this overall; use `signal` to bound the whole call.
   */
  timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /**
   * Largest response body read, in bytes, counted after decoding (gzip, br): default 50 MiB.
   * A larger body fails the attempt with `ResponseTooLargeError` without reading the rest.
   */
  maxResponseBytes?: number;
  /** Client-side rate limit in requests per second, `{ requestsPerSecond, burst }`, or `false` (default 1/s). */
  rateLimit?: RateLimitSetting;
  /** Wait out a 402 quota that resets within this many ms (default 0: throw `QuotaExceededError` at once). */
  maxQuotaWaitMs?: number;
  /** Appended to `User-Agent`, e.g. "my-app/1.2". */
  userAgent?: string;
  logger?: Logger;
  /** Allow plain http:// to a host other than loopback (credentials then travel unencrypted). */
  allowInsecureHttp?: boolean;
  /** Backoff tuning and test hooks. */
  retry?: RetryTuning;
}

/** Facts about the API, fixed by the generator from the spec. */
export interface ApiDefaults {
  /** The API's name, for messages and `User-Agent` ("toggl-track-v9"). */
  name: string;
  /** The spec's server URL; "" or "/" when the docs name no host (then `baseUrl` or `origin` is required). */
  baseUrl: string;
  /** The security schemes the spec declares, in order of preference. */
  auth: readonly AuthScheme[];
  /** The API's quota headers, if its docs announce a quota (none by default: no quota tracking). */
  quotaHeaders?: QuotaHeaderNames;
}

/**
 * What sibling clients share (`new ApiClient(options, defaults, shareWith)`): one set of
 * credentials, one rate limiter, one quota state, one timer, one policy, one logger, one fetch.
 */
interface Shared {
  readonly authorization: string | undefined;
  readonly secrets: readonly string[];
  readonly limiter: TokenBucket | undefined;
  /** The last quota any sibling saw. */
  quota: QuotaSnapshot | undefined;
  readonly timers: DeadlineTimer;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly policy: RetryPolicy;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly logger: Logger | undefined;
  readonly fetch: FetchLike;
  readonly origin: string | undefined;
  readonly allowInsecureHttp: boolean;
  readonly headers: Record<string, string> | undefined;
  readonly userAgent: string | undefined;
  readonly middleware: readonly Middleware[];
}

/** The per-call `init` handed to openapi-fetch's `request`; made once per call, updated per attempt. */
interface CallInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  body: unknown;
  headers: Record<string, string> | undefined;
  baseUrl?: string;
  parseAs: "stream";
  pathSerializer?: () => string;
  fetch?: (request: Request) => Promise<Response>;
}

type RawResult = { data?: unknown; error?: unknown; response: Response };
type RawRequest = (method: string, url: string, init: object) => Promise<RawResult>;

const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** A method `paginate` accepts: one whose response is an array, or of unknown shape; never a single object. */
type Pageable<P, R> = (OperationMethod<P, R> | ((params: P, options?: RequestOptions) => Promise<R>)) &
  ([PageItem<R>] extends [never] ? { readonly "paginate: this method does not return a list": never } : unknown);

/** The base of every generated client class. */
export class ApiClient<Paths extends {} = {}> implements OperationCaller {
  /**
   * openapi-fetch's typed client, for anything the generated wrappers do not cover. It goes through
   * the same path as the wrappers (rate limit, time limit, retries, size cap, redirect rules) and
   * keeps openapi-fetch's results: `{ data, response }`, or `{ error, response }` (the parsed
   * body) for an HTTP error that is final after retries. No response at all, a refused redirect
   * or a body over the cap throws the typed error (`TimeoutError`, `RedirectError`, …), as
   * openapi-fetch throws fetch's errors; a 2xx whose JSON is broken throws `InvalidResponseError`.
   */
  readonly raw: Client<Paths>;
  readonly #name: string;
  readonly #baseUrl: string;
  readonly #shared: Shared;
  readonly #quotaHeaders: QuotaHeaderNames | undefined;
  readonly #inner: Client<Paths>;
  readonly #send: Send;
  /** Operation server URLs, re-homed and checked once each. */
  readonly #servers = new Map<string, string>();
  #middlewareCount: number;

  constructor(options: ClientOptions & AnyCredentials, defaults: ApiDefaults, shareWith?: ApiClient<{}>) {
    const name = (this.#name = defaults.name);
    const shared = (this.#shared = shareWith ? shareWith.#shared : ApiClient.#share(options, defaults));
    // A sibling's base URL is its own API's, moved to the shared origin; its `baseUrl` option belongs to the first client.
    const ownBase =
      !shareWith && options.baseUrl !== undefined
        ? options.baseUrl
        : shared.origin !== undefined
          ? rehome(defaults.baseUrl, shared.origin, name)
          : defaults.baseUrl;
    this.#baseUrl = checkBaseUrl(ownBase, name, shared.allowInsecureHttp);
    // One quota state for siblings: an API whose docs name no quota headers (Toggl Reports, Webhooks)
    // reads the ones its sibling's docs name (Track's X-Toggl-Quota-*), so every response updates it.
    this.#quotaHeaders = defaults.quotaHeaders ?? (shareWith ? shareWith.#quotaHeaders : undefined);
    const observe = this.#quotaHeaders ? (headers: Headers) => this.#observeQuota(headers) : undefined;
    const log = shared.logger
      ? (message: () => string, details?: () => Record<string, unknown>) => this.#log("debug", message, details)
      : undefined;
    this.#send = compose(
      [limitRate(shared.limiter), timeLimit(shared.timers, shared.timeoutMs), logExchange(log), observeQuota(observe)],
      transport(shared.fetch, shared.maxResponseBytes),
    );
    this.#inner = createClient<Paths>({
      baseUrl: this.#baseUrl,
      pathSerializer: serializePath,
      // The runtime follows redirects itself (same origin only), see `transport`.
      redirect: "manual",
      headers: {
        Accept: "application/json",
        "User-Agent": `docs2client/${RUNTIME_VERSION} (${name})${shared.userAgent ? ` ${shared.userAgent}` : ""}`,
        ...(shared.authorization ? { Authorization: shared.authorization } : {}),
        ...shared.headers,
      },
    });
    for (const m of shared.middleware) this.#inner.use(m);
    this.#middlewareCount = shared.middleware.length;
    this.raw = this.#makeRaw();
  }

  /** The state a client and its `shareWith` siblings have in common, from the first client's options. */
  static #share(options: ClientOptions & AnyCredentials, defaults: ApiDefaults): Shared {
    const ownAuthorization = Object.keys(options.headers ?? {}).some((h) => h.toLowerCase() === "authorization");
    const auth = resolveAuth(options, defaults.auth, defaults.name, ownAuthorization);
    const { sleep: customSleep, ...tuning } = options.retry ?? {};
    return {
      authorization: auth.authorization,
      secrets: auth.secrets,
      limiter: createRateLimiter(options.rateLimit),
      quota: undefined,
      timers: new DeadlineTimer(),
      timeoutMs: nonNegative("timeoutMs", options.timeoutMs ?? 30_000),
      maxResponseBytes: positive("maxResponseBytes", options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
      policy: {
        ...DEFAULT_RETRY_POLICY,
        // Drops `undefined` tuning fields so they do not overwrite the defaults.
        ...Object.fromEntries(Object.entries(tuning).filter((entry) => entry[1] !== undefined)),
        maxRetries: nonNegative("maxRetries", options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries),
        maxQuotaWaitMs: nonNegative("maxQuotaWaitMs", options.maxQuotaWaitMs ?? 0),
      },
      sleep: customSleep ?? sleep,
      logger: options.logger,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      origin: options.origin,
      allowInsecureHttp: options.allowInsecureHttp === true,
      headers: options.headers,
      userAgent: options.userAgent,
      middleware: options.middleware ?? [],
    };
  }

  /** The quota headers of the last response that had them (any sibling's), or `undefined` if none did yet. */
  get quota(): QuotaSnapshot | undefined {
    return this.#shared.quota;
  }

  /** Sends one operation: rate-limited, timed per attempt, retried per `retry.ts`, errors typed. */
  call<T>(operation: OperationInfo, params: object | undefined, options: RequestOptions = {}): ApiPromise<T> {
    const sent = this.#call<T>(operation, params, options);
    const promise = sent.then((result) => result.data) as ApiPromise<T>;
    promise.withResponse = () => {
      // The caller reads the pair; the data promise must not then reject unhandled.
      promise.catch(() => {});
      return sent;
    };
    return promise;
  }

  async #call<T>(
    operation: OperationInfo,
    params: object | undefined,
    options: RequestOptions,
  ): Promise<{ data: T; response: Response }> {
    const method = operation.method.toUpperCase();
    const input = (params ?? {}) as Record<string, unknown>;
    const pathValues = pick(input, operation.pathParams);
    const base = operation.serverUrl === undefined ? this.#baseUrl : this.#serverFor(operation.serverUrl);
    // Fails fast (TypeError) on a missing or dot-segment id, before any waiting; openapi-fetch reuses the result.
    const url = base + serializePath(operation.path, pathValues);
    const where: Where = { method, url, operationId: operation.operationId };
    const state = new Attempt(
      where,
      options.signal,
      options.timeoutMs === undefined ? undefined : nonNegative("timeoutMs", options.timeoutMs),
    );
    state.fresh = this.#middlewareCount > 0;
    const accept = operation.responseMediaType;
    const init: CallInit = {
      params: {
        path: pathValues,
        query: pick(input, operation.queryParams),
        header: pick(input, operation.headerParams),
      },
      body: operation.hasBody ? input.body : undefined,
      headers:
        accept === undefined || accept === "application/json"
          ? options.headers
          : { Accept: accept, ...options.headers },
      // The body is read by the pipeline, once, inside the attempt's time limit.
      parseAs: "stream",
    };
    if (base !== this.#baseUrl) init.baseUrl = base;
    // Assigned rather than written in the literal: one closure each per call, shared by all attempts.
    init.pathSerializer = () => url;
    init.fetch = (r: Request) => this.#send(r, state);
    const attempt = () => this.#attempt<T>(operation, init, state);
    // Fast path: the first attempt runs bare; the retry machinery is set up only once it failed.
    let data: T;
    try {
      data = await attempt();
    } catch (error) {
      data = await this.#retry(error, attempt, state, options.maxRetries);
    }
    return { data, response: state.response! };
  }

  /** After a failed first attempt: let the policy decide, wait, and try again (see `retry.ts`). */
  async #retry<R>(
    error: unknown,
    attempt: () => Promise<R>,
    state: Attempt,
    maxRetries: number | undefined,
  ): Promise<R> {
    const where = state.where;
    let policy = this.#shared.policy;
    if (maxRetries !== undefined) policy = { ...policy, maxRetries: nonNegative("maxRetries", maxRetries) };
    try {
      return await retryAfterFailure(error, attempt, {
        method: where.method,
        policy,
        signal: state.signal,
        sleep: this.#shared.sleep,
        onRetry: (error: unknown, delayMs: number, retry: number) =>
          this.#log(
            "warn",
            () =>
              `retrying ${describeRequest(redacted(where))} in ${delayMs} ms, retry ${retry} of ${policy.maxRetries}, after: ${String(error)}`,
          ),
      });
    } catch (error) {
      // A wait (backoff) or an already aborted signal ended the call.
      throw error instanceof WaitAborted ? abortError(where) : error;
    }
  }

  /** One attempt of a wrapper call: send through openapi-fetch and the pipeline, then data or a typed error. */
  async #attempt<T>(operation: OperationInfo, init: CallInit, state: Attempt): Promise<T> {
    if (state.signal?.aborted) throw abortError(state.where);
    state.begin();
    const result = await (this.#inner.request as unknown as RawRequest)(operation.method, operation.path, init);
    const response = result.response;
    // A middleware replaced the response: read its body the same way (capped), or take what openapi-fetch read.
    const bytes = response === state.response ? state.bytes! : await this.#readReplacement(result, state);
    state.response = response; // what `withResponse` gives: the response the data came from
    if (response.ok) {
      const decoded = decodeSuccess(bytes, operation.responseKind, response.headers.get("content-type"));
      if (decoded.ok) return decoded.value as T;
      throw this.#errorFor(operation.errorMessages, state, response, bytesToText(bytes), decoded.reason);
    }
    throw this.#errorFor(operation.errorMessages, state, response, bytesToText(bytes));
  }

  async #readReplacement({ data, error, response }: RawResult, state: Attempt): Promise<Uint8Array> {
    if (response.bodyUsed) {
      const value = data ?? error;
      return new TextEncoder().encode(
        value === undefined ? "" : typeof value === "string" ? value : (JSON.stringify(value) ?? ""),
      );
    }
    try {
      return await readCapped(response, this.#shared.maxResponseBytes, (p) => p);
    } catch (cause) {
      throw noResponseError(state.where, undefined, 0, cause);
    }
  }

  /**
   * Iterates every item of a list method, page after page, as its `operation.pagination` says (see
   * `pagination.ts`). Items are the elements of the method's array response, `unknown` when the docs
   * give the response no shape (a non-array body then fails with a TypeError).
   */
  paginate<P extends object, R>(
    method: Pageable<P, R>,
    params: P,
    options?: RequestOptions,
  ): AsyncGenerator<PageItem<R>, void, undefined> {
    return paginate(method as unknown as PageFetcher<P, PageItem<R>>, params, options);
  }

  /** Every item of a list method, collected into one array. */
  paginateAll<P extends object, R>(
    method: Pageable<P, R>,
    params: P,
    options?: RequestOptions,
  ): Promise<PageItem<R>[]> {
    return paginateAll(method as unknown as PageFetcher<P, PageItem<R>>, params, options);
  }

  /** `raw`: openapi-fetch's API over the same pipeline and retries (see the `raw` field). */
  #makeRaw(): Client<Paths> {
    const inner = this.#inner;
    const raw: Record<string, unknown> = {
      request: (method: string, url: string, init?: object) => this.#rawCall(method.toUpperCase(), url, init),
      use: (...middleware: Middleware[]) => {
        inner.use(...middleware);
        this.#middlewareCount += middleware.length;
      },
      eject: (...middleware: Middleware[]) => {
        inner.eject(...middleware);
        this.#middlewareCount = Math.max(0, this.#middlewareCount - middleware.length);
      },
    };
    for (const method of HTTP_METHODS) raw[method] = (url: string, init?: object) => this.#rawCall(method, url, init);
    return raw as unknown as Client<Paths>;
  }

  async #rawCall(method: string, path: string, init: object = {}): Promise<RawResult> {
    const { signal, ...rest } = init as { signal?: AbortSignal | null };
    const state = new Attempt({ method, url: this.#baseUrl + path }, signal ?? undefined, undefined);
    state.fresh = true;
    const request = this.#inner.request as unknown as RawRequest;
    const rawInit = { ...rest, fetch: (r: Request) => this.#send(r, state) };
    const attempt = async (): Promise<RawResult> => {
      if (state.signal?.aborted) throw abortError(state.where);
      state.begin();
      let result: RawResult;
      try {
        result = await request(method, path, rawInit);
      } catch (error) {
        // openapi-fetch's JSON.parse of a broken 2xx body.
        if (error instanceof SyntaxError && state.response?.ok)
          throw this.#errorFor(
            undefined,
            state,
            state.response,
            bytesToText(state.bytes!),
            "the response body is not valid JSON",
          );
        throw error;
      }
      if (result.response.ok) return result;
      state.result = result;
      throw this.#errorFor(undefined, state, result.response, bytesToText(state.bytes ?? new Uint8Array(0)));
    };
    try {
      try {
        return await attempt();
      } catch (error) {
        return await this.#retry(error, attempt, state, undefined);
      }
    } catch (error) {
      // A final HTTP error is openapi-fetch's `{ error, response }`, as its users expect.
      const answered =
        error instanceof ApiErrorClass &&
        !(
          error instanceof InvalidResponseError ||
          error instanceof RedirectError ||
          error instanceof ResponseTooLargeError
        );
      if (answered && state.result) return state.result as RawResult;
      throw error;
    }
  }

  /** An operation's own server URL, re-homed by `origin` and checked like the base URL (once). */
  #serverFor(serverUrl: string): string {
    let url = this.#servers.get(serverUrl);
    if (url === undefined) {
      const origin = this.#shared.origin;
      url = checkBaseUrl(
        origin === undefined ? serverUrl : rehome(serverUrl, origin, this.#name),
        this.#name,
        this.#shared.allowInsecureHttp,
      );
      this.#servers.set(serverUrl, url);
    }
    return url;
  }

  /**
   * The typed error for a response: an `ApiError` subclass for a non-2xx, `InvalidResponseError`
   * for a 2xx whose body is `invalid`. Everything in it is redacted and scrubbed.
   */
  #errorFor(
    errorMessages: OperationInfo["errorMessages"],
    state: Attempt,
    response: Response,
    text: string,
    invalid?: string,
  ): ApiError {
    const { status, headers } = response;
    const secrets = this.#shared.secrets;
    const parsed = parseErrorBody(text, headers.get("content-type"));
    // The docs' messages for this status: exact ("400"), then family ("4XX"), then "default".
    const documented = errorMessages ?? {};
    const init: ApiErrorInit = {
      status,
      method: state.where.method,
      url: redactUrl(state.url ?? state.where.url),
      headers: redactHeaders(headers),
      rawBody: scrubSecrets(text, secrets),
      body: scrubValue(parsed.body, secrets),
      messages: parsed.messages.map((m) => scrubSecrets(m, secrets)),
      documentedMessages: documented[status] ?? documented[`${Math.floor(status / 100)}XX`] ?? documented.default ?? [],
    };
    if (state.where.operationId !== undefined) init.operationId = state.where.operationId;
    if (invalid)
      return new InvalidResponseError({
        ...init,
        message: `${describeRequest(init)} returned HTTP ${status}, but ${invalid}`,
      });
    return createApiError(
      init,
      parseRetryAfter(headers.get("retry-after"), Date.now()),
      readQuota(headers, this.#quotaHeaders, Date.now()),
    );
  }

  #observeQuota(headers: Headers): void {
    this.#shared.quota = readQuota(headers, this.#quotaHeaders, Date.now()) ?? this.#shared.quota;
  }

  /** Logs lazily: the message and details are built (and redacted) only when a logger wants them. */
  #log(level: keyof Logger, message: () => string, details?: () => Record<string, unknown>): void {
    try {
      this.#shared.logger?.[level]?.(scrubSecrets(message(), this.#shared.secrets), details?.());
    } catch {
      // A broken logger must not break requests.
    }
  }
}

/** The parameters named in `names`, leaving out undefined values. */
function pick(input: Record<string, unknown>, names: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names ?? []) if (input[name] !== undefined) out[name] = input[name];
  return out;
}

function abortError(where: Where): AbortError {
  return new AbortError(redacted(where));
}

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  return value;
}

function positive(name: string, value: number): number {
  if (!(value > 0)) throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}
