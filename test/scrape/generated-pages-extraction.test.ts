import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseApi } from "../../src/normalise/index.js";
import { readPageText } from "../../src/scrape/index.js";
import { loadSpec, resolveRef, specOperations } from "./spec-operations.js";

/**
 * The pages of docusaurus-plugin-openapi-docs (MDX) and openapi-to-md, read and normalised into a
 * spec, compared with the spec each was rendered from: every operation and no other, every query
 * and header parameter with its required flag, and (MDX) the top-level fields of each request body
 * and success response. Expectations come from the committed specs, never typed in.
 */

type Json = Record<string, unknown>;

function extract(files: string[], original: Json): Json {
  const pages = files.map((file) => readPageText(readFileSync(file, "utf8"), file));
  const servers = original.servers as { url: string }[] | undefined;
  const server = servers?.[0]?.url;
  const { document } = normaliseApi(pages, {
    name: "fixture",
    title: "fixture",
    version: "1",
    ...(server ? { server } : {}),
    clientClass: "Fixture",
    sources: files,
  });
  return document as unknown as Json;
}

const operationKeys = (doc: Json) =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([p, item]) =>
    Object.keys(item)
      .filter((m) => m !== "parameters")
      .map((m) => `${m.toUpperCase()} ${p}`),
  );

/** Top-level property names of a schema (allOf members and oneOf/anyOf alternatives united; of the items for an array). */
function topFields(doc: Json, schema: unknown, depth = 0): string[] {
  const s = resolveRef(doc, schema);
  if (depth > 8) return [];
  if (s.items) return topFields(doc, s.items, depth + 1);
  const own = Object.keys((s.properties as Json | undefined) ?? {});
  const members = ["allOf", "oneOf", "anyOf"].flatMap((k) =>
    ((s[k] as unknown[] | undefined) ?? []).flatMap((m) => topFields(doc, m, depth + 1)),
  );
  return [...new Set([...own, ...members])].sort();
}

function firstSchema(doc: Json, holder: unknown): unknown {
  const content = resolveRef(doc, holder).content as Record<string, Json> | undefined;
  return content ? Object.values(content)[0]?.schema : undefined;
}

const CASES: { generator: string; api: string; files: string[]; spec: string }[] = [
  ...["1password-events", "nexmo-application", "walmart-item"].map((api) => {
    const dir = `test/fixtures/generators/docusaurus-openapi-docs/${api}`;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".api.mdx"))
      .sort()
      .map((f) => path.join(dir, f));
    return { generator: "docusaurus-plugin-openapi-docs", api, files, spec: `${dir}.openapi.json` };
  }),
  ...["1password-events", "mineskin", "walmart-item"].map((api) => ({
    generator: "openapi-to-md",
    api,
    files: [`test/fixtures/generators/openapi-to-md/${api}.md`],
    spec: `test/fixtures/generators/openapi-to-md/${api}.openapi.json`,
  })),
];

describe.each(CASES)("$generator: $api read back into a spec", ({ files, spec }) => {
  const original = loadSpec(spec);
  const extracted = extract(files, original);
  const expected = specOperations(original);

  it("has every operation of the original and no other", () => {
    expect(operationKeys(extracted).sort()).toEqual(
      expected.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort(),
    );
  });

  it("has every query and header parameter with its required flag, and invents none", () => {
    for (const op of expected) {
      const item = (extracted.paths as Record<string, Json>)[op.path]!;
      const operation = item[op.method] as Json;
      const params = [
        ...((item.parameters as Json[] | undefined) ?? []),
        ...((operation.parameters as Json[] | undefined) ?? []),
      ].map((p) => resolveRef(extracted, p));
      const shown = (list: readonly Json[] | readonly { in: string; name: string; required: boolean }[]) =>
        list
          .filter((p) => p.in === "query" || p.in === "header")
          .map((p) => `${String(p.in)}:${String(p.name).toLowerCase()}:${p.required === true}`)
          .sort();
      expect(shown(params)).toEqual(shown(op.parameters));
    }
  });
});

// openapi-to-md leaves most fields off its pages (see its fixtures' README): its bodies are checked by its reader tests.
describe.each(CASES.filter((c) => c.generator === "docusaurus-plugin-openapi-docs"))(
  "$generator: $api fields read back",
  ({ files, spec }) => {
    const original = loadSpec(spec);
    const extracted = extract(files, original);
    const expected = specOperations(original);

    it("has the top-level fields of every request body and success response", () => {
      for (const op of expected) {
        const source = (original.paths as Record<string, Json>)[op.path]![op.method] as Json;
        const target = (extracted.paths as Record<string, Json>)[op.path]![op.method] as Json;
        if (source.requestBody)
          expect(topFields(extracted, firstSchema(extracted, target.requestBody))).toEqual(
            topFields(original, firstSchema(original, source.requestBody)),
          );
        for (const [status, response] of Object.entries(source.responses as Json)) {
          if (!/^2/.test(status)) continue;
          const want = topFields(original, firstSchema(original, response));
          const got = topFields(extracted, firstSchema(extracted, (target.responses as Json)[status]));
          expect(got).toEqual(want);
        }
      }
    });
  },
);

describe("docusaurus-plugin-openapi-docs MDX: the API is the pages' embedded operations, exactly", () => {
  it.each(["1password-events", "nexmo-application", "walmart-item"])("%s", (api) => {
    const dir = `test/fixtures/generators/docusaurus-openapi-docs/${api}`;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".api.mdx"))
      .sort()
      .map((f) => path.join(dir, f));
    const pages = files.map((file) => readPageText(readFileSync(file, "utf8"), file));
    const { document, report } = normaliseApi(pages, {
      name: "fixture",
      title: "fixture",
      version: "1",
      clientClass: "Fixture",
      sources: files,
    });
    const messages = [...report.inferences, ...report.repairs, ...report.conflicts, ...report.warnings].map(
      (e) => e.message,
    );
    expect(messages.some((m) => m.startsWith("read from the embedded spec (docusaurus-plugin-openapi-docs)"))).toBe(
      true,
    );
    // Pages of one operation each, several on one path (nexmo: GET, PUT, DELETE /{app_id}): all kept, none in conflict.
    expect(report.conflicts.filter((e) => e.code === "embedded-spec-merge")).toEqual([]);
    const withoutSource = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key, v: unknown) => (key === "x-source" || key === "x-method-name" ? undefined : v)),
      );
    for (const page of pages) {
      const [[pathKey, item]] = Object.entries(page.embeddedSpec!.document.paths as Json) as [[string, Json]];
      const [[method, operation]] = Object.entries(item) as [[string, unknown]];
      expect(withoutSource((document.paths as Record<string, Json>)[pathKey]![method])).toEqual(operation);
    }
  });
});
