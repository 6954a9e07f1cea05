/**
 * The normaliser: pages read from the docs (neutral model) → one OpenAPI 3.1 document plus an
 * extraction report. Each concern is its own module; this file only runs them in order:
 * paths and type cells → merge of captures → operationIds and tags → what each operation's docs
 * say (parameters, body and response schemas) → shared components, chosen from those schemas →
 * Operation Objects referring to them → security, info and servers.
 */
import type { ApiConfig } from "../config/types.js";
import type { DocPage } from "../model/types.js";
import { responseComponentName } from "./component-names.js";
import { planComponents } from "./components.js";
import type { JsonSchema } from "./doc-types.js";
import { mergeCaptures, type PlacedOperation } from "./merge.js";
import { decideMethod, reportMethodEvidence } from "./method-evidence.js";
import { assignOperationIds, operationVerb, type OperationNaming } from "./operation-ids.js";
import {
  buildOperation,
  readOperationParts,
  schemaUses,
  successReturnsArray,
  type OperationObject,
} from "./operations.js";
import { unifyPathSpellings } from "./path-aliases.js";
import { pathTemplateFromUrl } from "./paths.js";
import { quotaHeadersFromPages, type QuotaHeadersExtension } from "./api-facts.js";
import { buildReport, ReportLog, type ExtractionReport } from "./report.js";
import { resolveProfile } from "../config/profile.js";
import { authEvidenceOf, buildSecurity, decideAuth } from "./security.js";
import { documentFromEmbeddedSpecs, embeddedSpecsToUse } from "./embedded-spec.js";
import { assignSections, buildTags, type DocsLinks } from "./tags.js";
import { webhookEventsFromPages, type WebhookPathItem } from "./webhook-events.js";
import { typeOperation } from "./typed-model.js";

export type { ExtractionReport } from "./report.js";
export { renderReportMarkdown, summariseReport } from "./report.js";

/**
 * A plain JSON OpenAPI document: 3.1.0 when built from the docs' content; the embedded spec's own
 * 3.0.x / 3.1.x when a page carries its spec (./embedded-spec.ts), its content kept as written.
 */
export interface OpenApiDocument {
  openapi: `3.${string}`;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: Record<string, unknown>[];
  paths: Record<string, Record<string, OperationObject>>;
  /** Requests the API sends to subscribers: event payloads shown in the guides (`webhook-events.ts`). */
  webhooks?: Record<string, WebhookPathItem>;
  components: { securitySchemes?: Record<string, unknown>; schemas?: Record<string, JsonSchema> };
  /** Response headers that announce the request quota, from a getting-started page. */
  "x-quota-headers"?: QuotaHeadersExtension;
}

export interface NormaliseResult {
  document: OpenApiDocument;
  report: ExtractionReport;
}

/**
 * Every operation of every page, with its OpenAPI path and its type cells parsed (the one parse of
 * each cell: later rules read `typeCell`); a URL on a foreign host is warned about.
 */
function placeOperations(pages: readonly DocPage[], api: ApiConfig, log: ReportLog): PlacedOperation[] {
  const placed: PlacedOperation[] = [];
  for (const page of pages) {
    for (const read of page.operations) {
      const method = decideMethod(read.methodEvidence);
      if (!method) {
        log.warning(
          "method-unknown",
          `"${read.title}" (${read.url}): the page states its method nowhere; operation not in the spec`,
          read.source,
        );
        continue;
      }
      const op = { ...read, method };
      const template = pathTemplateFromUrl(op.url, api.server);
      if (template.foreignOrigin) {
        log.warning(
          "foreign-host",
          `${op.url} is not under the server ${api.server}; its full path is kept`,
          op.source,
        );
      }
      if (template.operationServer) {
        log.inference(
          "operation-server",
          `${op.url} is outside the server's base path ${api.server}; the operation gets its own server ${template.operationServer}`,
          op.source,
        );
      }
      placed.push({
        op: typeOperation(op),
        file: page.file,
        pageTitle: page.title,
        path: template.path,
        ...(template.operationServer ? { server: template.operationServer } : {}),
        captures: [],
      });
    }
  }
  return placed;
}

/** Schema properties in the output (after sharing: a component's fields count once). */
function countProperties(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countProperties(item), 0);
  if (typeof value !== "object" || value === null) return 0;
  const record = value as Record<string, unknown>;
  const properties = record.properties;
  const own =
    typeof properties === "object" && properties !== null && !Array.isArray(properties)
      ? Object.keys(properties).length
      : 0;
  // Examples are data, not schema: a key named "properties" in one is not a field.
  return Object.entries(record).reduce(
    (n: number, [key, item]) => (key === "example" ? n : n + countProperties(item)),
    own,
  );
}

/** Parameters of every operation (path-level ones counted once per operation they apply to). */
function countParameters(paths: OpenApiDocument["paths"]): number {
  let count = 0;
  for (const item of Object.values(paths) as Record<string, unknown>[]) {
    const shared = Array.isArray(item.parameters) ? item.parameters.length : 0;
    for (const [key, operation] of Object.entries(item)) {
      if (key === "parameters" || typeof operation !== "object" || operation === null) continue;
      const own = (operation as { parameters?: unknown }).parameters;
      if (!["get", "put", "post", "delete", "options", "head", "patch", "trace"].includes(key)) continue;
      count += (Array.isArray(own) ? own.length : 0) + shared;
    }
  }
  return count;
}

function infoDescription(api: ApiConfig, pages: readonly DocPage[]): string {
  const origin = api.docsUrl ? ` at ${api.docsUrl}` : "";
  return (
    `Extracted by docs2client from ${pages.length} captured docs page(s)${origin}. ` +
    "Operations, parameters and properties carry `x-source` (file:line of the docs text they were read from); " +
    "facts inferred from prose carry `x-inferred-from` with the phrase that states them."
  );
}

export function normaliseApi(pages: DocPage[], api: ApiConfig, contextPages: readonly DocPage[] = []): NormaliseResult {
  const log = new ReportLog();
  const quotaHeaders = quotaHeadersFromPages([...contextPages, ...pages], log);
  for (const page of pages) {
    for (const diagnostic of page.diagnostics) log.diagnostic(diagnostic);
  }

  // A page that carries its spec gives the API exactly; its visible content is compared, not merged.
  const embedded = embeddedSpecsToUse(pages, log);
  if (embedded) {
    const { document, operations } = documentFromEmbeddedSpecs(embedded, api, log);
    const report = buildReport(api.name, log, {
      operations,
      parameters: countParameters(document.paths),
      fields: countProperties({ paths: document.paths, components: document.components }),
    });
    return { document, report };
  }

  const placed = unifyPathSpellings(placeOperations(pages, api, log), log);
  for (const { op } of placed) reportMethodEvidence(op, log);
  const merged = mergeCaptures(placed, log);

  const namings: OperationNaming[] = merged.map(({ op, path }) => ({
    method: op.method,
    path,
    title: op.title,
    returnsArray: successReturnsArray(op),
  }));
  const operationIds = assignOperationIds(namings);
  const sections = assignSections(
    merged.map(({ op, path, pageTitle }) => ({ section: op.section || pageTitle, path })),
  );

  const profile = resolveProfile(api.profile);
  const docsLinks: DocsLinks | undefined = api.docsUrl
    ? { docsUrl: api.docsUrl, patterns: profile.docsLinks }
    : undefined;
  const responseHeaders = [...contextPages, ...pages].flatMap((page) => page.responseHeaders ?? []);
  const parts = merged.map(({ op, path, server }, index) =>
    readOperationParts(
      op,
      {
        path,
        operationId: operationIds[index]!,
        tag: sections[index]!,
        docsLinks,
        errorBody: profile.errorBody,
        server,
        responseHeaders,
      },
      log,
    ),
  );
  // Components are chosen from every operation's schemas before any Operation Object is written.
  const uses = parts.flatMap((part, index) => {
    const verb = operationVerb(namings[index]!);
    return schemaUses(part, {
      operationId: operationIds[index]!,
      verb,
      responseName: responseComponentName(namings[index]!, verb),
    });
  });
  const plan = planComponents(uses, log);
  const paths: OpenApiDocument["paths"] = {};
  for (const part of parts) (paths[part.placement.path] ??= {})[part.op.method] = buildOperation(part, plan.place);
  const events = webhookEventsFromPages([...contextPages, ...pages], new Set(Object.keys(plan.components)), log);
  const schemas = { ...plan.components, ...events.schemas };

  const mergedOperations = merged.map((m) => m.op);
  const auth = decideAuth(api.auth, authEvidenceOf([...contextPages, ...pages], mergedOperations), log);
  const { securitySchemes, security } = buildSecurity(auth, mergedOperations);
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    info: { title: api.title, version: api.version, description: infoDescription(api, pages) },
    servers: [{ url: api.server ?? "/" }],
    security,
    tags: buildTags(sections, docsLinks).map((tag) => ({
      ...tag,
      description: `Operations of the ${tag.name} section of the docs.`,
    })),
    paths,
    ...(Object.keys(events.webhooks).length > 0 ? { webhooks: events.webhooks } : {}),
    components: { securitySchemes, ...(Object.keys(schemas).length > 0 ? { schemas } : {}) },
    ...(quotaHeaders ? { "x-quota-headers": quotaHeaders } : {}),
  };
  const report = buildReport(api.name, log, {
    operations: merged.length,
    parameters: countParameters(paths),
    fields: countProperties({ paths, schemas }),
  });
  return { document, report };
}
