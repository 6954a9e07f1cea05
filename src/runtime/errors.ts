/**
 * Every error the runtime throws, in one hierarchy (after openai-node's `core/error.ts`):
 *
 *   ApiClientError
 *   ├── ApiError                 an HTTP response that is not a usable success
 *   │   ├── BadRequestError 400, UnauthorizedError 401, PaymentRequiredError 402 (a paid feature),
 *   │   │   QuotaExceededError 402 (with quota headers), ForbiddenError 403, NotFoundError 404,
 *   │   │   ConflictError 409, GoneError 410, UnprocessableEntityError 422, RateLimitError 429,
 *   │   │   ServerError 5xx (the table `ERROR_CLASS_BY_STATUS`)
 *   │   ├── InvalidResponseError a 2xx whose body is not valid JSON (status is the 2xx status)
 *   │   ├── ResponseTooLargeError a body larger than `maxResponseBytes` (counted after decoding)
 *   │   └── RedirectError        a redirect the runtime refused (another origin, or a loop)
 *   └── NoResponseError          no HTTP response at all
 *       ├── ConnectionError, TimeoutError, AbortError
 *
 * `name` is always the class name. Everything an error carries is already redacted (URL without
 * userinfo, credential headers replaced, known secrets scrubbed from server text), so `String`,
 * `JSON.stringify`, `stack` and `util.inspect` are all safe to log.
 */

/** The root of every error this runtime throws. */
export class ApiClientError extends Error {
  override name = "ApiClientError";

  /** A JSON form with the same (already redacted) fields; the `cause` is reduced to its message. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== "cause" && value !== undefined) json[key] = value;
    }
    if (this.cause !== undefined) json.cause = this.cause instanceof Error ? this.cause.message : String(this.cause);
    return json;
  }
}

/** What is known about a failed HTTP exchange; the factory `createApiError` fills it. */
export interface ApiErrorInit {
  status: number;
  /** Upper-case HTTP method. */
  method: string;
  /** The request URL, already redacted. */
  url: string;
  /** Response headers, already redacted. */
  headers: Record<string, string>;
  /** The response body as received (secrets scrubbed). */
  rawBody: string;
  /** The parsed body: JSON value, or text (HTML reduced to a summary). */
  body: unknown;
  /** The server's messages, most important first. */
  messages: readonly string[];
  operationId?: string | undefined;
  /** What the API docs list for this operation and status. */
  documentedMessages?: readonly string[];
  /** Overrides the generated message (used by `InvalidResponseError`). */
  message?: string;
}

/** An HTTP response that is not a usable success. Subclasses name the status. */
export class ApiError extends ApiClientError {
  override name = "ApiError";
  // `declare`d and filled by one `Object.assign` (in this order, which `toJSON` keeps): less code to ship.
  declare readonly status: number;
  declare readonly method: string;
  /** The request URL without credentials. */
  declare readonly url: string;
  /** Response headers (lower-case names, credential headers redacted). */
  declare readonly headers: Record<string, string>;
  /** The body text as received. */
  declare readonly rawBody: string;
  /** The parsed body (JSON value, or the text; `undefined` when empty). */
  declare readonly body: unknown;
  /** The server's first message, if it gave one (`"Missing or invalid workspace_id"`). */
  declare readonly serverMessage: string | undefined;
  /** All messages the server gave. */
  declare readonly messages: readonly string[];
  declare readonly operationId: string | undefined;
  /** The messages the API docs list for this operation and status: a hint of what went wrong. */
  declare readonly documentedMessages: readonly string[];

  constructor(init: ApiErrorInit) {
    super(
      init.message ??
        `${describeRequest(init)} failed with HTTP ${init.status}${init.messages[0] ? `: ${init.messages[0]}` : ""}`,
    );
    Object.assign(this, {
      status: init.status,
      method: init.method,
      url: init.url,
      headers: init.headers,
      rawBody: init.rawBody,
      body: init.body,
      serverMessage: init.messages[0],
      messages: init.messages,
      operationId: init.operationId,
      documentedMessages: init.documentedMessages ?? [],
    });
  }
}

/** "getThing (GET https://…/things/7)", or "GET https://…" without an operation id; `url` already redacted. */
export function describeRequest(where: { method: string; url: string; operationId?: string | undefined }): string {
  const request = `${where.method} ${where.url}`;
  return where.operationId ? `${where.operationId} (${request})` : request;
}

/** HTTP 400: the request is malformed; do not repeat it unchanged. */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
/** HTTP 401: credentials are missing or wrong. */
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
/** HTTP 402 without quota headers: a paid feature; never retried. */
export class PaymentRequiredError extends ApiError {
  override name = "PaymentRequiredError";
}
/**
 * HTTP 402 with quota headers: the request quota is used up until the window resets. A sibling of
 * `PaymentRequiredError`, not a subclass, so "upgrade your plan" handlers do not catch it.
 */
export class QuotaExceededError extends ApiError {
  override name = "QuotaExceededError";
  /** Requests left in the window (usually 0), if the server said. */
  declare readonly remaining: number | undefined;
  /** Seconds until the quota window resets. */
  declare readonly resetsInSeconds: number;
  constructor(init: ApiErrorInit & { remaining: number | undefined; resetsInSeconds: number }) {
    super(init);
    Object.assign(this, { remaining: init.remaining, resetsInSeconds: init.resetsInSeconds });
  }
}
/** HTTP 403: not allowed (Toggl also answers failed authentication with 403). */
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
/** HTTP 404. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** HTTP 409: the request conflicts with the resource's current state (e.g. it already exists). */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** HTTP 410: the endpoint is gone; never retried, do not call it again. */
export class GoneError extends ApiError {
  override name = "GoneError";
}
/** HTTP 422. */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
/** HTTP 429: the server's rate limit was hit. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** The wait the server asked for (`Retry-After`), uncapped, if it sent one. */
  declare readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit & { retryAfterMs: number | undefined }) {
    super(init);
    Object.assign(this, { retryAfterMs: init.retryAfterMs });
  }
}
/** HTTP 5xx. */
export class ServerError extends ApiError {
  override name = "ServerError";
}
/**
 * A 2xx response whose body is not valid JSON (truncated, or an HTML page from a proxy). It is an
 * `ApiError` because there was a response; `status` is its 2xx status and `rawBody` the text.
 */
export class InvalidResponseError extends ApiError {
  override name = "InvalidResponseError";
}

/**
 * A response body larger than the client's `maxResponseBytes`, counted on decoded bytes (after
 * gzip/deflate/br), so a compression bomb is stopped as early as a huge plain body. The rest of
 * the body is not read (the connection is dropped); `rawBody` is empty.
 */
export class ResponseTooLargeError extends ApiError {
  override name = "ResponseTooLargeError";
  /** The cap that was exceeded, in bytes. */
  declare readonly maxResponseBytes: number;
  constructor(init: ApiErrorInit & { maxResponseBytes: number }) {
    super({
      ...init,
      message:
        init.message ??
        `${describeRequest(init)} returned HTTP ${init.status} with a body over ${init.maxResponseBytes} bytes (maxResponseBytes); the rest was not read`,
    });
    Object.assign(this, { maxResponseBytes: init.maxResponseBytes });
  }
}

/**
 * A redirect the runtime did not follow: to another origin (scheme, host or port), where the
 * credentials, the caller's headers and the request body must not go; or one redirect too many
 * (a loop). Same-origin redirects are followed (at most `MAX_REDIRECTS`).
 */
export class RedirectError extends ApiError {
  override name = "RedirectError";
  /** Where the server redirected to (redacted), if it said. */
  declare readonly location: string | undefined;
  constructor(init: ApiErrorInit & { location: string | undefined; reason: string }) {
    super({ ...init, message: `${describeRequest(init)} returned HTTP ${init.status}: ${init.reason}` });
    Object.assign(this, { location: init.location });
  }
}

type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

/**
 * Status → error class, the one place that says which class a status throws (the generator reads
 * it for JSDoc `@throws`). 402 is `QuotaExceededError` instead when the response carries quota
 * headers; 429 is `RateLimitError`; any other 5xx is `ServerError`, any other status `ApiError`.
 */
export const ERROR_CLASS_BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: UnauthorizedError,
  402: PaymentRequiredError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  422: UnprocessableEntityError,
  429: RateLimitError as unknown as ApiErrorClass,
};

/** The name of the class thrown for a status ("404", "5XX", "default"): for generated JSDoc. */
export function errorClassNameFor(status: string | number): string {
  const text = String(status);
  if (/^\d+$/.test(text)) {
    const known = ERROR_CLASS_BY_STATUS[Number(text)];
    if (known) return known.name;
  }
  return /^5(\d\d|XX)$/i.test(text) ? "ServerError" : "ApiError";
}

/**
 * The `ApiError` subclass for a non-2xx response. `retryAfterMs` is the parsed `Retry-After`;
 * `quota` the parsed quota headers (a quota 402 needs `resetsInSeconds`).
 */
export function createApiError(
  init: ApiErrorInit,
  retryAfterMs?: number,
  quota?: { remaining: number | undefined; resetsInSeconds: number | undefined },
): ApiError {
  const { status } = init;
  if (status === 402 && quota?.resetsInSeconds !== undefined) {
    return new QuotaExceededError({ ...init, remaining: quota.remaining, resetsInSeconds: quota.resetsInSeconds });
  }
  if (status === 429) return new RateLimitError({ ...init, retryAfterMs });
  const known = ERROR_CLASS_BY_STATUS[status];
  if (known) return new known(init);
  return status >= 500 ? new ServerError(init) : new ApiError(init);
}

/** Where a request that got no response was going. */
export interface NoResponseInit {
  method: string;
  /** Already redacted. */
  url: string;
  operationId?: string | undefined;
  cause?: unknown;
}

/** The request got no HTTP response: the connection failed, the attempt timed out, or the caller aborted. */
export class NoResponseError extends ApiClientError {
  override name = "NoResponseError";
  declare readonly method: string;
  declare readonly url: string;
  declare readonly operationId: string | undefined;
  constructor(message: string, init: NoResponseInit) {
    super(`${describeRequest(init)}: ${message}`, init.cause === undefined ? undefined : { cause: init.cause });
    Object.assign(this, { method: init.method, url: init.url, operationId: init.operationId });
  }
}

/** Error codes meaning the connection was never made, so the server cannot have seen the request. */
const NEVER_CONNECTED_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** The connection failed (refused, DNS, reset). */
export class ConnectionError extends NoResponseError {
  override name = "ConnectionError";
  /** The system error code found in the cause chain (`ECONNREFUSED`, `UND_ERR_SOCKET`, …). */
  declare readonly code: string | undefined;
  /**
   * True only when the request surely never reached the server (connection refused, DNS failure):
   * then even a POST may be sent again. A reset mid-request is not such a case.
   */
  declare readonly requestNotSent: boolean;
  constructor(init: NoResponseInit) {
    const code = errorCodeOf(init.cause);
    super(
      `connection failed: ${(init.cause instanceof Error && errorMessageOf(init.cause)) || "connection failed"}`,
      init,
    );
    Object.assign(this, { code, requestNotSent: NEVER_CONNECTED_CODES.has(code!) });
  }
}

/** One attempt took longer than `timeoutMs` (the timeout is per attempt, see `ClientOptions.timeoutMs`). */
export class TimeoutError extends NoResponseError {
  override name = "TimeoutError";
  declare readonly timeoutMs: number;
  constructor(init: NoResponseInit & { timeoutMs: number }) {
    super(`no complete response within ${init.timeoutMs} ms`, init);
    Object.assign(this, { timeoutMs: init.timeoutMs });
  }
}

/** The caller's `signal` aborted the call (while waiting or while a request was in flight). */
export class AbortError extends NoResponseError {
  override name = "AbortError";
  constructor(init: NoResponseInit) {
    super("aborted by the caller", init);
  }
}

/** The first `code` in an error's cause chain (undici nests the system error in `cause`). */
function errorCodeOf(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const inner = (e as { errors?: unknown }).errors; // AggregateError when several addresses were tried
    if (Array.isArray(inner) && inner.length > 0) return errorCodeOf(inner[0]);
  }
  return undefined;
}

/** The most specific message in a cause chain ("connect ECONNREFUSED 127.0.0.1:80" beats "fetch failed"). */
function errorMessageOf(error: Error): string {
  let message = error.message;
  for (let e: unknown = error.cause, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    message = e.message || message;
  return message;
}
