import path from "node:path";
import type { ApiConfig, ProjectConfig } from "../config/types.js";
import { diffSpecs, renderDiffMarkdown } from "../diff/index.js";
import { toOpenApi30 } from "../downgrade/index.js";
import { generateClient, staleGeneratedFiles as staleFilesIn } from "../generate/index.js";
import { renderReportMarkdown, type ExtractionReport } from "../normalise/report.js";
import { extractApi } from "./extract.js";
import { applyNamesTable, type NamesTableChanges } from "./names-table.js";
import { specToJson, specToYaml } from "./spec-files.js";

/** The command users run to regenerate; it appears in every generated file's header. */
export const BUILD_COMMAND = "npm run generate";

/** A file the build produces, with its path relative to the project root. */
export interface OutputFile {
  path: string;
  contents: string;
}

export interface ApiBuild {
  api: ApiConfig;
  document: Record<string, unknown>;
  report: ExtractionReport;
  files: OutputFile[];
  /** What the build did to the API's names table (spec/<api>.names.json). */
  methodNames: NamesTableChanges;
}

export const specPath = (api: ApiConfig, suffix: string) => `spec/${api.name}.${suffix}`;
export const generatedDir = (api: ApiConfig) => `generated/${api.name}`;

/** Everything one API's build writes, computed in memory (nothing touches the disk here). */
export async function buildApi(root: string, api: ApiConfig): Promise<ApiBuild> {
  const { document, report } = await extractApi(api.sources, api, root, api.context);
  const doc = document as unknown as Record<string, unknown>;
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
  const generated = await generateClient(doc, {
    apiName: api.name,
    className: api.clientClass,
    runtimeImport: "../../src/runtime/index.js",
    command: BUILD_COMMAND,
    specPath: specPath(api, "openapi.json"),
  });
  for (const file of generated) files.push({ path: `${generatedDir(api)}/${file.path}`, contents: file.contents });
  return { api, document: doc, report: report, files, methodNames: names.changes };
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

/** Files under a generated client folder that a build made before but would not make now (the generator's own rule). */
export async function staleGeneratedFiles(root: string, api: ApiConfig, planned: readonly OutputFile[]): Promise<string[]> {
  const dir = generatedDir(api);
  const keep = new Set(planned.filter((f) => path.dirname(f.path) === dir).map((f) => path.basename(f.path)));
  const stale = await staleFilesIn(path.join(root, dir), keep);
  return stale.map((file) => `${dir}/${path.basename(file)}`).sort();
}

export interface ProjectBuild {
  apis: ApiBuild[];
}

export async function buildProject(root: string, config: ProjectConfig, only?: readonly string[]): Promise<ProjectBuild> {
  const selected = config.apis.filter((a) => !only?.length || only.includes(a.name));
  const apis: ApiBuild[] = [];
  for (const api of selected) apis.push(await buildApi(root, api));
  return { apis };
}
