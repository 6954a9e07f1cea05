/** The hand-written runtime every generated client is built on. */
export {
  ApiClient,
  RUNTIME_VERSION,
  type AnyCredentials,
  type ApiDefaults,
  type BasicAuthOptions,
  type BearerAuthOptions,
  type ClientOptions,
  type Logger,
  type RetryTuning,
} from "./client.js";
export {
  AbortError,
  ApiClientError,
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ERROR_CLASS_BY_STATUS,
  errorClassNameFor,
  ForbiddenError,
  GoneError,
  InvalidResponseError,
  NoResponseError,
  NotFoundError,
  PaymentRequiredError,
  QuotaExceededError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./errors.js";
export type {
  ApiPromise,
  HttpMethod,
  OperationCaller,
  OperationInfo,
  OperationMethod,
  PaginationInfo,
  RequestOptions,
} from "./operation.js";
export { bindOperation } from "./method.js";
export { paginate, paginateAll, type PageFetcher, type PageItem, type PageParams } from "./pagination.js";
export type { QuotaHeaderNames, QuotaSnapshot } from "./quota.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./read-body.js";
export type { RateLimitOptions, RateLimitSetting } from "./rate-limit.js";
export type { AuthScheme } from "./auth.js";
export {
  verifyWebhookSignature,
  webhookValidationCode,
  webhookValidationResponse,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookRawBody,
  type WebhookSignatureHeader,
  type WebhookValidationResponse,
} from "./webhooks.js";
