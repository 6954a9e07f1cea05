import { describe, expect, it } from "vitest";
import { planClient } from "../../src/generate/plan.js";
import { printStatements } from "../../src/generate/print.js";
import { readSpec } from "../../src/generate/spec.js";
import {
  renderTagModule,
  typeAlias,
  type WrapperContext,
} from "../../src/generate/wrappers.js";
import { loadFixture } from "./compile-helpers.js";

function tagModules(fixture: string): string[] {
  const spec = readSpec(loadFixture(fixture), `${fixture}.json`);
  const context: WrapperContext = {
    runtimeImport: "../runtime/index.js",
    uniqueOperationIds: new Set(
      spec.operations.flatMap((op) => (op.operationId ? [op.operationId] : [])),
    ),
    tagDescriptions: spec.tagDescriptions,
  };
  return planClient(spec, "X").tags.map((tag) => renderTagModule(tag, context));
}

describe("tag modules", () => {
  const [clients = "", , untaggedInToggl = ""] = tagModules("toggl");

  it("has a standalone function per operation that hands its data to the runtime", () => {
    expect(clients).toContain(
      [
        "export function listClients(client: OperationCaller, params: ListClientsParams, options?: RequestOptions): Promise<ListClientsResponse> {",
        "  return client.call<ListClientsResponse>(listClientsOperation, params, options);",
        "}",
      ].join("\n"),
    );
  });

  it("has a class of arrow-function members that delegate to the functions", () => {
    expect(clients).toContain("\nexport class ClientsApi {\n");
    expect(
      clients.endsWith(
        "\n  constructor(private readonly client: OperationCaller) {\n  }\n}\n",
      ),
    ).toBe(true);
    expect(clients).toContain(
      "  readonly create = (params: CreateClientParams, options?: RequestOptions): Promise<CreateClientResponse> => createClient(this.client, params, options);",
    );
    expect(clients.match(/^ {2}readonly \w+ = \(/gm)).toHaveLength(5);
  });

  it("documents functions and members alike, deprecation included", () => {
    expect(clients.match(/ \* @deprecated/g)).toHaveLength(2);
    expect(
      clients.match(
        /@throws \{BadRequestError\} 400: Client name cannot be empty; Client with this name already exists/g,
      ),
    ).toHaveLength(2);
  });

  it("makes params optional when nothing in them is required", () => {
    expect(untaggedInToggl).toContain(
      "export function getMe(client: OperationCaller, params?: GetMeParams, options?: RequestOptions)",
    );
    expect(untaggedInToggl).toContain(
      "  readonly getMe = (params?: GetMeParams, options?: RequestOptions)",
    );
    expect(untaggedInToggl).toContain(
      'export type GetMeParams = NonNullable<operations["getMe"]["parameters"]["query"]>;',
    );
  });

  it("imports from `paths` when operations have no id", () => {
    const [pets = ""] = tagModules("untagged");
    expect(pets).toContain('import type { paths } from "./schema.js";');
    expect(pets).toContain(
      'export type GetPetsByPetIdParams = paths["/pets/{petId}"]["get"]["parameters"]["path"];',
    );
  });
});

describe("typeAlias", () => {
  const printed = (alias: ReturnType<typeof typeAlias>) =>
    printStatements("alias.ts", [alias]);

  it("stays on one line when it fits in 100 columns", () => {
    expect(printed(typeAlias("A", ["B", "C"], "&"))).toBe(
      "export type A = B & C;\n",
    );
  });

  it("breaks long intersections and unions one part per line", () => {
    const long = "x".repeat(60);
    expect(printed(typeAlias("A", [long, long], "&"))).toBe(
      `export type A = ${long} &\n  ${long};\n`,
    );
    expect(printed(typeAlias("A", [long, long], "|"))).toBe(
      `export type A = ${long}\n  | ${long};\n`,
    );
    expect(printed(typeAlias("A", [long + long], "|"))).toBe(
      `export type A = ${long + long};\n`,
    );
  });
});
