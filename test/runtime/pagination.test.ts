import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { paginate, paginateAll } from "../../src/runtime/index.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { type Thing, TestApi } from "./test-api.js";

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
    for await (const thing of api.paginate(api.things.list, { workspace_id: 9, per_page: 10 })) if (thing.id === 3) break;
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
    expectTypeOf(() => api.paginate(api.things.list, { workspace_id: 1 })).returns.toEqualTypeOf<AsyncGenerator<Thing, void, undefined>>();
    expectTypeOf(() => api.paginateAll(api.things.list, { workspace_id: 1 })).returns.toEqualTypeOf<Promise<Thing[]>>();
    // @ts-expect-error — a method without page/per_page cannot be paginated
    void (() => api.paginate(api.things.create, { body: { name: "x" } }));
  });
});
