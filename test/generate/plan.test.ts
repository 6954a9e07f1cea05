import { describe, expect, it } from "vitest";
import { planClient } from "../../src/generate/plan.js";
import {
  readSpec,
  type SpecOperation,
  type SpecSummary,
} from "../../src/generate/spec.js";
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
      errorMessages: {},
      viaPathItemRef: false,
      ...op,
    })),
  };
}

describe("planClient", () => {
  it("groups by first tag in document order, untagged operations last in `default`", () => {
    const plan = planClient(
      readSpec(loadFixture("toggl"), "toggl.json"),
      "Toggl",
    );
    expect(
      plan.tags.map((t) => [
        t.tag,
        t.fileName,
        t.className,
        t.propertyName,
        t.operations.map((o) => o.methodName),
      ]),
    ).toEqual([
      [
        "Clients",
        "clients",
        "ClientsApi",
        "clients",
        ["list", "create", "get", "delete", "archive"],
      ],
      [
        "Workspaces",
        "workspaces",
        "WorkspacesApi",
        "workspaces",
        ["get", "listWorkspaceUsers"],
      ],
      [undefined, "default", "DefaultApi", "default", ["getMe"]],
    ]);
    const list = plan.tags[0]?.operations[0];
    expect([
      list?.functionName,
      list?.constName,
      list?.paramsType,
      list?.responseType,
    ]).toEqual([
      "listClients",
      "listClientsOperation",
      "ListClientsParams",
      "ListClientsResponse",
    ]);
    expect(plan.optionsName).toBe("TogglOptions");
  });

  it("puts an operation with several tags in its first tag's module", () => {
    const plan = planClient(
      summary([
        { operationId: "a", tags: ["Two", "One"] },
        { operationId: "b", tags: ["One"] },
      ]),
      "C",
    );
    expect(
      plan.tags.map((t) => [t.tag, t.operations.map((o) => o.operationId)]),
    ).toEqual([
      ["Two", ["a"]],
      ["One", ["b"]],
    ]);
  });

  it("keeps function and type names unique across the API, moving an operation's names together", () => {
    const plan = planClient(
      summary([
        { operationId: "repos/get-content", tags: ["repos"] },
        { operationId: "reposGetContent", tags: ["other"] },
        { operationId: "delete", tags: ["other"] },
        { operationId: "listOperation", tags: ["other"] },
        { operationId: "list", tags: ["other"] },
      ]),
      "C",
    );
    const names = plan.tags.flatMap((t) =>
      t.operations.map((o) => [o.functionName, o.constName, o.paramsType]),
    );
    expect(names).toEqual([
      ["reposGetContent", "reposGetContentOperation", "ReposGetContentParams"],
      [
        "reposGetContent2",
        "reposGetContent2Operation",
        "ReposGetContent2Params",
      ],
      ["delete2", "delete2Operation", "Delete2Params"],
      ["listOperation", "listOperationOperation", "ListOperationParams"],
      ["list2", "list2Operation", "List2Params"],
    ]);
  });

  it("derives operationIds from method and path when the spec has none", () => {
    const plan = planClient(
      readSpec(loadFixture("untagged"), "untagged.json"),
      "Pets",
    );
    expect(plan.tags[0]?.operations.map((o) => o.functionName)).toEqual([
      "getPets",
      "postPets",
      "getPetsByPetId",
      "deletePetsByPetId",
      "getPing",
    ]);
  });

  it("does not let tag properties shadow ApiClient members, or tag modules overwrite fixed files", () => {
    const plan = planClient(
      summary([
        { tags: ["raw"] },
        { tags: ["Call"] },
        { tags: ["index"] },
        { tags: ["Schema"] },
      ]),
      "Client",
    );
    expect(plan.tags.map((t) => [t.propertyName, t.fileName])).toEqual([
      ["rawApi", "raw"],
      ["callApi", "call"],
      ["index", "index2"],
      ["schema", "schema2"],
    ]);
  });

  it("keeps tag class names clear of the client class name", () => {
    const plan = planClient(summary([{ tags: ["Clients"] }]), "ClientsApi");
    expect(plan.tags[0]?.className).toBe("ClientsApi2");
  });
});
