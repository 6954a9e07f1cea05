/**
 * `index.ts`: the API's client classes over the runtime's `ApiClient` — `<Name>Core` (auth, limits,
 * retries, no operations: what the standalone functions need, so a bundle carries only the
 * operations it calls) and `<Name>` (one readonly property per namespace) — its options type from
 * the spec's security schemes, and re-exports of everything a user needs.
 */
import {
  type ClassDeclarationStructure,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
  VariableDeclarationKind,
  type VariableStatementStructure,
} from "ts-morph";
import { escapeCommentText, jsDoc, operationDoc } from "./jsdoc.js";
import type { ClientPlan, PlannedTag } from "./plan.js";
import { exportDeclaration, importDeclaration, printStatements, typeOnly, withBlankLineBefore } from "./print.js";
import { bindExpression, methodType } from "./wrappers.js";

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
      ...(tag.propertyName === "" ? [] : [tag.className]),
      ...tag.operations.flatMap((op) => [op.functionName, typeOnly(op.paramsType), typeOnly(op.responseType)]),
    ],
    `./${tag.fileName}.js`,
  );
}

function optionsType(plan: ClientPlan, auth: ClientFacts["auth"]): TypeAliasDeclarationStructure {
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
      ? [
          `quotaHeaders: { remaining: ${JSON.stringify(facts.quotaHeaders.remaining)}, resetsIn: ${JSON.stringify(facts.quotaHeaders.resetsIn)} }`,
        ]
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

function coreClass(plan: ClientPlan, specTitle: string): ClassDeclarationStructure {
  const title = escapeCommentText(specTitle.replace(/\s+/g, " ").trim());
  return {
    kind: StructureKind.Class,
    docs: [
      `The ${title} client without its namespaces: auth, rate limit, quota, retries and errors, for\n` +
        `the standalone operation functions (\`listX(core, params)\`), so that a bundle carries only\n` +
        `the operations it calls. \`shareWith\`: another client whose credentials, rate limiter and\n` +
        `quota state this one uses.`,
    ],
    isExported: true,
    name: plan.coreClassName,
    extends: "ApiClient<paths>",
    ctors: [
      {
        parameters: [
          { name: "options", type: plan.optionsName },
          { name: "shareWith", type: "ApiClient", hasQuestionToken: true },
        ],
        statements: ["super(options, apiDefaults, shareWith);"],
      },
    ],
  };
}

function clientClass(plan: ClientPlan, specTitle: string): ClassDeclarationStructure {
  const namespaces = plan.tags.filter((tag) => tag.propertyName !== "");
  const rootMethods = plan.tags.filter((tag) => tag.propertyName === "").flatMap((tag) => tag.operations);
  return {
    kind: StructureKind.Class,
    docs: [`A typed client for ${escapeCommentText(specTitle.replace(/\s+/g, " ").trim())}.`],
    isExported: true,
    name: plan.className,
    extends: plan.coreClassName,
    properties: [
      ...namespaces.map((tag) => ({
        isReadonly: true,
        name: tag.propertyName,
        type: tag.className,
        initializer: `new ${tag.className}(this)`,
      })),
      ...rootMethods.map((op) => ({
        docs: [jsDoc(operationDoc(op.spec))],
        isReadonly: true,
        name: op.methodName,
        type: methodType(op),
        initializer: bindExpression(op, "this"),
      })),
    ],
  };
}

export function renderClientIndex(plan: ClientPlan, facts: ClientFacts): string {
  const namespaces = plan.tags.filter((tag) => tag.propertyName !== "");
  const rootModules = plan.tags.filter((tag) => tag.propertyName === "");
  const hasRootMethods = rootModules.length > 0;
  return printStatements("index.ts", [
    importDeclaration(
      [
        "ApiClient",
        ...(hasRootMethods ? ["bindOperation"] : []),
        typeOnly("ApiDefaults"),
        typeOnly("ClientOptions"),
        ...(hasRootMethods ? [typeOnly("OperationMethod")] : []),
        ...facts.auth.map((kind) => typeOnly(CREDENTIAL_TYPES[kind])),
      ],
      facts.runtimeImport,
    ),
    importDeclaration(["paths"], "./schema.js", true),
    ...namespaces.map((tag) => importDeclaration([tag.className], `./${tag.fileName}.js`)),
    ...rootModules.map((tag) =>
      importDeclaration(
        tag.operations.flatMap((op) => [typeOnly(op.paramsType), typeOnly(op.responseType)]),
        `./${tag.fileName}.js`,
      ),
    ),
    ...(hasRootMethods
      ? [
          importDeclaration(
            rootModules.flatMap((tag) => tag.operations.map((op) => op.constName)),
            "./operations.js",
          ),
        ]
      : []),
    withBlankLineBefore(optionsType(plan, facts.auth)),
    withBlankLineBefore(apiDefaultsConst(facts)),
    coreClass(plan, facts.specTitle),
    clientClass(plan, facts.specTitle),
    exportDeclaration(["components", "operations", "paths", "webhooks"], "./schema.js", true),
    ...plan.tags.map(reexports),
    // Explicit exports above win over this star export, so a runtime name can never shadow a generated one.
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: facts.runtimeImport,
    },
  ]);
}
