/**
 * Golden tests, one per captured page: the page extracted on its own must match its golden spec in
 * test/golden/. A change in what a reader or the normaliser makes of a page shows up here as a
 * reviewable diff; refresh the files deliberately with `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkProjectConfig } from "../../src/pipeline/config.js";
import { extractApi } from "../../src/pipeline/extract.js";
import { specToJson } from "../../src/pipeline/spec-files.js";

// Through the config check: an API's named profile is resolved as `build` resolves it.
const config = checkProjectConfig(JSON.parse(readFileSync("docs2client.config.json", "utf8")));
const fixtures = config.apis.flatMap((api) => api.sources.map((source) => ({ api, source })));

describe.each(fixtures)("$source", ({ api, source }) => {
  it("extracts to its golden spec", async () => {
    const { document, report } = await extractApi([source], { ...api, sources: [source] });
    const golden = path.join(
      "test/golden",
      `${path.basename(path.dirname(source))}-${path.basename(source)}.openapi.json`,
    );
    const actual = specToJson({ document, counts: report.counts });
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
    expect(actual).toBe(readFileSync(golden, "utf8"));
  });
});
