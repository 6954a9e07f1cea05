/** Shared by the generator tests: generate a fixture into .tmp and type-check it with the real compiler. */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { afterAll } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { resolveMethodNames } from "../../src/generate/method-names.js";
import { planClient, type ClientPlan, type PlanOptions } from "../../src/generate/plan.js";
import { readSpec } from "../../src/generate/spec.js";
import { generateClient, writeGeneratedFiles, type GenerateOptions } from "../../src/generate/index.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
mkdirSync(path.join(repoRoot, ".tmp"), { recursive: true });
/** This test file's own folder (mkdtemp: never shared with another file or a parallel run), inside the repo so relative runtime imports work. */
export const tmpRoot = mkdtempSync(path.join(repoRoot, ".tmp", "generate-tests-"));
afterAll(() => rm(tmpRoot, { recursive: true, force: true }));

export function loadFixture(name: string): object {
  return JSON.parse(readFileSync(path.join(repoRoot, "test/generate/fixtures", `${name}.json`), "utf8")) as object;
}

/** Generates `document` into `<tmpRoot>/<dirName>`, importing the repo's runtime by a relative path. */
export async function generateInto(
  dirName: string,
  document: object,
  options: Partial<GenerateOptions> = {},
): Promise<string> {
  const outDir = path.join(tmpRoot, dirName);
  await rm(outDir, { recursive: true, force: true });
  const runtimeImport = path.relative(outDir, path.join(repoRoot, "src/runtime/index.js")).split(path.sep).join("/");
  const files = await generateClient(document, {
    apiName: dirName,
    className: "TestApi",
    runtimeImport,
    command: "npm run generate",
    specPath: `${dirName}.json`,
    ...options,
  });
  await writeGeneratedFiles(outDir, files);
  return outDir;
}

/** Type-checks the given files (strict, NodeNext) and returns diagnostics per file, as text. */
export function typeCheck(files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    skipLibCheck: true,
    verbatimModuleSyntax: true,
  });
  const byFile = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "(global)";
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

/** The generator's plan of a fixture, named as the generator names it. */
export function planFixture(name: string, className: string, options: PlanOptions = {}): ClientPlan {
  const document = loadFixture(name);
  return planClient(readSpec(document, `${name}.json`), className, resolveMethodNames(document), options);
}
