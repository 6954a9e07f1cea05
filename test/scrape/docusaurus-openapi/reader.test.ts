import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import { parseTypeCell } from "../../../src/normalise/doc-types.js";
import type { DocPage } from "../../../src/model/types.js";
import { readDocusaurusOpenApi } from "../../../src/scrape/docusaurus-openapi/index.js";
import { pickReader, readPageText } from "../../../src/scrape/index.js";
import { togglHtmlReader } from "../../../src/scrape/toggl-html/index.js";
import { methodOf } from "../method-of.js";
import { loadSpec, specOperations } from "../spec-operations.js";

const FIXTURES = "test/fixtures/generators/docusaurus-openapi-docs";
const APIS = ["1password-events", "nexmo-application", "walmart-item"];

function pages(api: string, extension: string): { file: string; page: DocPage }[] {
  const dir = path.join(FIXTURES, api);
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      return { file, page: readPageText(readFileSync(file, "utf8"), file) };
    });
}

/** "GET /x/{id}"; the built pages show path parameters as `:id` (the theme's endpoint line). */
const key = (method: string, url: string) => `${method.toUpperCase()} ${url.replace(/:(\w+)/g, "{$1}")}`;

describe.each(APIS)("docusaurus-plugin-openapi-docs MDX of %s", (api) => {
  const spec = loadSpec(path.join(FIXTURES, `${api}.openapi.json`));
  const expected = specOperations(spec);
  const read = pages(api, ".api.mdx");

  it("is picked by this reader, one operation per page, every operation of the spec and no other", () => {
    for (const { page } of read) {
      expect(page.dialect).toBe("docusaurus-openapi");
      expect(page.operations).toHaveLength(1);
    }
    const found = read.map(({ page }) => key(methodOf(page.operations[0]!)!, page.operations[0]!.url)).sort();
    expect(found).toEqual(expected.map((op) => key(op.method, op.path)).sort());
  });

  it("sets the embedded spec from the front matter: the page's own method and path, its parameters and statuses", () => {
    for (const { page } of read) {
      const embedded = page.embeddedSpec;
      expect(embedded?.generator).toBe("docusaurus-plugin-openapi-docs");
      const paths = embedded!.document.paths as Record<string, Record<string, Record<string, unknown>>>;
      const [[pathKey, item]] = Object.entries(paths) as [[string, Record<string, Record<string, unknown>>]];
      const [[method, operation]] = Object.entries(item) as [[string, Record<string, unknown>]];
      const original = expected.find((op) => op.method === method && op.path === pathKey)!;
      expect(original).toBeDefined();
      const params = ((operation.parameters ?? []) as { in: string; name: string; required?: boolean }[])
        .map((p) => `${p.in}:${p.name}:${p.required === true}`)
        .sort();
      expect(params).toEqual(original.parameters.map((p) => `${p.in}:${p.name}:${p.required}`).sort());
      expect(Object.keys(operation.responses as object).sort()).toEqual([...original.statuses].sort());
      expect(operation.requestBody !== undefined).toBe(original.hasBody);
      // What the plugin adds for its own pages is not part of the operation.
      for (const extra of ["method", "path", "postman", "securitySchemes", "info", "jsonRequestBodyExample"])
        expect(operation).not.toHaveProperty(extra);
    }
  });

  it("reads the visible parameters (ParamsDetails): every one with its location, required flag, type and enum", () => {
    for (const { page } of read) {
      const operation = page.operations[0]!;
      const original = expected.find((op) => key(op.method, op.path) === key(methodOf(operation)!, operation.url))!;
      expect(operation.parameters.map((p) => `${p.in}:${p.name}:${p.required}`).sort()).toEqual(
        original.parameters.map((p) => `${p.in}:${p.name}:${p.required}`).sort(),
      );
      for (const p of operation.parameters) {
        const schema = original.parameters.find((o) => o.in === p.in && o.name === p.name)!.schema;
        const read = parseTypeCell(p.type);
        expect(read.understood).toBe(true);
        if (typeof schema.type === "string") expect(read.schema.type).toBe(schema.type);
        if (Array.isArray(schema.enum)) expect(read.schema.enum).toEqual(schema.enum);
      }
    }
  });

  it("reads the visible statuses (StatusCodes) and the body (RequestSchema) where the spec has one", () => {
    for (const { page } of read) {
      const operation = page.operations[0]!;
      const original = expected.find((op) => key(op.method, op.path) === key(methodOf(operation)!, operation.url))!;
      expect(operation.responses.map((r) => r.status).sort()).toEqual([...original.statuses].sort());
      expect(operation.body !== undefined).toBe(original.hasBody);
      expect(page.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    }
  });
});

describe.each(APIS)("docusaurus build of %s (static HTML)", (api) => {
  const expected = specOperations(loadSpec(path.join(FIXTURES, `${api}.openapi.json`)));
  const built = pages(api, ".html");

  it("is not claimed by the Toggl HTML reader (same Docusaurus article class) but by this one", () => {
    expect(built.length).toBe(expected.length);
    for (const { file } of built) {
      const text = readFileSync(file, "utf8");
      expect(text).toContain("theme-doc-markdown");
      expect(togglHtmlReader.detect(text, file)).toBe(false);
      expect(pickReader(text, file).dialect).toBe("docusaurus-openapi");
    }
  });

  it("reads method, path and statuses, and says that the schemas are drawn by JavaScript and not on the page", () => {
    const found = built.map(({ page }) => {
      expect(page.operations).toHaveLength(1);
      expect(page.embeddedSpec).toBeUndefined();
      expect(page.diagnostics.map((d) => d.code)).toContain("rendered-by-javascript");
      const operation = page.operations[0]!;
      const original = expected.find((op) => key(op.method, op.path) === key(methodOf(operation)!, operation.url))!;
      expect(operation.responses.map((r) => r.status).sort()).toEqual([...original.statuses].sort());
      return key(methodOf(operation)!, operation.url);
    });
    expect(found.sort()).toEqual(expected.map((op) => key(op.method, op.path)).sort());
  });
});

describe("front matter and bad input", () => {
  const mdx = (api: string) => `---
id: x
title: "List things"
api: ${api}
---

import MethodEndpoint from "@theme/ApiExplorer/MethodEndpoint";
import ParamsDetails from "@theme/ParamsDetails";

<Heading
  as={"h1"}
  className={"openapi__heading"}
  children={"List things"}
>
</Heading>

<MethodEndpoint
  method={"get"}
  path={"/things"}
  context={"endpoint"}
>
</MethodEndpoint>

<ParamsDetails
  parameters={[{"name":"limit","in":"query","schema":{"type":"integer","format":"int32","enum":[10,20]}}]}
>
</ParamsDetails>
`;
  const api = {
    method: "get",
    path: "/things",
    parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
    responses: { "200": { description: "OK" } },
    info: { title: "T", version: "1" },
    postman: {},
  };

  it("decodes the api entry whether deflated + base64 (the default) or plain JSON (disableCompression)", () => {
    for (const entry of [deflateSync(JSON.stringify(api)).toString("base64"), JSON.stringify(api)]) {
      const page = readDocusaurusOpenApi(mdx(entry), "things.api.mdx");
      expect(page.embeddedSpec?.source).toEqual({ file: "things.api.mdx", line: 4 });
      expect(page.embeddedSpec?.document).toEqual({
        openapi: "3.0.3",
        info: { title: "T", version: "1" },
        paths: { "/things": { get: { parameters: api.parameters, responses: api.responses } } },
      });
      const [operation] = page.operations;
      expect(operation?.parameters).toEqual([
        expect.objectContaining({
          name: "limit",
          in: "query",
          type: "integer<int32>",
          required: false,
          description: "Possible values: `10`, `20`.",
        }),
      ]);
    }
  });

  it("an unreadable api entry is bad input naming the file and line", () => {
    const error = (() => {
      try {
        readDocusaurusOpenApi(mdx("not-base64-of-anything!!"), "things.api.mdx");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DocsInputError);
    expect((error as DocsInputError).diagnostics[0]).toMatchObject({
      code: "embedded-spec-unreadable",
      source: { file: "things.api.mdx", line: 4 },
    });
  });

  it("props the plugin moved to a JSON file beside the page are named in a warning; the front matter still gives the spec", () => {
    const external = mdx(JSON.stringify(api)).replace(
      /<ParamsDetails\n[^\n]*\n>/,
      '<ParamsDetails\n  {...require("./things.ParamsDetails.json")}\n>',
    );
    const page = readDocusaurusOpenApi(external, "things.api.mdx");
    const line = external.split("\n").indexOf("<ParamsDetails") + 1;
    expect(page.diagnostics).toContainEqual(
      expect.objectContaining({ code: "mdx-props-external", source: { file: "things.api.mdx", line } }),
    );
    expect(page.operations[0]?.parameters).toEqual([]);
    expect(page.embeddedSpec).toBeDefined();
  });

  it("the API's built introduction page (a theme title, no endpoint) is this dialect's, read as a page without operations", () => {
    // The markup of a built `<api>.info.mdx` page, cut down: the title and the description.
    const html =
      '<!doctype html><html><body><div class="theme-doc-markdown markdown"><header><h1 class="openapi__heading">Events API</h1></header><p>1Password Events API Specification.</p></div></body></html>';
    expect(togglHtmlReader.detect(html, "intro.html")).toBe(false);
    expect(readPageText(html, "intro.html")).toMatchObject({
      dialect: "docusaurus-openapi",
      title: "Events API",
      operations: [],
    });
  });

  it("a built page whose HTML has no endpoint line is an error saying it is rendered by JavaScript", () => {
    const html =
      '<!doctype html><html><body><div class="theme-doc-markdown markdown"><div class="row theme-api-markdown"><div class="openapi-skeleton lg"></div></div></div></body></html>';
    expect(pickReader(html, "x.html").dialect).toBe("docusaurus-openapi");
    expect(() => readPageText(html, "x.html")).toThrow(/rendered by JavaScript/);
  });
});

describe("an operation whose front matter is large (a big API's deflated operation)", () => {
  it("is still recognised by the imports after the front matter", () => {
    const file = `${FIXTURES}/1password-events/get-audit-events.api.mdx`;
    const text = readFileSync(file, "utf8");
    // Past the first 64 KiB, where the theme's imports used to be looked for.
    const padded = text.replace(/^(---\r?\n)/, `$1x-padding: "${"A".repeat(200_000)}"\n`);
    expect(pickReader(padded, file).dialect).toBe("docusaurus-openapi");
    expect(readPageText(padded, file).operations).toHaveLength(1);
  });
});

describe("a webhook page (its api entry names an event, no path)", () => {
  it("reads as a page without operations, with a warning, not as a broken operation page", () => {
    const api = deflateSync(
      JSON.stringify({ method: "post", description: "Activity created", responses: {} }),
    ).toString("base64");
    const text = `---\nid: activity-created\ntitle: "Activity created"\napi: ${api}\n---\n\nimport ApiLogo from "@theme/ApiLogo";\nimport StatusCodes from "@theme/StatusCodes";\n\nActivity created\n`;
    const page = readDocusaurusOpenApi(text, "activity-created.api.mdx");
    expect(page.operations).toEqual([]);
    expect(page.diagnostics.map((d) => d.code)).toContain("embedded-spec-incomplete");
  });
});
