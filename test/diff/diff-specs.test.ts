import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/index.js";
import type { SpecChange } from "../../src/diff/index.js";
import { jsonBody, object, okResponse, spec, type Json } from "./fixtures.js";

function only(changes: SpecChange[], predicate: (c: SpecChange) => boolean): SpecChange {
  const found = changes.filter(predicate);
  expect(found, JSON.stringify(changes, null, 2)).toHaveLength(1);
  return found[0] as SpecChange;
}

const listClients = (extra: Json = {}): Json => ({
  "/clients": {
    get: {
      operationId: "listClients",
      parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
      responses: okResponse({
        type: "array",
        items: object({ id: { type: "integer" }, name: { type: "string" } }, ["id"]),
      }),
      ...extra,
    },
  },
});

const getClient = (path = "/clients/{id}", name = "id"): Json => ({
  [path]: {
    get: {
      operationId: "getClient",
      parameters: [{ name, in: "path", required: true, schema: { type: "integer" } }],
      responses: okResponse({ $ref: "#/components/schemas/Client" }),
    },
  },
});

const clientSchema = {
  Client: object({ id: { type: "integer" }, status: { type: "string", enum: ["active", "archived"] } }, ["id"]),
};

describe("diffSpecs: operations", () => {
  it("reports nothing for identical documents, even with a $ref cycle", () => {
    const schemas = {
      ...clientSchema,
      Node: object({
        name: { type: "string" },
        children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
      }),
    };
    const paths = {
      ...listClients(),
      ...getClient(),
      "/tree": { get: { responses: okResponse({ $ref: "#/components/schemas/Node" }) } },
    };
    const diff = diffSpecs(spec(paths, schemas), structuredClone(spec(paths, schemas)));
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ breaking: 0, warning: 0, info: 0 });
  });

  it("classifies a removed operation as breaking and an added one as info", () => {
    const diff = diffSpecs(
      spec({ ...listClients(), ...getClient() }, clientSchema),
      spec({ ...listClients(), "/projects": { post: { responses: okResponse({}) } } }, clientSchema),
    );
    expect(diff.changes).toEqual([
      {
        kind: "removed",
        level: "breaking",
        operation: "GET /clients/{id}",
        location: "operation",
        message: "operation removed (method clients.get)",
      },
      {
        kind: "added",
        level: "info",
        operation: "POST /projects",
        location: "operation",
        message: "new operation (method projects.create)",
      },
    ]);
    expect(diff.summary).toEqual({ breaking: 1, warning: 0, info: 1 });
  });

  it("treats a renamed path parameter as the same operation", () => {
    const diff = diffSpecs(
      spec(getClient("/clients/{id}", "id"), clientSchema),
      spec(getClient("/clients/{client_id}", "client_id"), clientSchema),
    );
    expect(diff.changes).toEqual([
      {
        kind: "changed",
        level: "info",
        operation: "GET /clients/{client_id}",
        location: "path.client_id",
        message: "path parameter renamed from {id} to {client_id}",
      },
    ]);
  });

  it("warns when an operation becomes deprecated, and on an operationId change", () => {
    const diff = diffSpecs(spec(listClients()), spec(listClients({ deprecated: true, operationId: "clients" })));
    expect(diff.changes.map((c) => [c.level, c.message])).toEqual([
      ["warning", "operation deprecated"],
      ["warning", "operationId changed from listClients to clients (generated method names change)"],
    ]);
  });

  it("reports description and summary edits as info", () => {
    const diff = diffSpecs(
      spec(listClients({ summary: "List", description: "Old" })),
      spec(listClients({ summary: "List all", description: "New" })),
    );
    expect(diff.changes.map((c) => [c.level, c.message])).toEqual([
      ["info", "operation summary changed"],
      ["info", "operation description changed"],
    ]);
  });

  it("orders changes by path then method, whatever the key order of the inputs", () => {
    const old = spec({ "/b": { post: { responses: {} }, get: { responses: {} } }, "/a": { get: { responses: {} } } });
    const reordered = spec({
      "/a": { get: { responses: {} } },
      "/b": { get: { responses: {} }, post: { responses: {} } },
    });
    const empty = spec({});
    expect(diffSpecs(old, empty).changes.map((c) => c.operation)).toEqual(["GET /a", "GET /b", "POST /b"]);
    expect(diffSpecs(reordered, empty)).toEqual(diffSpecs(old, empty));
  });

  it("rejects something that is not an OpenAPI 3.x document", () => {
    expect(() => diffSpecs({ swagger: "2.0" }, spec({}))).toThrow(/old spec is not an OpenAPI 3.x document/);
  });
});

describe("diffSpecs: parameters", () => {
  const withParams = (parameters: Json[]): Json =>
    spec({ "/clients": { get: { parameters, responses: okResponse({}) } } });
  const limit = (schema: Json, more: Json = {}): Json => ({ name: "limit", in: "query", schema, ...more });

  it("a new required parameter is breaking; a new optional one is info", () => {
    const diff = diffSpecs(
      withParams([]),
      withParams([{ name: "ws", in: "query", required: true, schema: { type: "string" } }, limit({ type: "integer" })]),
    );
    expect(diff.changes.map((c) => [c.level, c.location, c.message])).toEqual([
      ["info", "query.limit", "new optional parameter query.limit"],
      ["breaking", "query.ws", "new required parameter query.ws"],
    ]);
  });

  it("a parameter made required is breaking; made optional is info", () => {
    expect(
      only(
        diffSpecs(
          withParams([limit({ type: "integer" })]),
          withParams([limit({ type: "integer" }, { required: true })]),
        ).changes,
        () => true,
      ),
    ).toMatchObject({ kind: "changed", level: "breaking", message: "parameter query.limit became required" });
    expect(
      only(
        diffSpecs(
          withParams([limit({ type: "integer" }, { required: true })]),
          withParams([limit({ type: "integer" })]),
        ).changes,
        () => true,
      ),
    ).toMatchObject({ level: "info", message: "parameter query.limit became optional" });
  });

  it("a parameter type change is breaking, but widening integer to number is not", () => {
    expect(
      only(
        diffSpecs(withParams([limit({ type: "integer" })]), withParams([limit({ type: "string" })])).changes,
        () => true,
      ),
    ).toMatchObject({ level: "breaking", message: "parameter query.limit type changed from integer to string" });
    expect(
      only(
        diffSpecs(withParams([limit({ type: "integer" })]), withParams([limit({ type: "number" })])).changes,
        () => true,
      ),
    ).toMatchObject({ level: "info" });
  });

  it("removing a parameter enum value is breaking; adding one is info", () => {
    const diff = diffSpecs(
      withParams([limit({ type: "string", enum: ["a", "b"] })]),
      withParams([limit({ type: "string", enum: ["b", "c"] })]),
    );
    expect(diff.changes.map((c) => [c.kind, c.level, c.message])).toEqual([
      ["removed", "breaking", 'enum value "a" removed from parameter query.limit'],
      ["added", "info", 'enum value "c" added to parameter query.limit'],
    ]);
  });

  it("a removed parameter is a warning; deprecation warns; description edits are info", () => {
    expect(only(diffSpecs(withParams([limit({ type: "integer" })]), withParams([])).changes, () => true)).toMatchObject(
      { kind: "removed", level: "warning", location: "query.limit" },
    );
    const diff = diffSpecs(
      withParams([limit({ type: "integer" }, { description: "x" })]),
      withParams([limit({ type: "integer" }, { description: "y", deprecated: true })]),
    );
    expect(diff.changes.map((c) => [c.level, c.message])).toEqual([
      ["warning", "parameter query.limit deprecated"],
      ["info", "parameter query.limit description changed"],
    ]);
  });

  it("follows $ref parameters and merges path-level parameters", () => {
    const old = spec({ "/c": { parameters: [{ $ref: "#/components/parameters/Page" }], get: { responses: {} } } });
    const now = structuredClone(old);
    (old.components as Json).parameters = { Page: { name: "page", in: "query", schema: { type: "integer" } } };
    (now.components as Json).parameters = {
      Page: { name: "page", in: "query", required: true, schema: { type: "integer" } },
    };
    expect(only(diffSpecs(old, now).changes, () => true)).toMatchObject({ level: "breaking", location: "query.page" });
  });
});

describe("diffSpecs: request bodies", () => {
  const post = (schema: unknown, required = true): Json =>
    spec({ "/workspaces": { post: { requestBody: jsonBody(schema, required), responses: okResponse({}) } } });

  it("a new required request field is breaking; a new optional one is info", () => {
    const diff = diffSpecs(
      post(object({ name: { type: "string" } })),
      post(object({ name: { type: "string" }, owner: { type: "integer" }, tag: { type: "string" } }, ["owner"])),
    );
    expect(diff.changes.map((c) => [c.kind, c.level, c.location, c.message])).toEqual([
      ["added", "breaking", "body.owner", "new required request field body.owner"],
      ["added", "info", "body.tag", "new optional request field body.tag"],
    ]);
  });

  it("a request field made required is breaking; a removed request field is info", () => {
    const diff = diffSpecs(
      post(object({ name: { type: "string" }, old: { type: "string" } })),
      post(object({ name: { type: "string" } }, ["name"])),
    );
    expect(diff.changes.map((c) => [c.kind, c.level, c.location])).toEqual([
      ["changed", "breaking", "body.name"],
      ["removed", "info", "body.old"],
    ]);
  });

  it("walks nested objects and array items, reporting only the topmost added field", () => {
    const admins = (item: Json): Json => object({ admins: { type: "array", items: item } });
    const diff = diffSpecs(
      post(admins(object({ id: { type: "integer" } }))),
      post(admins(object({ id: { type: "string" }, address: object({ street: { type: "string" } }, ["street"]) }))),
    );
    expect(diff.changes.map((c) => [c.level, c.location, c.message])).toEqual([
      ["info", "body.admins[].address", "new optional request field body.admins[].address"],
      ["breaking", "body.admins[].id", "field body.admins[].id type changed from integer to string"],
    ]);
  });

  it("removing an enum value from a request field is breaking", () => {
    const diff = diffSpecs(
      post(object({ role: { type: "string", enum: ["admin", "user"] } })),
      post(object({ role: { type: "string", enum: ["user"] } })),
    );
    expect(only(diff.changes, () => true)).toMatchObject({ kind: "removed", level: "breaking", location: "body.role" });
  });

  it("names a bare-array body's items `body[]`", () => {
    const diff = diffSpecs(
      post({ type: "array", items: { type: "integer" } }),
      post({ type: "array", items: { type: "string" } }),
    );
    expect(only(diff.changes, () => true)).toMatchObject({ level: "breaking", location: "body[]" });
  });

  it("a new required body is breaking; readOnly fields never count for requests", () => {
    const none = spec({ "/workspaces": { post: { responses: okResponse({}) } } });
    expect(only(diffSpecs(none, post(object({}))).changes, () => true)).toMatchObject({
      level: "breaking",
      message: "new required request body",
    });
    const diff = diffSpecs(post(object({})), post(object({ id: { type: "integer", readOnly: true } }, ["id"])));
    expect(diff.changes).toEqual([]);
  });

  it("a media type no longer accepted is breaking", () => {
    const old = spec({
      "/w": {
        post: {
          requestBody: { content: { "application/json": { schema: {} }, "text/csv": { schema: {} } } },
          responses: {},
        },
      },
    });
    const now = spec({
      "/w": { post: { requestBody: { content: { "application/json": { schema: {} } } }, responses: {} } },
    });
    expect(only(diffSpecs(old, now).changes, () => true)).toMatchObject({
      kind: "removed",
      level: "breaking",
      message: "media type text/csv no longer accepted",
    });
  });
});

describe("diffSpecs: responses", () => {
  const get = (responses: Json): Json => spec({ "/clients": { get: { responses } } }, clientSchema);
  const items = (item: Json): Json => okResponse(object({ items: { type: "array", items: item } }));

  it("a removed response field is breaking, named like 200.items[].name", () => {
    const diff = diffSpecs(
      get(items(object({ id: { type: "integer" }, name: { type: "string" } }))),
      get(items(object({ id: { type: "integer" } }))),
    );
    expect(diff.changes).toEqual([
      {
        kind: "removed",
        level: "breaking",
        operation: "GET /clients",
        location: "200.items[].name",
        message: "response field 200.items[].name removed",
      },
    ]);
  });

  it("an added response field is info; a response type change is breaking", () => {
    const diff = diffSpecs(
      get(items(object({ id: { type: "integer" } }))),
      get(items(object({ id: { type: "string" }, at: { type: "string" } }))),
    );
    expect(diff.changes.map((c) => [c.kind, c.level, c.location])).toEqual([
      ["added", "info", "200.items[].at"],
      ["changed", "breaking", "200.items[].id"],
    ]);
  });

  it("an enum value added to a response field is a warning; one removed is info", () => {
    const status = (values: string[]): Json => get(okResponse(object({ status: { type: "string", enum: values } })));
    expect(diffSpecs(status(["a"]), status(["a", "b"])).changes.map((c) => [c.kind, c.level])).toEqual([
      ["added", "warning"],
    ]);
    expect(diffSpecs(status(["a", "b"]), status(["a"])).changes.map((c) => [c.kind, c.level])).toEqual([
      ["removed", "info"],
    ]);
  });

  it("a removed 2xx status is breaking; a removed error status and an added one are info", () => {
    const old = get({ ...okResponse({}), "404": { description: "Missing" } });
    const now = get({ "201": { description: "Created" } });
    expect(diffSpecs(old, now).changes.map((c) => [c.kind, c.level, c.location])).toEqual([
      ["removed", "breaking", "response 200"],
      ["added", "info", "response 201"],
      ["removed", "info", "response 404"],
    ]);
  });

  it("follows $refs into components: a change in a shared schema shows under each user", () => {
    const changed = {
      Client: object({ id: { type: "integer" }, status: { type: "string", enum: ["active", "archived", "deleted"] } }, [
        "id",
      ]),
    };
    const diff = diffSpecs(spec(getClient(), clientSchema), spec(getClient(), changed));
    expect(only(diff.changes, () => true)).toMatchObject({
      level: "warning",
      location: "200.status",
      message: 'enum value "deleted" added to field 200.status',
    });
  });

  it("terminates on a $ref cycle and still sees changes inside it", () => {
    const node = (extra: Json): Json => ({
      Node: object({
        name: { type: "string" },
        children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        ...extra,
      }),
    });
    const paths = { "/tree": { get: { responses: okResponse({ $ref: "#/components/schemas/Node" }) } } };
    const diff = diffSpecs(spec(paths, node({ size: { type: "integer" } })), spec(paths, node({})));
    expect(diff.changes.map((c) => c.location)).toEqual(["200.size"]);
  });

  it("a bare-array response is `200[]`; a field that becomes nullable breaks readers", () => {
    const list = (name: Json): Json => get(okResponse({ type: "array", items: object({ name }) }));
    const diff = diffSpecs(list({ type: "string" }), list({ type: ["string", "null"] }));
    expect(only(diff.changes, () => true)).toMatchObject({
      level: "breaking",
      location: "200[].name",
      message: "field 200[].name became nullable",
    });
  });

  it("reads 3.0 `nullable: true`, 3.1 type arrays and anyOf-null as the same thing", () => {
    const field = (schema: Json): Json => get(okResponse(object({ note: schema })));
    const forms = [
      { type: "string", nullable: true },
      { type: ["string", "null"] },
      { anyOf: [{ type: "string" }, { type: "null" }] },
    ];
    for (const a of forms) for (const b of forms) expect(diffSpecs(field(a), field(b)).changes).toEqual([]);
  });

  it("a response field that became optional is breaking (readers relied on it)", () => {
    const diff = diffSpecs(
      get(okResponse(object({ id: { type: "integer" } }, ["id"]))),
      get(okResponse(object({ id: { type: "integer" } }))),
    );
    expect(only(diff.changes, () => true)).toMatchObject({
      level: "breaking",
      message: "field 200.id became optional",
    });
  });

  it("a field description edit is info", () => {
    const diff = diffSpecs(
      get(okResponse(object({ id: { type: "integer", description: "a" } }))),
      get(okResponse(object({ id: { type: "integer", description: "b" } }))),
    );
    expect(only(diff.changes, () => true)).toMatchObject({
      level: "info",
      message: "field 200.id description changed",
    });
  });
});
