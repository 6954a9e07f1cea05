import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import { decideMethod } from "../../../src/normalise/method-evidence.js";
import { pickReader, readPageText } from "../../../src/scrape/index.js";
import { findSpecSource } from "../../../src/scrape/scalar-html/configuration.js";

const DIR = "test/fixtures/generators/scalar";

function fixture(name: string): { file: string; text: string } {
  const file = path.join(DIR, name);
  return { file, text: readFileSync(file, "utf8") };
}

function specOf(api: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, `${api}.openapi.json`), "utf8")) as Record<string, unknown>;
}

/** "get /path" of every operation of a spec. */
function operationKeys(spec: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const [p, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options"])
      if (item[method]) keys.push(`${method} ${p}`);
  }
  return keys.sort();
}

function errorOf(run: () => unknown): DocsInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocsInputError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("scalar-html: server-side rendered pages (@scalar/server-side-rendering)", () => {
  it.each(["rbaskets", "exoapi"])("%s: carries its spec exactly, where the configuration script is", (api) => {
    const { file, text } = fixture(`${api}.html`);
    const page = readPageText(text, file);
    expect(page.dialect).toBe("scalar-html");
    expect(page.embeddedSpec?.document).toEqual(specOf(api));
    expect(page.embeddedSpec?.generator).toBe("scalar");
    const line = page.embeddedSpec!.source.line;
    expect(text.split("\n")[line - 1]).toContain("Scalar.createApiReference(");
  });

  it.each(["rbaskets", "exoapi"])(
    "%s: shows every operation's method and path (the visible content), none invented",
    (api) => {
      const { file, text } = fixture(`${api}.html`);
      const page = readPageText(text, file);
      expect(page.operations.map((op) => `${decideMethod(op.methodEvidence)} ${op.url}`).sort()).toEqual(
        operationKeys(specOf(api)),
      );
    },
  );

  it("reads the expanded operation's title and parameters as the page shows them", () => {
    const { file, text } = fixture("exoapi.html");
    const spec = specOf("exoapi") as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>>;
    };
    const page = readPageText(text, file);
    const expanded = page.operations.filter((op) => op.responses.length > 0);
    expect(expanded.length).toBeGreaterThan(0);
    for (const op of expanded) {
      const documented = spec.paths[op.url]![decideMethod(op.methodEvidence)!]!.parameters ?? [];
      expect(op.parameters.map((p) => [p.in, p.name, p.required])).toEqual(
        documented.map((p) => [p.in, p.name, p.required === true]),
      );
    }
  });
});

describe("scalar-html: the expanded operation's request body", () => {
  it("lists the body's top-level fields as the page shows them, with required flags from the spec's schema", () => {
    const { file, text } = fixture("exoapi.html");
    const spec = specOf("exoapi") as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties: object; required?: string[] } }> } }
        >
      >;
    };
    const page = readPageText(text, file);
    const withBody = page.operations.filter((op) => op.body);
    expect(withBody.length).toBeGreaterThan(0);
    for (const op of withBody) {
      const schema =
        spec.paths[op.url]![decideMethod(op.methodEvidence)!]!.requestBody!.content["application/json"]!.schema;
      expect(op.body!.fields.map((f) => f.name).sort()).toEqual(Object.keys(schema.properties).sort());
      expect(
        op
          .body!.fields.filter((f) => f.required)
          .map((f) => f.name)
          .sort(),
      ).toEqual([...(schema.required ?? [])].sort());
    }
  });
});

describe("scalar-html: client-side template (@scalar/client-side-rendering)", () => {
  it("a page whose configuration carries the spec: the spec, and nothing visible (said in a diagnostic)", () => {
    const { file, text } = fixture("exoapi.cdn.html");
    const page = readPageText(text, file);
    expect(page.embeddedSpec?.document).toEqual(specOf("exoapi"));
    expect(page.operations).toEqual([]);
    expect(page.diagnostics.map((d) => d.code)).toEqual(["nothing-visible"]);
  });

  it("a page that only points at a spec URL: a clear error naming file, line and URL (exit 1), never an empty API", () => {
    const { file, text } = fixture("url-only.cdn.html");
    const error = errorOf(() => readPageText(text, file));
    const line = text.split("\n").findIndex((l) => l.includes("createApiReference")) + 1;
    expect(error.diagnostics[0]).toMatchObject({ code: "javascript-rendered-page", source: { file, line } });
    expect(error.message).toContain(
      'rendered by JavaScript (Scalar\'s API reference loader) and the page embeds no spec: its configuration points at "/openapi.json"',
    );
  });
});

describe("findSpecSource: the other configuration shapes", () => {
  const spec = { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {} };

  it.each([
    [
      "an api-reference script with the spec as its body",
      `<html><body>\n<script id="api-reference" type="application/json">${JSON.stringify(spec)}</script>\n</body></html>`,
    ],
    [
      "a YAML spec as its body",
      `<html><body>\n<script id="api-reference" type="application/yaml">openapi: 3.1.0\ninfo:\n  title: T\n  version: "1"\npaths: {}\n</script></html>`,
    ],
    [
      "a data-configuration attribute with content",
      `<html><body>\n<script id="api-reference" data-configuration="${JSON.stringify({ content: spec }).replace(/"/g, "&quot;")}"></script></html>`,
    ],
    [
      "sources with content",
      `<html>\n<script>Scalar.createApiReference('#app', ${JSON.stringify({ sources: [{ content: JSON.stringify(spec) }] })})</script></html>`,
    ],
  ])("%s", (_, html) => {
    expect(findSpecSource(html, "page.html")).toMatchObject({ kind: "inline", document: spec, line: 2 });
  });

  it("a data-url only: the URL", () => {
    expect(
      findSpecSource(
        '<html>\n<script id="api-reference" data-url="https://x.test/openapi.yaml"></script></html>',
        "p.html",
      ),
    ).toEqual({
      kind: "url",
      url: "https://x.test/openapi.yaml",
      line: 2,
    });
  });

  it("a configuration that is not JSON or never closes is a clear error at its line", () => {
    expect(
      errorOf(() =>
        findSpecSource("<html>\n<script>Scalar.createApiReference('#app', { content: notJson })</script>", "p.html"),
      ).message,
    ).toMatch(/^p\.html:2: Scalar configuration is not JSON/);
    expect(
      errorOf(() => findSpecSource("<html>\n<script>Scalar.createApiReference('#app', { \"content\": {", "p.html"))
        .message,
    ).toBe("p.html:2: Scalar configuration object is not closed");
  });

  it("is picked by content, before the other HTML readers", () => {
    expect(pickReader(fixture("rbaskets.html").text, "x.html").dialect).toBe("scalar-html");
    expect(pickReader(fixture("rbaskets.md").text, "x.md").dialect).toBe("scalar-markdown");
  });
});
