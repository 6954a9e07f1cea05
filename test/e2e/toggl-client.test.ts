/**
 * End to end: the committed, generated Toggl client (built from the docs by `npm run generate`)
 * against a node:http server on 127.0.0.1 that checks method, path, query, JSON body and the
 * Authorization header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, TogglTrack } from "../../generated/toggl-track-v9/index.js";
import { ClientsV1 } from "../../generated/clients-v1/index.js";
import { startLoopbackServer, type SeenRequest } from "./loopback-server.js";

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;

let server: Awaited<ReturnType<typeof startLoopbackServer>>;
beforeAll(async () => {
  server = await startLoopbackServer((req: SeenRequest) => {
    if (req.path.endsWith("/statistics")) {
      return { body: { admins: [], groups_count: 1, members_count: 2 }, headers: { "X-Toggl-Quota-Remaining": "29", "X-Toggl-Quota-Resets-In": "3540" } };
    }
    if (req.path.endsWith("/clients/404")) return { status: 404, body: "Client doesn't exist in the workspace." };
    if (req.method === "GET" && req.path.endsWith("/clients")) return { body: [{ id: 1, name: "Acme", wid: 7 }] };
    if (req.path.includes("/workspace_users")) {
      const page = Number(req.query.page ?? 1);
      return { body: page < 3 ? [{ id: page * 10 }, { id: page * 10 + 1 }] : [{ id: 99 }] };
    }
    return { body: { id: 2, name: "Acme", wid: 7 } };
  });
});
afterAll(() => server.close());

const toggl = () => new TogglTrack({ apiToken: "tok123", baseUrl: server.baseUrl, rateLimit: false });

describe("generated Toggl client", () => {
  it("lists clients: GET with path and query parameters and Basic <token>:api_token", async () => {
    const clients = await toggl().clients.list({ workspace_id: 7, status: "both", name: "Ac" });
    expect(clients).toEqual([{ id: 1, name: "Acme", wid: 7 }]);
    const req = server.seen.at(-1)!;
    expect(req.method).toBe("GET");
    expect(req.path).toBe("/workspaces/7/clients");
    expect(req.query).toEqual({ status: "both", name: "Ac" });
    expect(req.headers.authorization).toBe(basic("tok123", "api_token"));
  });

  it("creates a client: POST with a JSON body", async () => {
    const created = await toggl().clients.create({ workspace_id: 7, body: { name: "Acme", notes: "n" } });
    expect(created).toMatchObject({ id: 2, name: "Acme" });
    const req = server.seen.at(-1)!;
    expect([req.method, req.path]).toEqual(["POST", "/workspaces/7/clients"]);
    expect(req.headers["content-type"]).toMatch(/application\/json/);
    expect(req.body).toEqual({ name: "Acme", notes: "n" });
  });

  it("covers every Clients verb with the documented method and path", async () => {
    const c = new TogglTrack({ email: "me@example.test", password: "pw", baseUrl: server.baseUrl, rateLimit: false }).clients;
    await c.get({ workspace_id: 7, client_id: 2 });
    await c.update({ workspace_id: 7, client_id: 2, body: { name: "B" } });
    await c.delete({ workspace_id: 7, client_id: 2 });
    await c.archive({ workspace_id: 7, client_id: 2 });
    await c.restore({ workspace_id: 7, client_id: 2, body: {} });
    expect(server.seen.slice(-5).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /workspaces/7/clients/2",
      "PUT /workspaces/7/clients/2",
      "DELETE /workspaces/7/clients/2",
      "POST /workspaces/7/clients/2/archive",
      "POST /workspaces/7/clients/2/restore",
    ]);
    expect(server.seen.at(-1)!.headers.authorization).toBe(basic("me@example.test", "pw"));
  });

  it("throws NotFoundError carrying status, method, path and the parsed message", async () => {
    const error = await toggl().clients.get({ workspace_id: 7, client_id: 404 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).name).toBe("NotFoundError");
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).method).toBe("GET");
    expect(String((error as NotFoundError).url)).toContain("/workspaces/7/clients/404");
    expect((error as NotFoundError).message).toContain("Client doesn't exist in the workspace.");
    expect(String(error)).not.toContain("tok123");
    // The docs' own sentence for this status travels from the page through the spec into the client.
    expect((error as NotFoundError).documentedMessages).toEqual(["No client with ID {client_id} was found"]);
  });

  it("tracks Toggl's quota headers, whose names the spec took from the overview page", async () => {
    const client = toggl();
    expect(client.quota).toBeUndefined();
    await client.workspaces.getStatistics({ workspace_id: 7 });
    expect(client.quota).toMatchObject({ remaining: 29, resetsInSeconds: 3540 });
  });

  it("paginates workspace users until a short page", async () => {
    const client = toggl();
    const ids: number[] = [];
    for await (const u of client.paginate(client.workspaces.listWorkspaceUsers, { organization_id: 1, workspace_id: 2, per_page: 2 })) {
      ids.push((u as { id: number }).id);
    }
    expect(ids).toEqual([10, 11, 20, 21, 99]);
  });
});

describe("generated clients-v1 client", () => {
  it("sends PATCH with bearer auth, the converted :params path and the JSON body", async () => {
    const api = new ClientsV1({ bearerToken: "jwt.abc", baseUrl: server.baseUrl, rateLimit: false });
    await api.clients.update({ workspaceId: "w1", clientId: "c1", body: { name: "Jane Doe" } });
    const req = server.seen.at(-1)!;
    expect([req.method, req.path]).toEqual(["PATCH", "/v1/workspace/w1/clients/c1"]);
    expect(req.headers.authorization).toBe("Bearer jwt.abc");
    expect(req.body).toEqual({ name: "Jane Doe" });
  });
});
