/**
 * Pages that carry the spec they were generated from (Redoc's embedded state, and any reader that
 * sets `DocPage.embeddedSpec`): the API is taken from that spec exactly. Paths, operations,
 * parameters, request bodies, responses and components are copied unchanged; what docs2client adds
 * is only its own: `x-source` on each operation (the page line that shows it, or the line of the
 * embedded spec when the page does not show it), and info and servers from the API's config. The
 * visible content is still read and compared with the spec (./embedded-compare.ts); the report
 * says the API was read from the embedded spec and lists each disagreement.
 *
 * Taken exactly only when every page of the API embeds an OpenAPI 3 document: a Swagger 2
 * document (a generator that embeds its input unconverted), or pages of which only some embed a
 * spec, fall back to the visible content, and the report says why.
 */
import type { ApiConfig } from "../config/types.js";
import { isRecord, type JsonObject as JsonRecord } from "../openapi/types.js";
import type { DocPage, SourceLocation } from "../model/types.js";
import { compareWithEmbeddedSpec, OPERATION_METHODS } from "./embedded-compare.js";
import type { OpenApiDocument } from "./index.js";
import { sourceRef, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";

export interface EmbeddedSpec {
  page: DocPage;
  document: JsonRecord;
  generator: string;
  source: SourceLocation;
}

/** The OpenAPI versions whose documents are kept as they are (the generator reads 3.0 and 3.1). */
const KEPT_VERSION = /^3\.[01]\.\d+$/;

/**
 * The embedded specs to take the API from, or undefined when the API is to be read from the
 * visible content (no page embeds one, or one of the reasons above, reported).
 */
export function embeddedSpecsToUse(pages: readonly DocPage[], log: ReportLog): EmbeddedSpec[] | undefined {
  const carrying = pages.filter((page) => page.embeddedSpec !== undefined);
  if (carrying.length === 0) return undefined;
  const specs = carrying.map((page) => ({ page, ...page.embeddedSpec! }));
  const swagger = specs.find(
    (spec) => typeof spec.document.openapi !== "string" || !spec.document.openapi.startsWith("3."),
  );
  if (swagger) {
    const version =
      typeof swagger.document.swagger === "string"
        ? `Swagger ${swagger.document.swagger}`
        : `version ${JSON.stringify(swagger.document.openapi ?? null)}`;
    log.warning(
      "embedded-spec-not-openapi3",
      `the spec embedded in the page (${swagger.generator}) is ${version}: only OpenAPI 3 embedded specs are taken exactly; the API is read from the visible content of the pages`,
      swagger.source,
    );
    return undefined;
  }
  if (carrying.length < pages.length) {
    const without = pages.filter((page) => page.embeddedSpec === undefined).map((page) => page.file);
    log.warning(
      "embedded-spec-partial",
      `${carrying.length} of ${pages.length} pages embed a spec but ${without.join(", ")} do(es) not: the embedded specs are ignored and the API is read from the visible content of all pages`,
      specs[0]!.source,
    );
    return undefined;
  }
  return specs;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One document from the embedded specs of the API's pages: the first as the base, the paths and
 * components of the others added; an entry two pages define differently is reported and the later
 * page's kept (later captures win, as on every merge).
 */
function mergeSpecs(specs: readonly EmbeddedSpec[], log: ReportLog): JsonRecord {
  const base = structuredClone(specs[0]!.document);
  for (const spec of specs.slice(1)) {
    const from = sourceRef(spec.source);
    for (const section of ["paths", "webhooks"] as const) {
      const incoming = spec.document[section];
      if (!isRecord(incoming)) continue;
      const target = (isRecord(base[section]) ? base[section] : (base[section] = {})) as JsonRecord;
      for (const [key, value] of Object.entries(incoming)) {
        if (key in target && !deepEqual(target[key], value))
          log.conflict(
            "embedded-spec-merge",
            `${section} "${key}" differs between the embedded specs; the one at ${from} is kept`,
            from,
          );
        target[key] = structuredClone(value);
      }
    }
    const components = spec.document.components;
    if (!isRecord(components)) continue;
    const targetComponents = (isRecord(base.components) ? base.components : (base.components = {})) as JsonRecord;
    for (const [kind, entries] of Object.entries(components)) {
      if (!isRecord(entries)) continue;
      const target = (
        isRecord(targetComponents[kind]) ? targetComponents[kind] : (targetComponents[kind] = {})
      ) as JsonRecord;
      for (const [name, value] of Object.entries(entries)) {
        if (name in target && !deepEqual(target[name], value))
          log.conflict(
            "embedded-spec-merge",
            `components.${kind}.${name} differs between the embedded specs; the one at ${from} is kept`,
            from,
          );
        target[name] = structuredClone(value);
      }
    }
  }
  return base;
}

/** The OpenAPI version written: the embedded one when the generator reads it, else 3.1.0 (said). */
function outputVersion(merged: JsonRecord, where: string, log: ReportLog): string {
  const version = String(merged.openapi);
  if (KEPT_VERSION.test(version)) return version;
  log.inference(
    "embedded-spec-version",
    `the embedded spec says openapi ${version}; written as 3.1.0 (the newest version the client generator reads), its content unchanged`,
    where,
  );
  return "3.1.0";
}

/** Sets `x-source` on every operation: the page line showing it, else the embedded spec's line. */
function stampSources(paths: JsonRecord, shownAt: ReadonlyMap<string, string>, fallback: string): void {
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of OPERATION_METHODS) {
      const operation = item[method];
      if (isRecord(operation)) operation[X_SOURCE] = shownAt.get(`${method} ${path}`) ?? fallback;
    }
  }
}

export interface EmbeddedResult {
  document: OpenApiDocument;
  operations: number;
}

/** The API's document from the embedded specs, with the comparison and the source in the report. */
export function documentFromEmbeddedSpecs(
  specs: readonly EmbeddedSpec[],
  api: ApiConfig,
  log: ReportLog,
): EmbeddedResult {
  const merged = mergeSpecs(specs, log);
  const first = specs[0]!;
  const where = sourceRef(first.source);
  const paths = (isRecord(merged.paths) ? merged.paths : {}) as JsonRecord;
  const operations = Object.values(paths).reduce(
    (n: number, item) => n + (isRecord(item) ? OPERATION_METHODS.filter((m) => isRecord(item[m])).length : 0),
    0,
  );
  const generators = [...new Set(specs.map((spec) => spec.generator))].join(", ");
  log.inference(
    "embedded-spec",
    `read from the embedded spec (${generators}) of ${specs.length} page(s): ${operations} operation(s), paths and components taken exactly; the visible content of the page(s) is compared with it`,
    where,
  );

  const shownAt = new Map<string, string>();
  for (const spec of specs) {
    const specWhere = sourceRef(spec.source);
    const comparison = compareWithEmbeddedSpec(spec.page, spec.document, specWhere, log);
    for (const { op, path, method } of comparison.matched)
      if (!shownAt.has(`${method} ${path}`)) shownAt.set(`${method} ${path}`, sourceRef(op.source));
    if (spec.page.operations.length === 0) {
      log.inference(
        "embedded-spec-only",
        `the page's HTML shows no operation (drawn in the browser by ${spec.generator}): every operation comes from the embedded spec`,
        specWhere,
      );
    }
    const { fields, responses } = comparison.hidden;
    if (fields > 0 || responses > 0) {
      log.inference(
        "embedded-spec-hidden",
        `the page's render keeps ${responses} response schema(s) and ${fields} nested field(s) closed (Redoc's default render hides nested schemas and responses); they are taken from the embedded spec`,
        specWhere,
      );
    }
    if (comparison.disagreements === 0 && spec.page.operations.length > 0) {
      log.inference(
        "embedded-spec-agrees",
        `the ${spec.page.operations.length} operation(s) the page shows agree with its embedded spec`,
        specWhere,
      );
    }
  }
  stampSources(paths, shownAt, where);

  const servers = api.server
    ? [{ url: api.server }]
    : Array.isArray(merged.servers) && merged.servers.length > 0
      ? merged.servers
      : [{ url: "/" }];
  const description =
    `Read by docs2client from the spec embedded in ${specs.length} docs page(s) (${generators})${api.docsUrl ? ` at ${api.docsUrl}` : ""}: ` +
    "paths and components are the embedded spec's, unchanged; each operation carries `x-source` (the page line that shows it).";
  const document = {
    openapi: outputVersion(merged, where, log),
    info: { title: api.title, version: api.version, description },
    servers,
    security: Array.isArray(merged.security) ? merged.security : [],
    tags: Array.isArray(merged.tags) ? merged.tags : [],
    paths,
    ...(isRecord(merged.webhooks) ? { webhooks: merged.webhooks } : {}),
    components: isRecord(merged.components) ? merged.components : {},
  };
  return { document: document as unknown as OpenApiDocument, operations };
}
