/**
 * Page-number pagination (`page`, `per_page`), as Toggl's list endpoints use it. The item type
 * flows from the generated method: `paginate(toggl.workspaces.listWorkspaceUsers, …)` yields
 * `WorkspaceUser`.
 */
import type { RequestOptions } from "./operation.js";

/** The paging parameters an operation must accept. */
export interface PageParams {
  page?: number;
  per_page?: number;
}

/** A generated list method: one parameter object in, one page (an array) out. */
export type PageFetcher<P, T> = (params: P, options?: RequestOptions) => Promise<readonly T[]>;

/** Page size used when the caller does not choose one. */
export const DEFAULT_PER_PAGE = 50;

/**
 * Yields every item, page by page, from `params.page` (default 1). Stops after a page shorter than
 * `per_page` (the last one) or an empty page. Throws if the server returns the same full page
 * twice, which means it ignores `page` and we would loop forever.
 */
export async function* paginate<P extends PageParams, T>(
  fetchPage: PageFetcher<P, T>,
  params: P,
  options?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  const perPage = params.per_page ?? DEFAULT_PER_PAGE;
  let previous: string | undefined;
  for (let page = params.page ?? 1; ; page++) {
    const items = await fetchPage({ ...params, page, per_page: perPage }, options);
    if (items.length === 0) return;
    if (items.length >= perPage) {
      const fingerprint = JSON.stringify(items);
      if (fingerprint === previous) throw new Error(`pagination: page ${page} repeats page ${page - 1}; the server ignores "page"`);
      previous = fingerprint;
    }
    yield* items;
    if (items.length < perPage) return;
  }
}

/** Collects every item of `paginate` into one array. */
export async function paginateAll<P extends PageParams, T>(
  fetchPage: PageFetcher<P, T>,
  params: P,
  options?: RequestOptions,
): Promise<T[]> {
  const all: T[] = [];
  for await (const item of paginate(fetchPage, params, options)) all.push(item);
  return all;
}
