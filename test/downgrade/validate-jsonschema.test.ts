import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { toOpenApi30 } from "../../src/downgrade/index.js";
import { richOpenApi31 } from "./fixture-31.js";

const PYTHON = "/usr/bin/python3";
const SCRIPT = join(import.meta.dirname, "../../scripts/validate-jsonschema.py");
// Debian's openapi-specification ships the 3.0 schema; its 3.1.0-1 package has none for 3.1, so
// the script falls back to the official 3.1 schema as shipped in @stoplight/spectral-rulesets.
const SCHEMA_30 = "/usr/share/openapi-specification/schemas/v3.0/schema.json";
const SCHEMA_31 = join(
  import.meta.dirname,
  "../../node_modules/@stoplight/spectral-rulesets/dist/oas/schemas/oas/v3.1/index.json",
);

const missing = [PYTHON, SCHEMA_30, SCHEMA_31].filter((path) => !existsSync(path));
const skipReason = `${missing.join(", ")} absent (apt-get install python3-jsonschema openapi-specification; npm ci)`;

const dir = mkdtempSync(join(tmpdir(), "validate-jsonschema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSpec(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
}

function runScript(
  files: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(PYTHON, [SCRIPT, ...files], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/validate-jsonschema.py", () => {
  // ctx.skip(reason): the reason shows in the normal test output (scripts/vitest-skip-reasons.ts).
  beforeEach((ctx) => {
    if (missing.length > 0) ctx.skip(skipReason);
  });
  it("accepts our 3.1 fixture and its downgraded 3.0 twin", () => {
    // The 3.1 schema in that package (2021-09-28) wrongly rejects a Path Item `$ref`, which the
    // 3.1.0 text allows (fixed in later schema versions), so that one path is left out here.
    const fixture = richOpenApi31() as Record<string, any>;
    delete fixture.paths["/shared"];
    const v31 = writeSpec("rich-31.json", fixture);
    const v30 = writeSpec("rich-30.json", toOpenApi30(richOpenApi31()).document);
    const result = runScript([v31, v30]);
    expect(result.stdout).toBe(`ok ${v31}\nok ${v30}\n`);
    expect(result.status).toBe(0);
  });

  it("rejects a 3.1 construct in a 3.0 document, naming the JSON path", () => {
    const doc = toOpenApi30(richOpenApi31()).document as Record<string, any>;
    doc.components.schemas.Client.properties.note.type = ["string", "null"];
    const bad = writeSpec("bad-30.json", doc);
    const result = runScript([bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${bad}: $.components.schemas.Client.properties.note.type: ['string', 'null'] is not of type 'string'`,
    );
  });

  it("rejects a 3.1 document missing required fields", () => {
    const bad = writeSpec("bad-31.json", { openapi: "3.1.0", info: { title: "t" }, paths: {} });
    const result = runScript([bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${bad}: $.info: 'version' is a required property`);
  });

  it("exits 2 naming the Debian package when a schema file is missing", () => {
    const spec = writeSpec("ok-30.json", { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {} });
    const result = runScript([spec], { DOCS2CLIENT_SCHEMA_DIRS: join(dir, "no-schemas-here") });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no OpenAPI 3.0 schema found");
    expect(result.stderr).toContain("Debian package openapi-specification");
  });
});
