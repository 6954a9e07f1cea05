/**
 * The request path of one attempt, as composable steps over one `send(request, attempt) →
 * response` (the shape of Octokit's `hook.wrap` and openapi-fetch's middleware). Every call, the
 * generated wrappers' and `raw`'s alike, reaches the network through the same chain:
 *
 *   limitRate → timeLimit → logExchange → observeQuota → transport (fetch, redirects, body ≤ cap)
 *
 * Retries and typed HTTP errors sit one level up (`client.ts`), around openapi-fetch, so that
 * openapi-fetch's middleware runs once per attempt. When a step's `send` resolves, the attempt is
 * complete: the body has been read (within the time limit and the size cap) into `attempt.bytes`.
 */
import {
  AbortError,
  type ApiClientError,
  ApiClientError as ApiClientErrorClass,
  ConnectionError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import { BodyTooLarge, readCapped } from "./read-body.js";
import type { TokenBucket } from "./rate-limit.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { type AttemptDeadline, type DeadlineTimer, startAttempt, WaitAborted } from "./timeout.js";

/** Where a call is going; `url` is not yet redacted (that is done only when a message needs it). */
export interface Where {
  method: string;
  url: string;
  operationId?: string | undefined;
}

/** The user-facing fetch: gets the attempt's signal as `init.signal`. */
export type FetchLike = (input: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>;

/**
 * The state of one call, made once per call and reset per attempt: the caller's per-call options,
 * the current attempt's clock, and what it saw (final URL, response, body bytes). A class, so that
 * a call costs one allocation and no closures here.
 */
export class Attempt {
  /** The request URL of the final hop (after same-origin redirects). */
  url: string | undefined;
  response: Response | undefined;
  /** The body of `response`, read by `transport`. */
  bytes: Uint8Array | undefined;
  deadline!: AttemptDeadline;
  timeoutMs = 0;
  /** Hand openapi-fetch a fresh `Response` holding `bytes` (for `raw` and for middleware), not the read one. */
  fresh = false;
  /** What `raw` returns for a final HTTP error (openapi-fetch's `{ error, response }`). */
  result: unknown;
  /**
   * The `init` handed to the user's fetch: `signal` is the current attempt's, made on first use.
   * An own getter, so that a fetch that spreads `init` (`{ ...init, headers }`) keeps the signal.
   */
  readonly fetchInit: { readonly signal: AbortSignal };

  constructor(
    readonly where: Where,
    readonly signal: AbortSignal | undefined,
    /** The caller's `timeoutMs` for this call, if it set one. */
    readonly callTimeoutMs: number | undefined,
  ) {
    // A getter of the object literal below reads this call's deadline, which is set later.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const state = this;
    this.fetchInit = {
      get signal() {
        return state.deadline.signal;
      },
    };
  }

  /** Starts a new attempt: forget what the previous one saw. */
  begin(): void {
    this.url = undefined;
    this.response = undefined;
    this.bytes = undefined;
    this.result = undefined;
  }
}

/** Sends one request of an attempt; resolves once the response and its body are in. */
export type Send = (request: Request, attempt: Attempt) => Promise<Response>;
/** A step: wraps the rest of the chain. */
export type Step = (next: Send) => Send;

/** Chains steps, the first outermost, around `send`. */
export function compose(steps: readonly (Step | undefined)[], send: Send): Send {
  let out = send;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]) out = steps[i]!(out);
  return out;
}

/** Waits for a token of the client's (shared) rate limiter; the wait is outside the time limit. */
export function limitRate(limiter: TokenBucket | undefined): Step | undefined {
  if (!limiter) return undefined;
  return (next) => async (request, attempt) => {
    try {
      await limiter.acquire(attempt.signal);
    } catch (error) {
      throw error instanceof WaitAborted ? new AbortError(redacted(attempt.where)) : error;
    }
    return next(request, attempt);
  };
}

/**
 * Starts the attempt's clock (`timeoutMs` from sending to the last body byte, or the caller's
 * abort) and turns a failure without a response into `AbortError` / `TimeoutError` /
 * `ConnectionError`, right where it happens.
 */
export function timeLimit(timers: DeadlineTimer, defaultTimeoutMs: number): Step {
  return (next) => async (request, attempt) => {
    const timeoutMs = attempt.callTimeoutMs ?? defaultTimeoutMs;
    const deadline = startAttempt(attempt.signal, timeoutMs, timers);
    attempt.deadline = deadline;
    attempt.timeoutMs = timeoutMs;
    try {
      return await next(request, attempt);
    } catch (cause) {
      if (cause instanceof ApiClientErrorClass) throw cause;
      throw noResponseError(
        { method: request.method, url: attempt.url ?? request.url, operationId: attempt.where.operationId },
        deadline,
        timeoutMs,
        cause,
      );
    } finally {
      deadline.dispose();
    }
  };
}

/** Logs each exchange (redacted) when the client has a logger. */
export function logExchange(
  log: ((message: () => string, details?: () => Record<string, unknown>) => void) | undefined,
): Step | undefined {
  if (!log) return undefined;
  return (next) => async (request, attempt) => {
    log(
      () => `→ ${request.method} ${redactUrl(request.url)}`,
      () => ({ headers: redactHeaders(request.headers) }),
    );
    const started = performance.now();
    const response = await next(request, attempt);
    log(
      () =>
        `${request.method} ${redactUrl(attempt.url ?? request.url)} → ${response.status} (${Math.round(performance.now() - started)} ms)`,
    );
    return response;
  };
}

/** Hands every response's headers to the (shared) quota tracker. */
export function observeQuota(observe: ((headers: Headers) => void) | undefined): Step | undefined {
  if (!observe) return undefined;
  return (next) => async (request, attempt) => {
    const response = await next(request, attempt);
    observe(response.headers);
    return response;
  };
}

/** Same-origin redirects followed per attempt; more is a loop. */
export const MAX_REDIRECTS = 5;

/**
 * The network: fetch with `redirect: "manual"`, follow same-origin redirects ourselves and refuse
 * any other (credentials, the caller's headers and the body must not reach another origin, and an
 * https → http hop would bypass the plain-http rule), then read the body within the deadline and
 * at most `maxBytes` of it (decoded).
 */
export function transport(fetch: FetchLike, maxBytes: number): Send {
  return async (request, attempt) => {
    const deadline = attempt.deadline;
    const race = <T>(p: Promise<T>) => deadline.race(p);
    // A body may have to be sent again to the same origin (307/308): keep a copy before it is consumed.
    let replay = request.body !== null ? request.clone() : undefined;
    let current = request;
    for (let hops = 0; ; hops++) {
      attempt.url = current.url;
      const sending = fetch(current, attempt.fetchInit);
      let response: Response;
      try {
        response = await race(sending);
      } catch (error) {
        // A fetch that ignored `init.signal` may still answer late: cancel that body to free its socket.
        sending
          .then(
            (late) => late.body?.cancel(),
            () => {},
          )
          .catch(() => {});
        throw error;
      }
      const status = response.status;
      if (
        response.type === "opaqueredirect" ||
        (status >= 300 && status < 400 && status !== 304 && response.headers.has("location"))
      ) {
        response.body?.cancel().catch(() => {});
        const next = redirectTarget(current, response, hops);
        const method =
          status === 303 || ((status === 301 || status === 302) && current.method === "POST") ? "GET" : current.method;
        const keepBody = method === current.method && replay !== undefined;
        const body = keepBody ? await race(replay!.arrayBuffer()) : undefined;
        if (keepBody) replay = new Request(next, { method, body: body!.slice(0) });
        const headers = new Headers(current.headers);
        if (!keepBody) headers.delete("content-type");
        current = new Request(next, { method, headers, body: body ?? null, redirect: "manual" });
        continue;
      }
      if (response.redirected && new URL(response.url).origin !== new URL(current.url).origin) {
        // A custom fetch followed a redirect itself: too late to protect the request, but never use the answer.
        response.body?.cancel().catch(() => {});
        throw redirectError(
          current,
          response,
          response.url,
          "the fetch followed a redirect to another origin; its response is not used",
        );
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, maxBytes, race);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        throw new ResponseTooLargeError({
          ...where(current, attempt),
          status,
          headers: redactHeaders(response.headers),
          rawBody: "",
          body: undefined,
          messages: [],
          maxResponseBytes: maxBytes,
        });
      }
      attempt.bytes = bytes;
      // A success goes back spent (the wrapper decodes `bytes`); openapi-fetch reads error bodies, and
      // `raw` and middleware read every body: they get a copy, as the original is spent.
      if (!attempt.fresh && response.ok) return (attempt.response = response);
      const empty = status === 204 || status === 205 || status === 304 || request.method === "HEAD";
      let headers = response.headers;
      if (headers.has("content-encoding")) {
        // The copy holds decoded bytes: its headers must not claim an encoding (or the encoded length).
        headers = new Headers(headers);
        headers.delete("content-encoding");
        headers.delete("content-length");
      }
      return (attempt.response = new Response(empty ? null : (bytes as Uint8Array<ArrayBuffer>), {
        status,
        statusText: response.statusText,
        headers,
      }));
    }
  };
}

/** The next URL of a redirect, if it may be followed; else a `RedirectError` saying why not. */
function redirectTarget(current: Request, response: Response, hops: number): string {
  if (response.type === "opaqueredirect")
    throw redirectError(
      current,
      response,
      undefined,
      'the fetch implementation hides redirects (redirect: "manual"), so it was not followed',
    );
  const location = response.headers.get("location")!;
  let target: URL;
  try {
    target = new URL(location, current.url);
  } catch {
    throw redirectError(
      current,
      response,
      location,
      `the redirect target ${JSON.stringify(redactUrl(location))} is not a URL`,
    );
  }
  const from = new URL(current.url);
  if (target.origin !== from.origin) {
    const downgrade =
      from.protocol === "https:" && target.protocol === "http:" ? " (and from https to plain http)" : "";
    throw redirectError(
      current,
      response,
      target.href,
      `refused to follow a redirect to another origin, ${target.origin}${downgrade}: credentials, headers and the request body are only sent to ${from.origin}`,
    );
  }
  if (hops >= MAX_REDIRECTS)
    throw redirectError(current, response, target.href, `more than ${MAX_REDIRECTS} redirects (a redirect loop?)`);
  return target.href;
}

function redirectError(
  current: Request,
  response: Response,
  location: string | undefined,
  reason: string,
): RedirectError {
  return new RedirectError({
    method: current.method,
    url: redactUrl(current.url),
    status: response.status,
    headers: redactHeaders(response.headers),
    rawBody: "",
    body: undefined,
    messages: [],
    location: location === undefined ? undefined : redactUrl(location),
    reason,
  });
}

function where(current: Request, attempt: Attempt): { method: string; url: string; operationId?: string } {
  const out: { method: string; url: string; operationId?: string } = {
    method: current.method,
    url: redactUrl(current.url),
  };
  if (attempt.where.operationId) out.operationId = attempt.where.operationId;
  return out;
}

export function redacted(where: Where): Where {
  return { method: where.method, url: redactUrl(where.url), operationId: where.operationId };
}

/** Why an attempt got no response: the caller aborted, the time was up, or the connection failed. */
export function noResponseError(
  where: Where,
  deadline: AttemptDeadline | undefined,
  timeoutMs: number,
  cause: unknown,
): ApiClientError {
  const init = redacted(where);
  const reason = deadline?.reason();
  if (reason === "caller") return new AbortError(init);
  if (reason === "timeout") return new TimeoutError({ ...init, timeoutMs });
  return new ConnectionError({ ...init, cause });
}
