/**
 * Pages that carry their spec (Redoc renders in test/fixtures/generators/redoc): the output spec is
 * the embedded one in paths and components, the visible content is compared with it and each
 * disagreement reported, and the API falls back to the visible content when the embedded spec is
 * not OpenAPI 3 or only some pages carry one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ApiConfig } from "../../src/config/types.js";
import type { DocPage } from "../../src/model/types.js";
import { normaliseApi, type NormaliseResult } from "../../src/normalise/index.js";
import type { ReportEntry } from "../../src/normalise/report.js";
import { reportUnaccountedOperations } from "../../src/pipeline/operation-check.js";
import { readPageText } from "../../src/scrape/index.js";

const DIR = "test/fixtures/generators/redoc";
const html = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");
const original = (api: string) =>
  JSON.parse(readFileSync(`${DIR}/${api}.openapi.json`, "utf8")) as Record<string, unknown>;
const readPage = (name: string, text = html(name)) => readPageText(text, `${DIR}/${name}`);

const API: ApiConfig = {
  name: "fixture",
  title: "Fixture API",
  version: "9",
  clientClass: "Fixture",
  auth: [],
  sources: [],
};

function normalise(pages: DocPage[], api: ApiConfig = API): NormaliseResult {
  return reportUnaccountedOperations(pages, normaliseApi(pages, api));
}

/** The document without the extensions docs2client adds (`x-source`, `x-method-name`). */
function stripOurs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripOurs);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "x-source" && key !== "x-method-name")
      .map(([key, v]) => [key, stripOurs(v)]),
  );
}

const entries = (result: NormaliseResult): ReportEntry[] => [
  ...result.report.inferences,
  ...result.report.repairs,
  ...result.report.conflicts,
  ...result.report.warnings,
];
const codes = (result: NormaliseResult) => entries(result).map((e) => e.code);

describe("a page with its spec embedded gives that spec", () => {
  it.each([
    ["mineskin", "mineskin.html"],
    ["mineskin", "mineskin.expanded.html"],
    ["mineskin", "mineskin.redoc3.html"],
    ["openapi-space", "openapi-space.html"],
    ["openapi-space", "openapi-space.expanded.html"],
    ["slideroom", "slideroom.expanded.html"],
  ])("%s (%s): paths and components deep-equal the spec it was rendered from", (api, name) => {
    const { document, report } = normalise([readPage(name)]);
    const spec = original(api);
    expect(stripOurs(document.paths)).toEqual(spec.paths);
    expect(document.components).toEqual(spec.components ?? {});
    expect(document.openapi).toBe(spec.openapi);
    expect(document.tags).toEqual(spec.tags ?? []);
    expect(document.servers).toEqual(spec.servers);
    expect(document.info).toMatchObject({ title: API.title, version: API.version });
    expect(report.inferences.find((e) => e.code === "embedded-spec")?.message).toMatch(
      /^read from the embedded spec \(redoc\)/,
    );
    // Warnings left are the reader's about the visible content (a body drawn as a bare "object"), not the spec's.
    expect(report.warnings.filter((w) => w.code.startsWith("embedded"))).toEqual([]);
    expect(report.conflicts).toEqual([]);
  });

  it("counts what it took: operations, parameters (path-level ones per operation) and fields", () => {
    const { report } = normalise([readPage("slideroom.expanded.html")]);
    expect(report.counts).toMatchObject({ operations: 11, parameters: 71 });
  });

  it("every operation carries x-source: the page line that shows it, else the embedded spec's line", () => {
    const expanded = normalise([readPage("mineskin.expanded.html")]).document;
    const upload = expanded.paths["/generate/upload"]!.post as Record<string, unknown>;
    expect(upload["x-source"]).toMatch(new RegExp(`^${DIR}/mineskin\\.expanded\\.html:\\d+$`));
    expect(upload["x-source"]).not.toBe(`${DIR}/mineskin.expanded.html:564`);
    const redoc3 = normalise([readPage("mineskin.redoc3.html")]).document;
    expect((redoc3.paths["/generate/upload"]!.post as Record<string, unknown>)["x-source"]).toBe(
      `${DIR}/mineskin.redoc3.html:512`,
    );
  });

  it("the config's server wins over the embedded one; without one, the embedded servers are kept", () => {
    const { document } = normalise([readPage("mineskin.html")], { ...API, server: "http://127.0.0.1:4010" });
    expect(document.servers).toEqual([{ url: "http://127.0.0.1:4010" }]);
  });

  it("an expanded render that agrees with its spec reports no disagreement", () => {
    for (const name of ["mineskin.expanded.html", "openapi-space.expanded.html", "slideroom.expanded.html"]) {
      const result = normalise([readPage(name)]);
      expect(result.report.conflicts, name).toEqual([]);
      expect(codes(result), name).toContain("embedded-spec-agrees");
    }
  });

  it("the default render's hidden responses are said to come from the embedded spec", () => {
    const result = normalise([readPage("mineskin.html")]);
    const hidden = result.report.inferences.find((e) => e.code === "embedded-spec-hidden");
    expect(hidden?.message).toMatch(
      /keeps 18 response schema\(s\) and \d+ nested field\(s\) closed .*taken from the embedded spec/,
    );
    expect(result.report.conflicts).toEqual([]);
  });

  it("Redoc 3 (no operation in the HTML): every operation from the embedded spec, and said so", () => {
    const result = normalise([readPage("mineskin.redoc3.html")]);
    expect(result.report.counts.operations).toBe(9);
    expect(result.report.inferences.find((e) => e.code === "embedded-spec-only")?.message).toMatch(
      /shows no operation .*every operation comes from the embedded spec/,
    );
  });
});

describe("where the visible content and the embedded spec disagree", () => {
  // A copy of the expanded render whose embedded state lost the `sort` query parameter of GET /apis
  // (the first of two identical definitions in the state) and the `email` property of Registration.
  const sortParameter =
    '{"description":"sort criteria or result set\\n* NAME -\\n* UPATED\\n* CREATED\\n* OWNER\\n","in":"query","name":"sort","required":false,"schema":{"type":"string","enum":["NAME","UPDATED","CREATED","OWNER"],"default":"NAME"}},';
  const emailProperty = '"properties":{"email":{"type":"string"}},"required":["email"],';
  const source = html("openapi-space.expanded.html");

  it("the fixture holds what this test removes", () => {
    expect(source.split(sortParameter)).toHaveLength(3);
    expect(source.split(emailProperty)).toHaveLength(2);
  });

  const edited = source.replace(sortParameter, "").replace(emailProperty, '"properties":{},');
  const result = normalise([readPage("openapi-space.expanded.html", edited)]);

  it("keeps the embedded spec and reports each thing the page shows that the spec lacks", () => {
    const conflicts = result.report.conflicts.map((e) => `${e.source.replace(/^.*\//, "")} ${e.message}`);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^openapi-space\.expanded\.html:\d+ GET \/apis: the page shows query parameter sort, the embedded spec has no such parameter \(the spec embedded at .*:636 is kept\)$/,
        ),
        expect.stringMatching(
          /^openapi-space\.expanded\.html:\d+ the page shows field POST \/auth\/register body\.email, the embedded spec has no such property/,
        ),
      ]),
    );
    // The Registration schema also describes the 200 response of POST /auth/ping: reported there too.
    expect(conflicts).toContainEqual(
      expect.stringMatching(
        /the page shows field POST \/auth\/ping 200\.email, the embedded spec has no such property/,
      ),
    );
    expect(result.report.conflicts).toHaveLength(3);
    const parameters = (result.document.paths["/apis"]!.get as { parameters: { name: string }[] }).parameters.map(
      (p) => p.name,
    );
    expect(parameters).not.toContain("sort");
  });

  it("reports what the spec has and the page does not, and a different required flag", () => {
    const withExtra = source
      .replace(
        '"/auth/logout":{"post":{',
        '"/auth/unseen":{"get":{"responses":{"200":{"description":"ok"}}}},"/auth/logout":{"post":{',
      )
      .replace(
        '{"description":"API owner identifier","in":"path","name":"owner","required":true',
        '{"description":"API owner identifier","in":"path","name":"owner","required":false',
      );
    const messages = normalise([readPage("openapi-space.expanded.html", withExtra)]).report.conflicts.map(
      (e) => e.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the embedded spec has operation GET \/auth\/unseen, the page does not show it/),
        expect.stringMatching(/path parameter owner is required on the page, optional in the embedded spec/),
      ]),
    );
  });
});

describe("when the embedded spec is not taken", () => {
  const swagger2 = {
    swagger: "2.0",
    info: { title: "Pets", version: "1.0" },
    paths: { "/pets": { get: { responses: { 200: { description: "ok" } } } } },
  };

  it("a Swagger 2 embedded document: the visible content is read instead, and the report says why", () => {
    const text = html("mineskin.expanded.html");
    const start = text.indexOf('"spec":{"data":') + '"spec":{"data":'.length;
    const end = text.indexOf(',"searchIndex"');
    const page = readPage(
      "mineskin.expanded.html",
      `${text.slice(0, start)}${JSON.stringify(swagger2)}}${text.slice(end)}`,
    );
    expect(page.embeddedSpec?.document.swagger).toBe("2.0");
    const result = normalise([page]);
    expect(result.report.warnings.find((e) => e.code === "embedded-spec-not-openapi3")?.message).toMatch(
      /is Swagger 2\.0: only OpenAPI 3 embedded specs are taken exactly; the API is read from the visible content/,
    );
    expect(result.document.openapi).toBe("3.1.0");
    expect(Object.keys(result.document.paths).sort()).toEqual(Object.keys(original("mineskin").paths as object).sort());
  });

  it("pages of which only some embed a spec: the visible content of all, and the report says why", () => {
    const withSpec = readPage("openapi-space.expanded.html");
    const without: DocPage = { ...readPage("mineskin.expanded.html") };
    delete without.embeddedSpec;
    const result = normalise([withSpec, without]);
    expect(codes(result)).toContain("embedded-spec-partial");
    expect(codes(result)).not.toContain("embedded-spec");
    expect(result.report.counts.operations).toBe(24);
  });
});
