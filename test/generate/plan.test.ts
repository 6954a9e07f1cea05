import { describe, expect, it } from "vitest";
import { resolveMethodNames } from "../../src/generate/method-names.js";
import { planClient } from "../../src/generate/plan.js";
import { readSpec, type SpecOperation, type SpecSummary } from "../../src/generate/spec.js";
import { loadFixture } from "./compile-helpers.js";

function summary(operations: Partial<SpecOperation>[]): SpecSummary {
  return {
    title: "t",
    baseUrl: "",
    auth: [],
    tagDescriptions: new Map(),
    operations: operations.map((op, i) => ({
      pointer: `#/paths/~1p${i}/get`,
      method: "get",
      path: `/p${i}`,
      tags: [],
      deprecated: false,
      parameters: [],
      successResponses: [],
      response: { kind: "none" },
      errorMessages: {},
      viaPathItemRef: false,
      ...op,
    })),
  };
}

/** Names for `summary([...])` operations, in order: "ns.method" per operation. */
function names(...dotted: string[]) {
  return new Map(
    dotted.map((name, i) => {
      const dot = name.lastIndexOf(".");
      return [`GET /p${i}`, { namespace: dot < 0 ? "" : name.slice(0, dot), method: name.slice(dot + 1) }] as const;
    }),
  );
}

describe("planClient", () => {
  it("groups by namespace in document order, with the method names resolveMethodNames gives", () => {
    const document = loadFixture("toggl");
    const plan = planClient(readSpec(document, "toggl.json"), "Toggl", resolveMethodNames(document));
    const byNamespace = new Map(plan.tags.map((t) => [t.propertyName, t]));
    const clients = byNamespace.get("clients")!;
    expect([clients.fileName, clients.className, clients.tag]).toEqual(["clients", "ClientsApi", "Clients"]);
    expect(clients.operations.map((o) => o.methodName)).toContain("list");
    const list = clients.operations.find((o) => o.methodName === "list")!;
    expect([list.functionName, list.constName, list.paramsType, list.responseType]).toEqual([
      "listClients",
      "listClientsOperation",
      "ListClientsParams",
      "ListClientsResponse",
    ]);
    expect([plan.optionsName, plan.coreClassName]).toEqual(["TogglOptions", "TogglCore"]);
    // Every operation is planned exactly once.
    expect(plan.tags.flatMap((t) => t.operations).length).toBe(readSpec(document, "toggl.json").operations.length);
  });

  it("files, classes and properties follow the namespace; methods on the client itself sit in `root`", () => {
    const plan = planClient(
      summary([{ operationId: "a" }, { operationId: "b" }, { operationId: "c" }]),
      "C",
      names("timeEntries.list", "timeEntries.get", "ping"),
    );
    expect(
      plan.tags.map((t) => [t.propertyName, t.fileName, t.className, t.operations.map((o) => o.methodName)]),
    ).toEqual([
      ["timeEntries", "time-entries", "TimeEntriesApi", ["list", "get"]],
      ["", "root", "RootApi", ["ping"]],
    ]);
  });

  it("keeps function and type names unique across the API, moving an operation's names together", () => {
    const plan = planClient(
      summary([
        { operationId: "repos/get-content" },
        { operationId: "reposGetContent" },
        { operationId: "delete" },
        { operationId: "listOperation" },
        { operationId: "list" },
      ]),
      "C",
      names("repos.getContent", "other.getContent", "other.delete", "other.listOperation", "other.list"),
    );
    const planned = plan.tags.flatMap((t) => t.operations.map((o) => [o.functionName, o.constName, o.paramsType]));
    expect(planned).toEqual([
      ["reposGetContent", "reposGetContentOperation", "ReposGetContentParams"],
      ["reposGetContent2", "reposGetContent2Operation", "ReposGetContent2Params"],
      ["delete2", "delete2Operation", "Delete2Params"],
      ["listOperation", "listOperationOperation", "ListOperationParams"],
      ["list2", "list2Operation", "List2Params"],
    ]);
  });

  it("derives operationIds from method and path when the spec has none", () => {
    const document = loadFixture("untagged");
    const plan = planClient(readSpec(document, "untagged.json"), "Pets", resolveMethodNames(document));
    expect(plan.tags.flatMap((t) => t.operations.map((o) => o.functionName)).sort()).toEqual(
      ["getPets", "postPets", "getPetsByPetId", "deletePetsByPetId", "getPing"].sort(),
    );
  });

  it("does not let namespace properties shadow ApiClient members or mounts, or modules overwrite fixed files", () => {
    const plan = planClient(
      summary([{}, {}, {}, {}, {}]),
      "Client",
      names("raw.a", "call.b", "index.c", "schema.d", "reports.e"),
      { reservedProperties: ["reports"] },
    );
    expect(plan.tags.map((t) => [t.propertyName, t.fileName])).toEqual([
      ["rawApi", "raw"],
      ["callApi", "call"],
      ["index", "index2"],
      ["schema", "schema2"],
      ["reportsApi", "reports"],
    ]);
  });

  it("keeps namespace class names clear of the client class names", () => {
    const plan = planClient(summary([{}]), "ClientsApi", names("clients.list"));
    expect(plan.tags[0]?.className).toBe("ClientsApi2");
  });
});
