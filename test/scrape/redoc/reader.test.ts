/**
 * The Redoc reader on real renders (test/fixtures/generators/redoc, see its README): the lexer's
 * blocks, the operations the assembler builds from them, the embedded spec, and the pages it must
 * refuse.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import type { DocField, DocOperation } from "../../../src/model/types.js";
import { pickReader, readPageText } from "../../../src/scrape/index.js";
import { FIELD_TABLE_HEADER, redocBlocks } from "../../../src/scrape/redoc/blocks.js";
import { redocReader } from "../../../src/scrape/redoc/index.js";
import { REDOC_ROLES } from "../../../src/scrape/redoc/roles.js";
import { parseHtml } from "../../../src/scrape/common/dom.js";
import { methodOf } from "../method-of.js";

const DIR = "test/fixtures/generators/redoc";
const page = (name: string) => readFileSync(`${DIR}/${name}`, "utf8");
const spec = (api: string) =>
  JSON.parse(readFileSync(`${DIR}/${api}.openapi.json`, "utf8")) as { paths: Record<string, Record<string, unknown>> };
const read = (name: string) => readPageText(page(name), `${DIR}/${name}`);

function specOperations(api: string): string[] {
  return Object.entries(spec(api).paths)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ["get", "put", "post", "delete", "patch", "head", "options"].includes(m))
        .map((m) => `${m} ${path}`),
    )
    .sort();
}

function field(fields: readonly DocField[] | undefined, name: string): DocField {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${fields?.map((f) => f.name).join(", ")}`);
  return found;
}

function operation(ops: readonly DocOperation[], method: string, url: string): DocOperation {
  const found = ops.find((op) => methodOf(op) === method && op.url === url);
  if (!found) throw new Error(`no ${method} ${url}`);
  return found;
}

describe("detection", () => {
  it.each([
    "mineskin.html",
    "mineskin.expanded.html",
    "mineskin.redoc3.html",
    "openapi-space.html",
    "slideroom.expanded.html",
  ])("claims %s", (name) => {
    expect(pickReader(page(name), name).dialect).toBe("redoc");
  });

  it("does not claim a Toggl page, nor the standalone shell (which has no spec)", () => {
    expect(
      redocReader.detect(readFileSync("spec/sources/toggl-track-v9/html/api-clients.html", "utf8"), "clients.html"),
    ).toBe(false);
    expect(redocReader.detect(page("standalone-shell.html"), "standalone-shell.html")).toBe(false);
  });

  it("refuses a page drawn only by JavaScript, naming the file and saying why", () => {
    const file = `${DIR}/standalone-shell.html`;
    let error: unknown;
    try {
      readPageText(page("standalone-shell.html"), file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocsInputError);
    expect((error as DocsInputError).diagnostics[0]?.code).toBe("javascript-rendered-page");
    expect((error as Error).message).toMatch(
      new RegExp(`^${file}:1: .*rendered by JavaScript \\(Redoc's standalone bundle.*embeds no spec`),
    );
  });

  it("refuses other JavaScript shells the same way (Swagger UI, Scalar's loader)", () => {
    const swaggerUi = `<!DOCTYPE html><html><body><div id="swagger-ui"></div><script>SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" })</script></body></html>`;
    const scalar = `<!doctype html><html><body><script id="api-reference" data-url="/openapi.json"></script><script src="x.js"></script></body></html>`;
    expect(() => readPageText(swaggerUi, "ui.html")).toThrow(/ui\.html:1: .*rendered by JavaScript \(Swagger UI/);
    expect(() => readPageText(scalar, "scalar.html")).toThrow(/scalar\.html:1: .*rendered by JavaScript \(Scalar/);
  });
});

describe("the lexer's blocks (mineskin, expanded render)", () => {
  const { blocks } = redocBlocks(parseHtml(page("mineskin.expanded.html")));

  it("puts the endpoint as a METHOD /path line right under each operation heading", () => {
    const headings = blocks.flatMap((b, i) =>
      b.kind === "heading" && b.level === 2 ? [[b, blocks[i + 1]] as const] : [],
    );
    expect(headings).toHaveLength(9);
    for (const [heading, next] of headings) {
      expect(REDOC_ROLES.heading(heading.text, 2).role).toBe("operation");
      expect(next?.kind).toBe("code");
      expect(next?.kind === "code" && next.text).toMatch(/^(GET|POST) \/\S+$/);
    }
  });

  it("names the parameter groups, the body and each status as Redoc does", () => {
    const texts = blocks
      .filter((b) => b.kind === "heading" && b.level > 2)
      .map((b) => (b.kind === "heading" ? b.text : ""));
    expect(texts).toContain("header Parameters");
    expect(texts).toContain("path Parameters");
    expect(texts).toContain("Request Body schema: application/x-www-form-urlencoded");
    expect(texts).toContain("Responses");
    expect(texts.some((t) => /^200 Successfully generated skin info$/.test(t))).toBe(true);
    expect(REDOC_ROLES.heading("Request Body schema: application/json", 5)).toEqual({ role: "body" });
    expect(REDOC_ROLES.heading("query Parameters", 5)).toEqual({ role: "parameter-group", location: "query" });
  });

  it("flattens nested tables into rows with depths, under Redoc's four cells", () => {
    const tables = blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(tables.every((t) => t.header?.cells.join() === FIELD_TABLE_HEADER.join())).toBe(true);
    const deep = tables.flatMap((t) => t.rows).filter((r) => (r.depth ?? 0) >= 2);
    expect(deep.map((r) => r.cells[0])).toContain("url");
    const variant = tables.flatMap((t) => t.rows).find((r) => r.cells[0] === "variant");
    expect(variant?.cells.slice(1)).toEqual([
      "string",
      "",
      'Skin variant - automatically determined based on the image if not specified. Enum: "classic", "slim".',
    ]);
  });
});

describe("operations read from the visible content", () => {
  it.each([
    ["mineskin", "mineskin.expanded.html"],
    ["openapi-space", "openapi-space.expanded.html"],
    ["slideroom", "slideroom.expanded.html"],
    ["mineskin", "mineskin.html"],
    ["openapi-space", "openapi-space.html"],
  ])("%s (%s): every operation of the spec, and no other", (api, name) => {
    const ops = read(name).operations;
    expect(ops.map((op) => `${methodOf(op)} ${op.url}`).sort()).toEqual(specOperations(api));
  });

  it("reads parameters, required marks, enums and nested response fields of the expanded render", () => {
    const ops = read("mineskin.expanded.html").operations;
    const upload = operation(ops, "post", "/generate/upload");
    expect(upload.parameters).toEqual([
      expect.objectContaining({ name: "User-Agent", in: "header", type: "string", required: true }),
    ]);
    expect(field(upload.body?.fields, "visibility")).toMatchObject({
      type: "integer",
      required: false,
      description: expect.stringContaining("Enum: 0, 1."),
    });
    expect(field(upload.body?.fields, "file").type).toBe("string <binary>");
    const ok = upload.responses.find((r) => r.status === "200");
    const data = field(ok?.fields, "data");
    expect(data).toMatchObject({ type: "object (SkinData)", required: true });
    expect(field(field(data.children, "texture").children, "url").type).toBe("string");
    expect(upload.responses.map((r) => r.status)).toEqual(["200", "400", "429", "500"]);
    const byId = operation(ops, "get", "/get/id/{id}");
    expect(byId.parameters.find((p) => p.in === "path")).toMatchObject({
      name: "id",
      type: "number <integer>",
      required: true,
    });
  });

  it("reads a top-level array response as one `items` row holding the items' fields", () => {
    const ops = read("openapi-space.expanded.html").operations;
    const list = operation(ops, "get", "/apis").responses.find((r) => r.status === "200");
    const items = field(list?.fields, "items");
    expect(items.type).toBe("Array of objects");
    expect(items.children?.map((f) => f.name)).toEqual(
      expect.arrayContaining(["created", "description", "name", "versions"]),
    );
  });

  it("the default render shows statuses without response fields and no nested fields", () => {
    const ops = read("mineskin.html").operations;
    const upload = operation(ops, "post", "/generate/upload");
    expect(upload.responses.map((r) => r.status)).toEqual(["200", "400", "429", "500"]);
    expect(upload.responses.every((r) => r.fields === undefined)).toBe(true);
  });

  it("Redoc 3's HTML shows no operation", () => {
    expect(read("mineskin.redoc3.html").operations).toEqual([]);
  });
});

describe("the embedded spec", () => {
  it.each([
    ["mineskin", "mineskin.html", 499],
    ["mineskin", "mineskin.expanded.html", 564],
    ["mineskin", "mineskin.redoc3.html", 512],
    ["openapi-space", "openapi-space.expanded.html", 636],
    ["slideroom", "slideroom.expanded.html", 466],
  ])("%s (%s) embeds exactly the spec it was rendered from, found at its line", (api, name, line) => {
    const embedded = read(name).embeddedSpec;
    expect(embedded?.generator).toBe("redoc");
    expect(embedded?.source).toEqual({ file: `${DIR}/${name}`, line });
    expect(embedded?.document).toEqual(spec(api));
  });

  it("a state that is not JSON, or holds no spec, is bad input at its line", () => {
    const broken = page("mineskin.html").replace('"spec":{"data":{"openapi"', '"spec":{"data":{openapi');
    expect(() => readPageText(broken, "broken.html")).toThrow(
      /^broken\.html:499: the value of __redoc_state is not JSON/,
    );
    const empty = page("mineskin.html").replace('"spec":{"data":{"openapi"', '"spec":{"nodata":{"openapi"');
    expect(() => readPageText(empty, "empty.html")).toThrow(
      /^empty\.html:499: __redoc_state\.spec\.data holds no OpenAPI or Swagger document/,
    );
  });
});
