export { ApiClient, type ApiDefaults, type BasicAuthOptions, type BearerAuthOptions, type ClientOptions } from "./client.js";
export { ApiError } from "./errors.js";
export type { HttpMethod, OperationCaller, OperationInfo, RequestOptions } from "./operation.js";
