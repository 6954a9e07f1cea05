/**
 * `index.ts`: the API's client class (one readonly property per tag over the runtime's `ApiClient`),
 * its options type from the spec's security schemes, and re-exports of everything a user needs.
 */
import { importStatement, lines } from "./format.js";
import { escapeCommentText } from "./jsdoc.js";
import type { ClientPlan, PlannedTag } from "./plan.js";

export interface ClientFacts {
  apiName: string;
  baseUrl: string;
  auth: readonly ("basic" | "bearer")[];
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

function reexports(tag: PlannedTag): string {
  const names = [
    tag.className,
    ...tag.operations.flatMap((op) => [
      op.functionName,
      `type ${op.paramsType}`,
      `type ${op.responseType}`,
    ]),
  ];
  return `export {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "./${tag.fileName}.js";`;
}

export function renderClientIndex(
  plan: ClientPlan,
  facts: ClientFacts,
): string {
  const credentialTypes = facts.auth.map(
    (kind) => `type ${CREDENTIAL_TYPES[kind]}`,
  );
  return lines(
    importStatement(
      [
        "ApiClient",
        "type ApiDefaults",
        "type ClientOptions",
        ...credentialTypes,
      ],
      facts.runtimeImport,
    ),
    importStatement(["paths"], "./schema.js", true),
    ...plan.tags.map((tag) =>
      importStatement([tag.className], `./${tag.fileName}.js`),
    ),
    "",
    `/** Options for {@link ${plan.className}}. */`,
    `export type ${plan.optionsName} = ${optionsTypeText(facts.auth)};`,
    "",
    "const apiDefaults = {",
    `  name: ${JSON.stringify(facts.apiName)},`,
    `  baseUrl: ${JSON.stringify(facts.baseUrl)},`,
    `  auth: ${JSON.stringify(facts.auth)},`,
    "} as const satisfies ApiDefaults;",
    "",
    `/** A typed client for ${escapeCommentText(facts.specTitle.replace(/\s+/g, " ").trim())}. */`,
    `export class ${plan.className} extends ApiClient<paths> {`,
    ...plan.tags.map(
      (tag) =>
        `  readonly ${tag.propertyName}: ${tag.className} = new ${tag.className}(this);`,
    ),
    "",
    `  constructor(options: ${plan.optionsName}) {`,
    "    super(options, apiDefaults);",
    "  }",
    "}",
    "",
    'export type { components, operations, paths } from "./schema.js";',
    ...plan.tags.map(reexports),
    // Explicit exports above win over this star export, so a runtime name can never shadow a generated one.
    `export * from ${JSON.stringify(facts.runtimeImport)};`,
  );
}
