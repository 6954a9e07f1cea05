/**
 * The committed specs must pass every validator other toolchains rely on: @readme/openapi-parser,
 * Redocly (recommended rules), Spectral (spectral:oas) and the official OpenAPI JSON Schema.
 * Errors fail the test; warnings are allowed but printed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { validate, compileErrors } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";

const config = JSON.parse(readFileSync("docs2client.config.json", "utf8")) as { apis: { name: string }[] };
const specs = config.apis.flatMap((a) => [`spec/${a.name}.openapi.json`, `spec/${a.name}.openapi-3.0.json`]);
const bin = (name: string) => `node_modules/.bin/${name}`;

describe.each(specs)("%s", (spec) => {
  it("passes @readme/openapi-parser validate()", async () => {
    const result = await validate(JSON.parse(readFileSync(spec, "utf8")));
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("passes Redocly lint (recommended) with 0 errors", () => {
    const run = spawnSync(bin("redocly"), ["lint", spec, "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string }[];
    };
    const errors = report.problems.filter((p) => p.severity === "error");
    expect(errors.map((e) => `${e.ruleId}: ${e.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it("passes Spectral spectral:oas with 0 errors", () => {
    const run = spawnSync(bin("spectral"), ["lint", spec, "--format", "json", "--ruleset", ".spectral.yaml", "--fail-severity", "error"], {
      encoding: "utf8",
    });
    const results = JSON.parse(run.stdout.slice(run.stdout.indexOf("["))) as { code: string; message: string; severity: number; path: string[] }[];
    const errors = results.filter((r) => r.severity === 0);
    expect(errors.map((e) => `${e.code} at ${e.path.join(".")}: ${e.message}`)).toEqual([]);
  });

  const python = "/usr/bin/python3";
  const haveSchemaTools =
    existsSync(python) && spawnSync(python, ["-c", "import jsonschema"]).status === 0 && existsSync("scripts/validate-jsonschema.py");
  it("passes the official OpenAPI JSON Schema (python jsonschema)", (ctx) => {
    if (!haveSchemaTools) ctx.skip("python3 with jsonschema, or scripts/validate-jsonschema.py, is absent (bash scripts/install-ci-deps.sh)");
    const out = execFileSync(python, ["scripts/validate-jsonschema.py", spec], { encoding: "utf8" });
    expect(out).toMatch(/^ok /m);
  });
});
