import { describe, expect, it } from "vitest";
import { printStatements } from "../../src/generate/print.js";
import { readSpec } from "../../src/generate/spec.js";
import { renderTagModule, typeAlias, type WrapperContext } from "../../src/generate/wrappers.js";
import { loadFixture, planFixture } from "./compile-helpers.js";

function tagModules(fixture: string): string[] {
  const spec = readSpec(loadFixture(fixture), `${fixture}.json`);
  const context: WrapperContext = {
    runtimeImport: "../runtime/index.js",
    uniqueOperationIds: new Set(spec.operations.flatMap((op) => (op.operationId ? [op.operationId] : []))),
    tagDescriptions: spec.tagDescriptions,
  };
  return planFixture(fixture, "X").tags.map((tag) => renderTagModule(tag, context));
}

describe("tag modules", () => {
  const [clients = "", , me = ""] = tagModules("toggl");

  it("has a standalone function per operation that hands its data to the runtime", () => {
    expect(clients).toContain(
      [
        "export function listClients(client: OperationCaller, params: ListClientsParams, options?: RequestOptions): ApiPromise<ListClientsResponse> {",
        "  return client.call<ListClientsResponse>(listClientsOperation, params, options);",
        "}",
      ].join("\n"),
    );
  });

  it("has a class of bindOperation methods, typed OperationMethod and made in the constructor", () => {
    expect(clients).toContain("\nexport class ClientsApi {\n");
    expect(clients).toContain("  readonly create: OperationMethod<CreateClientParams, CreateClientResponse>;");
    expect(clients).toContain(
      "    this.create = bindOperation<CreateClientParams, CreateClientResponse>(client, createClientOperation);",
    );
    expect(clients).toContain("  constructor(client: OperationCaller) {\n");
    expect(clients.match(/^ {2}readonly \w+: OperationMethod</gm)).toHaveLength(5);
    expect(clients.match(/^ {4}this\.\w+ = bindOperation</gm)).toHaveLength(5);
  });

  it("documents members in full, and functions by their summary, a link to the member and the deprecation", () => {
    expect(clients.match(/ \* @deprecated/g)).toHaveLength(2);
    expect(
      clients.match(
        /@throws \{BadRequestError\} 400: Client name cannot be empty; Client with this name already exists/g,
      ),
    ).toHaveLength(1);
    expect(clients).toMatch(/Standalone form of \{@link ClientsApi\.create\}, which has the full docs\./);
  });

  it("makes params optional when nothing in them is required", () => {
    expect(me).toContain(
      "export function getMe(client: OperationCaller, params?: GetMeParams, options?: RequestOptions)",
    );
    expect(me).toContain("  readonly get: OperationMethod<GetMeParams | undefined, GetMeResponse>;");
    expect(me).toContain('export type GetMeParams = NonNullable<operations["getMe"]["parameters"]["query"]>;');
  });

  it("imports from `paths` when operations have no id", () => {
    const [pets = ""] = tagModules("untagged");
    expect(pets).toContain('import type { paths } from "./schema.js";');
    expect(pets).toContain('export type GetPetsByPetIdParams = paths["/pets/{petId}"]["get"]["parameters"]["path"];');
  });
});

describe("typeAlias", () => {
  const printed = (alias: ReturnType<typeof typeAlias>) => printStatements("alias.ts", [alias]);

  it("stays on one line when it fits in 100 columns", () => {
    expect(printed(typeAlias("A", ["B", "C"], "&"))).toBe("export type A = B & C;\n");
  });

  it("breaks long intersections and unions one part per line", () => {
    const long = "x".repeat(60);
    expect(printed(typeAlias("A", [long, long], "&"))).toBe(`export type A = ${long} &\n  ${long};\n`);
    expect(printed(typeAlias("A", [long, long], "|"))).toBe(`export type A = ${long}\n  | ${long};\n`);
    expect(printed(typeAlias("A", [long + long], "|"))).toBe(`export type A = ${long + long};\n`);
  });
});
