/**
 * Turns an operation's facts into a callable method: what generated namespace classes hold for
 * each operation (`readonly list = bindOperation<ListClientsParams, ListClientsResponse>(client,
 * listClientsOperation)`). The method keeps its `operation`, so `paginate` can read how it pages.
 */
import type { OperationCaller, OperationInfo, OperationMethod } from "./operation.js";

export function bindOperation<P, T>(caller: OperationCaller, operation: OperationInfo): OperationMethod<P, T> {
  const method = (params?: P, options?: Parameters<OperationCaller["call"]>[2]) =>
    caller.call<T>(operation, params as object | undefined, options);
  return Object.assign(method, { operation }) as OperationMethod<P, T>;
}
