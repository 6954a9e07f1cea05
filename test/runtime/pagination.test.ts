import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { bindOperation, type OperationInfo, type OperationMethod, paginateAll } from "../../src/runtime/index.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { caught, listThings, type ListThingsParams, type Thing, TestApi } from "./test-api.js";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server holding `total` things, paged by `page` and `per_page` like Toggl's list endpoints. */
async function pagedServer(total: number) {
  const things = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `thing ${i + 1}` }));
  return startFaultServer((request) => {
    const query = new URL(request.url, "http://x").searchParams;
    const page = Number(query.get("page"));
    const perPage = Number(query.get("per_page"));
    return { body: things.slice((page - 1) * perPage, page * perPage) };
  });
}

const pagesAsked = (s: FaultServer) => s.requests.map((r) => new URL(r.url, "http://x").searchParams.get("page"));

describe("paginate", () => {
  it("walks 3 pages and stops at the short last one", async () => {
    server = await pagedServer(25);
    const api = new TestApi({ baseUrl: server.url });
    const seen: Thing[] = [];
    for await (const thing of api.paginate(api.things.list, { workspace_id: 9, per_page: 10 })) seen.push(thing);
    expect(seen.map((t) => t.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(pagesAsked(server)).toEqual(["1", "2", "3"]);
    expect(server.requests.every((r) => r.url.startsWith("/workspaces/9/things?"))).toBe(true);
  });

  it("stops at an empty page when the total is a multiple of per_page", async () => {
    server = await pagedServer(30);
    const api = new TestApi({ baseUrl: server.url });
    const all = await api.paginateAll(api.things.list, { workspace_id: 9, per_page: 10 });
    expect(all).toHaveLength(30);
    expect(pagesAsked(server)).toEqual(["1", "2", "3", "4"]);
  });

  it("uses per_page 50 when not given, and starts at params.page", async () => {
    server = await pagedServer(120);
    const api = new TestApi({ baseUrl: server.url });
    const all = await paginateAll(api.things.list, { workspace_id: 9, page: 2 });
    expect(all.map((t) => t.id)).toEqual(Array.from({ length: 70 }, (_, i) => i + 51));
    expect(server.requests[0]!.url).toContain("per_page=50");
    expect(pagesAsked(server)).toEqual(["2", "3"]);
  });

  it("fetches lazily: breaking early sends no more requests", async () => {
    server = await pagedServer(100);
    const api = new TestApi({ baseUrl: server.url });
    for await (const thing of api.paginate(api.things.list, { workspace_id: 9, per_page: 10 }))
      if (thing.id === 3) break;
    expect(server.requests).toHaveLength(1);
  });

  it("throws instead of looping forever when the server ignores page", async () => {
    const fetchPage = async () => [{ id: 1 }, { id: 2 }];
    await expect(paginateAll(fetchPage, { per_page: 2 })).rejects.toThrow('the server ignores "page"');
  });

  it("passes the request options on to every page", async () => {
    const seen: unknown[] = [];
    const fetchPage = async (_p: { page?: number; per_page?: number }, options?: object) => {
      seen.push(options);
      return [];
    };
    const options = { timeoutMs: 5 };
    await paginateAll(fetchPage, {}, options);
    expect(seen).toEqual([options]);
  });

  it("the item type flows from the method's return type", () => {
    const api = new TestApi({ baseUrl: "http://127.0.0.1:1" });
    // Functions that are never called: only their types are checked.
    expectTypeOf(() => api.paginate(api.things.list, { workspace_id: 1 })).returns.toEqualTypeOf<
      AsyncGenerator<Thing, void, undefined>
    >();
    expectTypeOf(() => api.paginateAll(api.things.list, { workspace_id: 1 })).returns.toEqualTypeOf<Promise<Thing[]>>();
    const list: OperationMethod<ListThingsParams, Thing[]> = bindOperation(api, listThings);
    expectTypeOf(() => api.paginate(list, { workspace_id: 1 })).returns.toEqualTypeOf<
      AsyncGenerator<Thing, void, undefined>
    >();
    const optional: OperationMethod<{ page?: number; per_page?: number } | undefined, Thing[]> = bindOperation(
      api,
      listThings,
    );
    expectTypeOf(() => api.paginateAll(optional, {})).returns.toEqualTypeOf<Promise<Thing[]>>();
    expectTypeOf(() => paginateAll(list, { workspace_id: 1 })).returns.toEqualTypeOf<Promise<Thing[]>>();
    // A response the docs give no shape (Toggl's detailed report): items are `unknown`, checked at run time.
    const shapeless: OperationMethod<ListThingsParams, unknown> = bindOperation(api, listThings);
    expectTypeOf(() => api.paginate(shapeless, { workspace_id: 1 })).returns.toEqualTypeOf<
      AsyncGenerator<unknown, void, undefined>
    >();
    // @ts-expect-error — a method without page/per_page cannot be paginated
    void (() => api.paginate(api.things.create, { body: { name: "x" } }));
  });
});

/** A server holding `total` things that returns at most `cap` per page whatever was asked. */
async function cappedServer(total: number, cap: number) {
  const things = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `thing ${i + 1}` }));
  return startFaultServer((request) => {
    const query = new URL(request.url, "http://x").searchParams;
    const page = Number(query.get("page"));
    const size = Math.min(cap, Number(query.get("per_page")));
    return { body: things.slice((page - 1) * size, page * size) };
  });
}

describe("paginate: page style loses nothing", () => {
  it("a server capping per_page at 200 when 500 were asked still yields all 450 items", async () => {
    server = await cappedServer(450, 200);
    const api = new TestApi({ baseUrl: server.url });
    const list = bindOperation<{ workspace_id: number; per_page?: number }, Thing[]>(api, listThings);
    const all = await api.paginateAll(list, { workspace_id: 9, per_page: 500 });
    expect(all.map((t) => t.id)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(pagesAsked(server)).toEqual(["1", "2", "3"]);
  });

  it("a capped server whose total is a multiple of its cap ends at the empty page", async () => {
    server = await cappedServer(400, 200);
    const api = new TestApi({ baseUrl: server.url });
    const all = await api.paginateAll(api.things.list, { workspace_id: 9, per_page: 500 });
    expect(all).toHaveLength(400);
    expect(pagesAsked(server)).toEqual(["1", "2", "3"]);
  });

  it("follows the operation's page parameters in the JSON body", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    server = await startFaultServer((request) => {
      const { page_number, page_size } = JSON.parse(request.body) as { page_number: number; page_size: number };
      return { body: rows.slice((page_number - 1) * page_size, page_number * page_size) };
    });
    const search = {
      operationId: "searchThings",
      method: "post",
      path: "/things/search",
      pathParams: [],
      queryParams: [],
      hasBody: true,
      pagination: { style: "page", in: "body", pageParam: "page_number", perPageParam: "page_size" },
    } as const satisfies OperationInfo;
    const api = new TestApi({ baseUrl: server.url });
    const method = bindOperation<{ body: { page_size?: number; filter?: string } }, { id: number }[]>(api, search);
    const all = await api.paginateAll(method, { body: { page_size: 3, filter: "x" } });
    expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
      { page_size: 3, filter: "x", page_number: 1 },
      { page_size: 3, filter: "x", page_number: 2 },
      { page_size: 3, filter: "x", page_number: 3 },
    ]);
  });

  it("a server that ignores page (short pages too) → a clear error, not a loop", async () => {
    server = await startFaultServer([{ body: [{ id: 1 }, { id: 2 }] }]);
    const api = new TestApi({ baseUrl: server.url });
    const list = bindOperation<{ workspace_id: number; per_page?: number }, Thing[]>(api, listThings);
    const error = await caught(() => api.paginateAll(list, { workspace_id: 1, per_page: 10 }));
    expect(error.message).toContain('listThings page 2 repeats page 1; the server ignores "page"');
    expect(server.requests).toHaveLength(2);
  });
});

describe("paginate: header cursors", () => {
  const searchRows = {
    operationId: "searchRows",
    method: "post",
    path: "/workspace/{workspace_id}/search/time_entries",
    pathParams: ["workspace_id"],
    queryParams: [],
    hasBody: true,
    pagination: {
      style: "headers",
      in: "body",
      cursors: { "X-Next-ID": "first_id", "X-Next-Row-Number": "first_row_number" },
    },
  } as const satisfies OperationInfo;
  type Params = { workspace_id: number; body: { start_date: string; first_id?: number; first_row_number?: number } };

  it("reads X-Next-ID / X-Next-Row-Number into the next request's body, and stops when none is sent", async () => {
    const pages = [
      { rows: [{ id: 1 }, { id: 2 }], next: { "X-Next-ID": "2", "X-Next-Row-Number": "3" } },
      { rows: [{ id: 3 }, { id: 4 }], next: { "X-Next-ID": "4", "X-Next-Row-Number": "5" } },
      { rows: [{ id: 5 }], next: {} as Record<string, string> },
    ];
    server = await startFaultServer((request) => {
      const body = JSON.parse(request.body) as { first_row_number?: number };
      const page = pages[((body.first_row_number ?? 1) - 1) / 2]!;
      return { body: page.rows, headers: page.next };
    });
    const api = new TestApi({ baseUrl: server.url });
    const search = bindOperation<Params, { id: number }[]>(api, searchRows);
    const all: { id: number }[] = [];
    for await (const row of api.paginate(search, { workspace_id: 5, body: { start_date: "2024-01-01" } }))
      all.push(row);
    expect(all.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
      { start_date: "2024-01-01" },
      { start_date: "2024-01-01", first_id: 2, first_row_number: 3 },
      { start_date: "2024-01-01", first_id: 4, first_row_number: 5 },
    ]);
  });

  it("a cursor that does not advance → a clear error", async () => {
    server = await startFaultServer([{ body: [{ id: 1 }], headers: { "X-Next-ID": "1", "X-Next-Row-Number": "2" } }]);
    const api = new TestApi({ baseUrl: server.url });
    const search = bindOperation<Params, { id: number }[]>(api, searchRows);
    const error = await caught(() => paginateAll(search, { workspace_id: 5, body: { start_date: "2024-01-01" } }));
    expect(error.message).toContain("does not advance");
    expect(server.requests).toHaveLength(2);
  });

  it("a cursor in the query goes into the query", async () => {
    server = await startFaultServer([{ body: [{ id: 1 }], headers: { "X-Next-ID": "abc" } }, { body: [{ id: 2 }] }]);
    const api = new TestApi({ baseUrl: server.url });
    const op = {
      ...listThings,
      queryParams: ["first_id"],
      pagination: { style: "headers", in: "query", cursors: { "X-Next-ID": "first_id" } },
    } as const satisfies OperationInfo;
    const list = bindOperation<{ workspace_id: number; first_id?: string }, { id: number }[]>(api, op);
    expect(await api.paginateAll(list, { workspace_id: 1 })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(server.requests.map((r) => r.url)).toEqual(["/workspaces/1/things", "/workspaces/1/things?first_id=abc"]);
  });
});
