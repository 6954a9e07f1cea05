/**
 * Walking a list operation to its end, the way its docs say it pages (`operation.pagination`):
 *
 * - `page`: page-number parameters (Toggl Track: `page`, `per_page`), in the query or the body.
 *   A server may return fewer items than asked (it caps `per_page`), so a short page ends the walk
 *   only when it is shorter than a page the server has already returned; otherwise one more page is
 *   asked for, and an empty page ends it. A page that repeats the previous one means the server
 *   ignores the page parameter: a clear error instead of an endless loop.
 * - `headers`: a response header carries the next cursor (Toggl Reports: `X-Next-ID` →
 *   `first_id`, `X-Next-Row-Number` → `first_row_number`), which the next request sends. No such
 *   header ends the walk; a cursor that does not advance is an error.
 *
 * A method without `pagination` pages with `page` / `per_page` in the query (Toggl Track's way).
 * The item type flows from the method: `paginate(toggl.workspaces.listUsers, …)` yields its elements.
 */
import type { ApiPromise, OperationInfo, PaginationInfo, RequestOptions } from "./operation.js";

/** The paging parameters a page-style operation accepts (kept for callers typing their own fetchers). */
export interface PageParams {
  page?: number;
  per_page?: number;
}

/** A list method: one parameter object in, one page (an array) out; generated methods also carry `operation`. */
export type PageFetcher<P, T> = ((params: P, options?: RequestOptions) => Promise<readonly T[]>) & {
  readonly operation?: OperationInfo;
};

/** The item a paged method yields: the element of its array response; `unknown` when the docs give no shape. */
export type PageItem<R> = unknown extends R ? unknown : R extends readonly (infer I)[] ? I : never;

/** Page size used when the caller does not choose one. */
export const DEFAULT_PER_PAGE = 50;

/** What a method without documented pagination is taken to use. */
const DEFAULT_PAGINATION: PaginationInfo = { style: "page", in: "query", pageParam: "page", perPageParam: "per_page" };

/** Yields every item of every page, fetching lazily (breaking out early sends no more requests). */
export function paginate<P extends object, T>(
  method: PageFetcher<P, T>,
  params: P,
  options?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  const info = method.operation?.pagination ?? DEFAULT_PAGINATION;
  return info.style === "headers" ? byHeaders(method, params, info, options) : byPage(method, params, info, options);
}

/** Collects every item of `paginate` into one array. */
export async function paginateAll<P extends object, T>(
  method: PageFetcher<P, T>,
  params: P,
  options?: RequestOptions,
): Promise<T[]> {
  const all: T[] = [];
  for await (const item of paginate(method, params, options)) all.push(item);
  return all;
}

type PageInfo = Extract<PaginationInfo, { style: "page" }>;
type HeaderInfo = Extract<PaginationInfo, { style: "headers" }>;

async function* byPage<P extends object, T>(
  method: PageFetcher<P, T>,
  params: P,
  info: PageInfo,
  options?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  const given = placed(params, info.in);
  const perPage = info.perPageParam === undefined ? undefined : numberOr(given[info.perPageParam], DEFAULT_PER_PAGE);
  /** The longest page the server has returned so far: its real page size, as far as we know. */
  let longest = 0;
  let previous: string | undefined;
  for (let page = numberOr(given[info.pageParam], 1); ; page++) {
    const values: Record<string, unknown> = { [info.pageParam]: page };
    if (perPage !== undefined) values[info.perPageParam!] = perPage;
    const items = await method(withValues(params, info.in, values), options);
    if (!Array.isArray(items))
      throw new TypeError(`pagination: ${nameOf(method)} page ${page} is not an array, so it cannot be paged`);
    if (items.length === 0) return;
    const fingerprint = JSON.stringify(items);
    if (fingerprint === previous)
      throw new Error(
        `pagination: ${nameOf(method)} page ${page} repeats page ${page - 1}; the server ignores "${info.pageParam}"`,
      );
    previous = fingerprint;
    yield* items;
    // Shorter than asked and shorter than a page already seen: the last page. Shorter than asked
    // only: the server may cap the page size, so ask once more (an empty page then ends it).
    const short = perPage !== undefined && items.length < perPage;
    if (short && items.length < longest) return;
    if (perPage === undefined && items.length < longest) return;
    longest = Math.max(longest, items.length);
  }
}

async function* byHeaders<P extends object, T>(
  method: PageFetcher<P, T>,
  params: P,
  info: HeaderInfo,
  options?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  const withResponse = (p: P) => {
    const promise = method(p, options) as Partial<ApiPromise<readonly T[]>>;
    if (typeof promise.withResponse !== "function") {
      throw new TypeError(
        `pagination: ${nameOf(method)} pages by response headers, so it must be a generated method (its promise has withResponse)`,
      );
    }
    return promise.withResponse();
  };
  const seen = new Set<string>();
  let current = params;
  for (;;) {
    const { data, response } = await withResponse(current);
    if (!Array.isArray(data))
      throw new TypeError(`pagination: ${nameOf(method)} did not return an array, so it cannot be paged`);
    yield* data;
    const next: Record<string, unknown> = {};
    for (const [header, param] of Object.entries(info.cursors)) {
      const value = response.headers.get(header);
      if (value !== null && value.trim() !== "")
        next[param] = /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
    }
    if (Object.keys(next).length === 0) return;
    const key = JSON.stringify(next);
    if (seen.has(key))
      throw new Error(
        `pagination: ${nameOf(method)} returned the cursor ${key} again; the server does not advance, stopping`,
      );
    seen.add(key);
    current = withValues(params, info.in, next);
  }
}

/** The caller's parameters where the paging parameters live: the query (top level) or `body`. */
function placed(params: object, where: "query" | "body"): Record<string, unknown> {
  const record = params as Record<string, unknown>;
  if (where === "query") return record;
  const body = record.body;
  return body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
}

/** A copy of `params` with `values` set in the query (top level) or in `body`. */
function withValues<P extends object>(params: P, where: "query" | "body", values: Record<string, unknown>): P {
  if (where === "query") return { ...params, ...values };
  return { ...params, body: { ...placed(params, "body"), ...values } };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function nameOf(method: { readonly operation?: OperationInfo; name?: string }): string {
  return method.operation?.operationId ?? (method.name || "the method");
}
