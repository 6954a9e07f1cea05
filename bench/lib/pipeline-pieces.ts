/**
 * The pipeline functions the benchmarks drive, loaded lazily so that a piece another helper has
 * not written yet fails only the benchmarks that need it, with a message naming it.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { ApiConfig } from "../../src/config/types.js";
import type { DocPage } from "../../src/model/types.js";
import { load } from "./measure.js";

export interface GeneratedFile {
  path: string;
  contents: string;
}

export interface GenerateOptions {
  apiName: string;
  className: string;
  runtimeImport: string;
  command: string;
  specPath?: string;
}

export interface Pipeline {
  readPages(files: readonly string[], root?: string): Promise<DocPage[]>;
  normaliseApi(pages: DocPage[], api: ApiConfig): { document: unknown; report?: unknown };
  generateClient(document: object, options: GenerateOptions): Promise<GeneratedFile[]>;
  writeGeneratedFiles(outDir: string, files: GeneratedFile[]): Promise<void>;
}

export async function loadPipeline(root: string): Promise<Pipeline> {
  return {
    readPages: await load(root, "src/pipeline/extract.ts", "readPages"),
    normaliseApi: await load(root, "src/normalise/index.ts", "normaliseApi"),
    generateClient: await load(root, "src/generate/index.ts", "generateClient"),
    writeGeneratedFiles: await load(root, "src/generate/index.ts", "writeGeneratedFiles"),
  };
}

/** The peer baseline: openapi-typescript alone, as its README shows it (on a copy: it mutates its input). */
export async function openapiTypescriptAlone(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return astToString(ast);
}
