import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiConfig } from "../../../src/config/types.js";
import { normaliseApi } from "../../../src/normalise/index.js";
import { readPageText } from "../../../src/scrape/index.js";

/**
 * A Scalar page through the normaliser: the API is the spec its configuration carries, and the
 * operations the server-side render only lists (method and path, details closed) are hidden, not
 * disagreements; the one it shows expanded is compared and agrees.
 */
const DIR = "test/fixtures/generators/scalar";
const API: ApiConfig = {
  name: "fixture",
  title: "Fixture API",
  version: "1",
  clientClass: "Fixture",
  auth: [],
  sources: [],
};

function stripOurs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripOurs);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "x-source" && key !== "x-method-name")
      .map(([key, v]) => [key, stripOurs(v)]),
  );
}

describe.each(["rbaskets", "exoapi"])("scalar-html %s through the normaliser", (api) => {
  const file = path.join(DIR, `${api}.html`);
  const page = readPageText(readFileSync(file, "utf8"), file);
  const spec = JSON.parse(readFileSync(path.join(DIR, `${api}.openapi.json`), "utf8")) as Record<string, unknown>;
  const { document, report } = normaliseApi([page], API);

  it("gives the embedded spec's paths exactly", () => {
    expect(stripOurs(document.paths)).toEqual(spec.paths);
  });

  it("reports the collapsed operations as hidden, and no disagreement", () => {
    const collapsed = page.operations.filter((op) => op.collapsed).length;
    expect(collapsed).toBeGreaterThan(0);
    expect(report.conflicts).toEqual([]);
    const said = report.inferences.find((e) => e.code === "embedded-spec-collapsed");
    expect(said?.message).toContain(`lists ${collapsed} operation(s) by method and path only`);
  });
});
