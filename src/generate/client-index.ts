/**
 * `index.ts`: the API's client class (one readonly property per tag over the runtime's `ApiClient`),
 * its options type from the spec's security schemes, and re-exports of everything a user needs.
 */
import {
  type ClassDeclarationStructure,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
  VariableDeclarationKind,
  type VariableStatementStructure,
} from "ts-morph";
import { escapeCommentText } from "./jsdoc.js";
import type { ClientPlan, PlannedTag } from "./plan.js";
import {
  exportDeclaration,
  importDeclaration,
  printStatements,
  typeOnly,
  withBlankLineBefore,
} from "./print.js";

export interface ClientFacts {
  apiName: string;
  baseUrl: string;
  auth: readonly ("basic" | "bearer")[];
  quotaHeaders?: { remaining: string; resetsIn: string };
  runtimeImport: string;
  specTitle: string;
}

const CREDENTIAL_TYPES = {
  basic: "BasicAuthOptions",
  bearer: "BearerAuthOptions",
} as const;

/** `ClientOptions`, `& BasicAuthOptions`, `& BearerAuthOptions`, or `& (… | …)` for both. */
export function optionsTypeText(auth: readonly ("basic" | "bearer")[]): string {
  const credentials = auth.map((kind) => CREDENTIAL_TYPES[kind]);
  if (credentials.length === 0) return "ClientOptions";
  return credentials.length === 1
    ? `ClientOptions & ${credentials[0]}`
    : `ClientOptions & (${credentials.join(" | ")})`;
}

function reexports(tag: PlannedTag): StatementStructures {
  return exportDeclaration(
    [
      tag.className,
      ...tag.operations.flatMap((op) => [
        op.functionName,
        typeOnly(op.paramsType),
        typeOnly(op.responseType),
      ]),
    ],
    `./${tag.fileName}.js`,
  );
}

function optionsType(
  plan: ClientPlan,
  auth: ClientFacts["auth"],
): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    docs: [`Options for {@link ${plan.className}}.`],
    isExported: true,
    name: plan.optionsName,
    type: optionsTypeText(auth),
  };
}

function apiDefaultsConst(facts: ClientFacts): VariableStatementStructure {
  const fields = [
    `name: ${JSON.stringify(facts.apiName)}`,
    `baseUrl: ${JSON.stringify(facts.baseUrl)}`,
    `auth: ${JSON.stringify(facts.auth)}`,
    ...(facts.quotaHeaders
      ? [`quotaHeaders: { remaining: ${JSON.stringify(facts.quotaHeaders.remaining)}, resetsIn: ${JSON.stringify(facts.quotaHeaders.resetsIn)} }`]
      : []),
  ];
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: "apiDefaults",
        initializer: `{ ${fields.join(", ")} } as const satisfies ApiDefaults`,
      },
    ],
  };
}

function clientClass(
  plan: ClientPlan,
  specTitle: string,
): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    docs: [
      `A typed client for ${escapeCommentText(specTitle.replace(/\s+/g, " ").trim())}.`,
    ],
    isExported: true,
    name: plan.className,
    extends: "ApiClient<paths>",
    properties: plan.tags.map((tag) => ({
      isReadonly: true,
      name: tag.propertyName,
      type: tag.className,
      initializer: `new ${tag.className}(this)`,
    })),
    ctors: [
      {
        parameters: [{ name: "options", type: plan.optionsName }],
        statements: ["super(options, apiDefaults);"],
      },
    ],
  };
}

export function renderClientIndex(
  plan: ClientPlan,
  facts: ClientFacts,
): string {
  return printStatements("index.ts", [
    importDeclaration(
      [
        "ApiClient",
        typeOnly("ApiDefaults"),
        typeOnly("ClientOptions"),
        ...facts.auth.map((kind) => typeOnly(CREDENTIAL_TYPES[kind])),
      ],
      facts.runtimeImport,
    ),
    importDeclaration(["paths"], "./schema.js", true),
    ...plan.tags.map((tag) =>
      importDeclaration([tag.className], `./${tag.fileName}.js`),
    ),
    withBlankLineBefore(optionsType(plan, facts.auth)),
    withBlankLineBefore(apiDefaultsConst(facts)),
    clientClass(plan, facts.specTitle),
    exportDeclaration(
      ["components", "operations", "paths", "webhooks"],
      "./schema.js",
      true,
    ),
    ...plan.tags.map(reexports),
    // Explicit exports above win over this star export, so a runtime name can never shadow a generated one.
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: facts.runtimeImport,
    },
  ]);
}
