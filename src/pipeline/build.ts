import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ApiConfig, PackageConfig, ProjectConfig } from "../config/types.js";
import { diffSpecs, renderDiffMarkdown } from "../diff/index.js";
import { toOpenApi30 } from "../downgrade/index.js";
import { staleGeneratedFiles as staleFilesIn } from "../generate/index.js";
import { generatePackage, type PackageApiInput } from "../generate/package.js";
import { DocsInputError } from "../model/errors.js";
import { renderReportMarkdown, type ExtractionReport } from "../normalise/report.js";
import { extractApi } from "./extract.js";
import { applyNamesTable, type NamesTableChanges } from "./names-table.js";
import { specToJson, specToYaml } from "./spec-files.js";
import type { OpenApiDocument } from "../openapi/types.js";

/** The command users run to regenerate; it appears in every generated file's header. */
export const BUILD_COMMAND = "npm run generate";

/** A file the build produces, with its path relative to the project root. */
export interface OutputFile {
  path: string;
  contents: string;
}

export interface ApiBuild {
  api: ApiConfig;
  document: OpenApiDocument;
  report: ExtractionReport;
  files: OutputFile[];
  /** What the build did to the API's names table (spec/<api>.names.json). */
  methodNames: NamesTableChanges;
}

export const specPath = (api: ApiConfig, suffix: string) => `spec/${api.name}.${suffix}`;
export const packageDir = (pkg: PackageConfig) => `generated/${pkg.name}`;

/** Everything one API's build writes, computed in memory (nothing touches the disk here). */
export async function buildApi(root: string, api: ApiConfig): Promise<ApiBuild> {
  const { document, report } = await extractApi(api.sources, api, root, api.context);
  // The normaliser builds a plain JSON document of its own narrower type; from here on it is an OpenAPI document.
  const doc = document as unknown as OpenApiDocument;
  // Method names are public API: the checked-in table decides them and is stamped into the spec (x-method-name).
  const names = await applyNamesTable(root, specPath(api, "names.json"), doc);
  const downgraded = toOpenApi30(doc);
  const files: OutputFile[] = [
    { path: specPath(api, "openapi.yaml"), contents: specToYaml(doc, BUILD_COMMAND) },
    { path: specPath(api, "openapi.json"), contents: specToJson(doc) },
    { path: specPath(api, "openapi-3.0.json"), contents: specToJson(downgraded.document) },
    { path: specPath(api, "report.json"), contents: specToJson(report) },
    { path: specPath(api, "report.md"), contents: renderReportMarkdown(report) },
    { path: specPath(api, "names.json"), contents: names.contents },
  ];
  if (api.drift) files.push({ path: specPath(api, "drift.md"), contents: await renderDrift(root, api) });
  return { api, document: doc, report: report, files, methodNames: names.changes };
}

/** The packages the build writes: those the config lists, and one per API that none lists. */
function packagesOf(config: ProjectConfig): PackageConfig[] {
  const listed = config.packages ?? [];
  const packaged = new Set(listed.flatMap((pkg) => pkg.apis.map((entry) => entry.api)));
  const own = config.apis
    .filter((api) => !packaged.has(api.name))
    .map((api): PackageConfig => ({
      name: api.name,
      npmName: api.name,
      clientClass: api.clientClass,
      apis: [{ api: api.name, dir: "" }],
    }));
  return [...listed, ...own];
}

export interface PackageBuild {
  pkg: PackageConfig;
  files: OutputFile[];
}

async function readCommittedSpec(root: string, api: ApiConfig): Promise<OpenApiDocument> {
  const file = specPath(api, "openapi.json");
  try {
    return JSON.parse(await readFile(path.join(root, file), "utf8")) as OpenApiDocument;
  } catch (error) {
    throw DocsInputError.at(
      { file, line: 1 },
      `cannot read the spec of ${api.name} (build it too): ${(error as Error).message}`,
      "bad-config",
    );
  }
}

/** One package's files, from the documents of this build (or, for APIs not built now, their committed specs). */
export async function buildPackage(
  root: string,
  config: ProjectConfig,
  pkg: PackageConfig,
  built: readonly ApiBuild[],
): Promise<PackageBuild> {
  const apis: PackageApiInput[] = [];
  for (const entry of pkg.apis) {
    const api = config.apis.find((a) => a.name === entry.api)!;
    const document = built.find((b) => b.api.name === entry.api)?.document ?? (await readCommittedSpec(root, api));
    apis.push({
      document,
      apiName: api.name,
      className: api.clientClass,
      dir: entry.dir,
      ...(entry.mount ? { mount: entry.mount } : {}),
      specPath: specPath(api, "openapi.json"),
    });
  }
  const usageExample = pkg.readme
    ? await readFile(path.join(root, pkg.readme), "utf8").catch((error: Error) => {
        throw DocsInputError.at(
          { file: pkg.readme!, line: 1 },
          `cannot read the README examples of package ${pkg.name}: ${error.message}`,
          "bad-config",
        );
      })
    : undefined;
  const generated = await generatePackage({
    npmName: pkg.npmName,
    version: pkg.version ?? "0.1.0",
    ...(pkg.apis.length > 1 ? { clientClass: pkg.clientClass } : {}),
    command: BUILD_COMMAND,
    apis,
    ...(usageExample !== undefined ? { usageExample } : {}),
  });
  return {
    pkg,
    files: generated.map((file) => ({ path: `${packageDir(pkg)}/${file.path}`, contents: file.contents })),
  };
}

/** The diff between what the older and the newer captures document: real drift of the docs. */
async function renderDrift(root: string, api: ApiConfig): Promise<string> {
  const older = await extractApi(api.drift!.old, api, root);
  const newer = await extractApi(api.drift!.new, api, root);
  const diff = diffSpecs(older.document, newer.document);
  return renderDiffMarkdown(diff, {
    title: `${api.title}: older captures (${api.drift!.old.length} pages) → newer captures (${api.drift!.new.length} pages)`,
  });
}

/** Files under a generated package folder that a build made before but would not make now (the generator's own rule). */
export async function staleGeneratedFiles(
  root: string,
  pkg: PackageConfig,
  planned: readonly OutputFile[],
): Promise<string[]> {
  const dir = packageDir(pkg);
  const keep = new Set(planned.map((f) => path.relative(dir, f.path)));
  const stale = await staleFilesIn(path.join(root, dir), keep);
  return stale.map((file) => path.relative(root, file).split(path.sep).join("/")).sort();
}

export interface ProjectBuild {
  apis: ApiBuild[];
  packages: PackageBuild[];
}

export async function buildProject(
  root: string,
  config: ProjectConfig,
  only?: readonly string[],
): Promise<ProjectBuild> {
  const selected = config.apis.filter((a) => !only?.length || only.includes(a.name));
  const apis: ApiBuild[] = [];
  for (const api of selected) apis.push(await buildApi(root, api));
  const packages: PackageBuild[] = [];
  for (const pkg of packagesToRebuild(config, selected)) packages.push(await buildPackage(root, config, pkg, apis));
  return { apis, packages };
}

/** The packages a build of `selected` rewrites: those carrying any of them (the rest come from committed specs). */
export function packagesToRebuild(config: ProjectConfig, selected: readonly ApiConfig[]): PackageConfig[] {
  return packagesOf(config).filter((pkg) => pkg.apis.some((entry) => selected.some((api) => api.name === entry.api)));
}
