/**
 * The base class of every generated client. Generated wrappers hand it an `OperationInfo` and the
 * caller's one parameter object; it splits that into path, query, headers and body, sends it
 * through openapi-fetch, and owns everything cross-cutting: auth, the rate limiter, timeouts,
 * retries, quota tracking, typed errors and redaction. It knows nothing about any one API.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { type AnyCredentials, type AuthScheme, resolveAuth } from "./auth.js";
import { parseErrorBody, parseSuccessBody } from "./body.js";
import {
  AbortError,
  type ApiClientError,
  type ApiError,
  type ApiErrorInit,
  ConnectionError,
  createApiError,
  describeRequest,
  InvalidResponseError,
  TimeoutError,
} from "./errors.js";
import type { ApiPromise, OperationCaller, OperationInfo, RequestOptions } from "./operation.js";
import { type PageFetcher, type PageParams, paginate, paginateAll } from "./pagination.js";
import { type QuotaHeaderNames, type QuotaSnapshot, readQuota } from "./quota.js";
import { createRateLimiter, type RateLimitSetting, type TokenBucket } from "./rate-limit.js";
import { redactHeaders, redactUrl, scrubSecrets, scrubValue } from "./redact.js";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryAfterFailure, type RetryPolicy } from "./retry.js";
import { type AttemptDeadline, DeadlineTimer, sleep, startAttempt, WaitAborted } from "./timeout.js";
import { checkBaseUrl, serializePath } from "./url.js";

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
export interface RetryTuning extends Partial<Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "maxRetryAfterMs" | "random">> {
  /** Replaces the real wait between attempts; must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Options common to every generated client. */
export interface ClientOptions {
  /** Overrides the spec's server URL. Required when the docs name no host. */
  baseUrl?: string;
  /**
   * PROVISIONAL (client helper, contract in COMMON.md; implemented by the runtime helper): replaces
   * scheme, host and port of the API's server URL and of every operation's `serverUrl`.
   */
  origin?: string;
  /**
   * Replaces `globalThis.fetch` (tests, proxies, other runtimes). `init.signal` fires when the
   * attempt times out or the caller aborts: pass it on (`fetch(input, init)`) so that a timed-out
   * attempt frees its connection at once. The request itself carries only the caller's signal.
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
  /** The spec's server URL; "" or "/" when the docs name no host (then `baseUrl` is required). */
  baseUrl: string;
  /** The security schemes the spec declares, in order of preference. */
  auth: readonly AuthScheme[];
  /** The API's quota headers, if its docs announce a quota (none by default: no quota tracking). */
  quotaHeaders?: QuotaHeaderNames;
}

/**
 * The state of one call, made once per call (not per attempt): where it goes, the current
 * attempt's clock, and what that attempt's fetch saw (the response handed to openapi-fetch and,
 * for an error, its text). A class, so that a call costs one allocation and no closures here.
 */
class CallState {
  url: string | undefined;
  response: Response | undefined;
  text: string | undefined;
  deadline!: AttemptDeadline;
  timeoutMs = 0;
  /**
   * The `init` handed to the user's fetch: `signal` is the current attempt's, made on first use.
   * An own getter, so that a fetch that spreads `init` (`{ ...init, headers }`) keeps the signal.
   */
  readonly fetchInit: { readonly signal: AbortSignal };

  constructor(readonly where: Where) {
    const state = this;
    this.fetchInit = {
      get signal() {
        return state.deadline.signal;
      },
    };
  }

  /** Starts a new attempt: forget what the previous one saw. */
  begin(deadline: AttemptDeadline, timeoutMs: number): void {
    this.deadline = deadline;
    this.timeoutMs = timeoutMs;
    this.url = undefined;
    this.response = undefined;
    this.text = undefined;
  }
}

/** The per-call `init` handed to openapi-fetch's `request`; made once per call, updated per attempt. */
interface CallInit {
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };
  body: unknown;
  headers: Record<string, string> | undefined;
  parseAs: "stream";
  pathSerializer?: () => string;
  signal: AbortSignal | undefined;
  fetch?: (request: Request) => Promise<Response>;
}

/** Where a call is going; `url` is not yet redacted (that is done only when a message needs it). */
interface Where {
  method: string;
  url: string;
  operationId?: string;
}

type RawRequest = (
  method: string,
  url: string,
  init: CallInit,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The base of every generated client class. */
export class ApiClient<Paths extends {} = {}> implements OperationCaller {
  /** The typed openapi-fetch client, for anything the generated wrappers do not cover (rate-limited, no retries). */
  readonly raw: Client<Paths>;
  readonly #baseUrl: string;
  readonly #fetch: NonNullable<ClientOptions["fetch"]>;
  readonly #limiter: TokenBucket | undefined;
  readonly #timeoutMs: number;
  readonly #policy: RetryPolicy;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #quotaHeaders: QuotaHeaderNames | undefined;
  /** The credentials in every form they may take, scrubbed from all server text and log lines. */
  readonly #secrets: string[];
  readonly #logger: Logger | undefined;
  #quota: QuotaSnapshot | undefined;
  /** One timer for the time limits of all this client's attempts. */
  readonly #timers = new DeadlineTimer();

  // PROVISIONAL (client helper): the generated classes pass `shareWith` per the runtime contract
  // (COMMON.md); the runtime helper's ApiClient implements the sharing and replaces this signature.
  constructor(options: ClientOptions & AnyCredentials, defaults: ApiDefaults, _shareWith?: ApiClient) {
    const name = defaults.name;
    this.#baseUrl = checkBaseUrl(options.baseUrl ?? defaults.baseUrl, name, options.allowInsecureHttp === true);
    const ownAuthorization = Object.keys(options.headers ?? {}).some((h) => h.toLowerCase() === "authorization");
    const auth = resolveAuth(options, defaults.auth, name, ownAuthorization);
    const { sleep: customSleep, ...tuning } = options.retry ?? {};
    this.#timeoutMs = nonNegative("timeoutMs", options.timeoutMs ?? 30_000);
    this.#policy = {
      ...DEFAULT_RETRY_POLICY,
      // Drops `undefined` tuning fields so they do not overwrite the defaults.
      ...Object.fromEntries(Object.entries(tuning).filter((entry) => entry[1] !== undefined)),
      maxRetries: nonNegative("maxRetries", options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries),
      maxQuotaWaitMs: nonNegative("maxQuotaWaitMs", options.maxQuotaWaitMs ?? 0),
    };
    this.#sleep = customSleep ?? sleep;
    this.#quotaHeaders = defaults.quotaHeaders;
    this.#secrets = auth.secrets;
    this.#logger = options.logger;
    this.#limiter = createRateLimiter(options.rateLimit);
    const userFetch: NonNullable<ClientOptions["fetch"]> = (this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
    this.raw = createClient<Paths>({
      baseUrl: this.#baseUrl,
      pathSerializer: serializePath,
      headers: {
        Accept: "application/json",
        "User-Agent": `docs2client/${RUNTIME_VERSION} (${name})${options.userAgent ? ` ${options.userAgent}` : ""}`,
        ...(auth.authorization ? { Authorization: auth.authorization } : {}),
        ...options.headers,
      },
      // `raw` calls share the rate limiter and the quota tracking; `call` passes its own fetch.
      fetch: async (request: Request) => {
        try {
          await this.#limiter?.acquire(request.signal);
        } catch (error) {
          throw abortErrorFor(error, request);
        }
        const response = await userFetch(request);
        this.#observeQuota(response.headers);
        return response;
      },
    });
    for (const m of options.middleware ?? []) this.raw.use(m);
  }

  /** The quota headers of the last response that had them, or `undefined` if none did yet. */
  get quota(): QuotaSnapshot | undefined {
    return this.#quota;
  }

  /** Sends one operation: rate-limited, timed per attempt, retried per `retry.ts`, errors typed. */
  call<T>(operation: OperationInfo, params: object | undefined, options: RequestOptions = {}): ApiPromise<T> {
    const sent = this.#send<T>(operation, params, options);
    const promise = sent.then((result) => result.data) as ApiPromise<T>;
    promise.withResponse = () => sent;
    return promise;
  }

  async #send<T>(operation: OperationInfo, params: object | undefined, options: RequestOptions): Promise<{ data: T; response: Response }> {
    const method = operation.method.toUpperCase();
    const input = (params ?? {}) as Record<string, unknown>;
    const pathValues = pick(input, operation.pathParams);
    // Fails fast (TypeError) on a missing or dot-segment id, before any waiting; openapi-fetch reuses the result.
    const url = this.#baseUrl + serializePath(operation.path, pathValues);
    const where: Where = { method, url, operationId: operation.operationId };
    const state = new CallState(where);
    const init: CallInit = {
      params: { path: pathValues, query: pick(input, operation.queryParams), header: pick(input, operation.headerParams) },
      body: operation.hasBody ? input.body : undefined,
      headers: options.headers,
      // The body is read by us, once, inside the attempt's time limit (see #attempt).
      parseAs: "stream",
      signal: undefined,
    };
    // Assigned rather than written in the literal: one closure each per call, shared by all attempts.
    init.pathSerializer = () => url;
    init.fetch = (r: Request) => this.#exchange(r, state);
    let policy = this.#policy;
    if (options.maxRetries !== undefined) policy = { ...policy, maxRetries: nonNegative("maxRetries", options.maxRetries) };
    // Fast path: the first attempt runs bare; the retry machinery is set up only once it failed.
    let data: T;
    try {
      data = await this.#attempt<T>(operation, init, options, state);
    } catch (error) {
      data = await this.#retry<T>(error, operation, init, options, state, policy);
    }
    return { data, response: state.response! };
  }

  /** After a failed first attempt: let the policy decide, wait, and try again (see `retry.ts`). */
  async #retry<T>(error: unknown, operation: OperationInfo, init: CallInit, options: RequestOptions, state: CallState, policy: RetryPolicy): Promise<T> {
    const where = state.where;
    try {
      return await retryAfterFailure(error, () => this.#attempt<T>(operation, init, options, state), {
        method: where.method,
        policy,
        signal: options.signal,
        sleep: this.#sleep,
        onRetry: (error: unknown, delayMs: number, retry: number) =>
          this.#log("warn", () => `retrying ${describeRequest(redacted(where))} in ${delayMs} ms, retry ${retry} of ${policy.maxRetries}, after: ${String(error)}`),
      });
    } catch (error) {
      // A wait (rate limiter, backoff) or an already aborted signal ended the call.
      throw abortErrorFor(error, where);
    }
  }

  /** Iterates every item of a paged list method (`page`/`per_page`), fetching page after page. */
  paginate<P extends PageParams, T>(fetchPage: PageFetcher<P, T>, params: P, options?: RequestOptions): AsyncGenerator<T, void, undefined> {
    return paginate(fetchPage, params, options);
  }

  /** Every item of a paged list method, collected into one array. */
  paginateAll<P extends PageParams, T>(fetchPage: PageFetcher<P, T>, params: P, options?: RequestOptions): Promise<T[]> {
    return paginateAll(fetchPage, params, options);
  }

  /** One attempt: wait for a token, then send within the time limit and turn the outcome into data or an error. */
  async #attempt<T>(operation: OperationInfo, init: CallInit, options: RequestOptions, state: CallState): Promise<T> {
    // `WaitAborted` (here or from the limiter) becomes an `AbortError` in `call`.
    if (options.signal?.aborted) throw new WaitAborted("aborted");
    if (this.#limiter) await this.#limiter.acquire(options.signal);
    const timeoutMs = options.timeoutMs === undefined ? this.#timeoutMs : nonNegative("timeoutMs", options.timeoutMs);
    const deadline = startAttempt(options.signal, timeoutMs, this.#timers);
    state.begin(deadline, timeoutMs);
    // Following a signal costs undici's Request dearly, so the request carries one only when
    // the caller gave one; the fetch always gets the attempt's signal as `init.signal`.
    init.signal = options.signal ? deadline.signal : undefined;
    const where = state.where;
    const started = this.#logger ? performance.now() : 0;
    try {
      const request = this.raw.request as unknown as RawRequest;
      const { data, error, response } = await request(operation.method, operation.path, init);
      const rawUrl = state.url ?? where.url;
      let text = response === state.response ? state.text : undefined;
      if (text === undefined) {
        // A middleware may have replaced our Response and openapi-fetch may have read it; else read it now.
        if (response !== state.response && response.bodyUsed) text = fallbackText(data, error);
        else {
          try {
            text = await deadline.race(response.text());
          } catch (cause) {
            throw noResponseError({ method: where.method, url: rawUrl, operationId: where.operationId }, deadline, timeoutMs, cause);
          }
        }
      }
      if (this.#logger) this.#log("debug", () => `${where.method} ${redactUrl(rawUrl)} → ${response.status} (${Math.round(performance.now() - started)} ms)`);
      let invalid: string | undefined;
      if (response.ok) {
        const parsed = parseSuccessBody(text);
        if (parsed.ok) return parsed.value as T;
        // A plain-text success ("OK") is an answer; HTML or broken JSON where JSON was due is not.
        if ((response.headers.get("content-type") ?? "").startsWith("text/plain")) return text as T;
        invalid = parsed.reason;
      }
      throw this.#errorFor(operation, where.method, redactUrl(rawUrl), response, text, invalid);
    } finally {
      deadline.dispose();
    }
  }

  /**
   * The fetch of one attempt: sends within the time limit, records quota, and maps transport
   * failures to `AbortError` / `TimeoutError` / `ConnectionError` right where they happen. A
   * success goes back to openapi-fetch unread (`parseAs: "stream"`; `#attempt` reads it once);
   * an error body is read here and handed on as a fresh Response, for middleware to inspect.
   */
  async #exchange(request: Request, state: CallState): Promise<Response> {
    state.url = request.url;
    if (this.#logger) this.#log("debug", () => `→ ${request.method} ${redactUrl(request.url)}`, () => ({ headers: redactHeaders(request.headers) }));
    const deadline = state.deadline;
    const sending = this.#fetch(request, state.fetchInit);
    let response: Response | undefined;
    let text: string;
    try {
      response = await deadline.race(sending);
      this.#observeQuota(response.headers);
      if (response.ok) return (state.response = response);
      text = await deadline.race(response.text());
    } catch (cause) {
      // A fetch that ignored `init.signal` may still answer late: cancel that body to free its socket.
      if (!response) sending.then((late) => late.body?.cancel(), () => {}).catch(() => {});
      throw noResponseError({ method: request.method, url: request.url, operationId: state.where.operationId }, deadline, state.timeoutMs, cause);
    }
    // Only a 304 among the non-2xx statuses must have a null body (a Response cannot be 1xx).
    const copy = new Response(response.status === 304 ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    state.text = text;
    return (state.response = copy);
  }

  /**
   * The typed error for a response: an `ApiError` subclass for a non-2xx, `InvalidResponseError`
   * for a 2xx whose body is `invalid`. Everything in it is redacted and scrubbed.
   */
  #errorFor(operation: OperationInfo, method: string, url: string, response: Response, text: string, invalid?: string): ApiError {
    const { status, headers } = response;
    const secrets = this.#secrets;
    const parsed = parseErrorBody(text, headers.get("content-type"));
    // The docs' messages for this status: exact ("400"), then family ("4XX"), then "default".
    const documented = operation.errorMessages ?? {};
    const init: ApiErrorInit = {
      status,
      method,
      url,
      headers: redactHeaders(headers),
      rawBody: scrubSecrets(text, secrets),
      body: scrubValue(parsed.body, secrets),
      messages: parsed.messages.map((m) => scrubSecrets(m, secrets)),
      operationId: operation.operationId,
      documentedMessages: documented[status] ?? documented[`${Math.floor(status / 100)}XX`] ?? documented.default ?? [],
    };
    if (invalid) return new InvalidResponseError({ ...init, message: `${describeRequest(init)} returned HTTP ${status}, but ${invalid}` });
    return createApiError(init, parseRetryAfter(headers.get("retry-after"), Date.now()), readQuota(headers, this.#quotaHeaders, Date.now()));
  }

  #observeQuota(headers: Headers): void {
    this.#quota = readQuota(headers, this.#quotaHeaders, Date.now()) ?? this.#quota;
  }

  /** Logs lazily: the message and details are built (and redacted) only when a logger wants them. */
  #log(level: keyof Logger, message: () => string, details?: () => Record<string, unknown>): void {
    try {
      this.#logger?.[level]?.(scrubSecrets(message(), this.#secrets), details?.());
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

function redacted(where: Where): Where {
  return { method: where.method, url: redactUrl(where.url), operationId: where.operationId };
}

/** A cancelled wait (`WaitAborted`) as the caller's `AbortError`; any other error unchanged. */
function abortErrorFor(error: unknown, where: Where): unknown {
  return error instanceof WaitAborted ? new AbortError(redacted(where)) : error;
}

/** Why an attempt got no response: the caller aborted, the time was up, or the connection failed. */
function noResponseError(where: Where, deadline: AttemptDeadline, timeoutMs: number, cause: unknown): ApiClientError {
  const init = redacted(where);
  const reason = deadline.reason();
  if (reason === "caller") return new AbortError(init);
  if (reason === "timeout") return new TimeoutError({ ...init, timeoutMs });
  return new ConnectionError({ ...init, cause });
}

function fallbackText(data: unknown, error: unknown): string {
  const value = data ?? error;
  if (value === undefined) return "";
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  return value;
}
