/**
 * The generator: an OpenAPI 3.0/3.1 document in, the files of a typed client out
 * (`schema.d.ts`, `operations.ts`, one module per tag, `index.ts`). Pure apart from formatting;
 * writing to disk is `writeGeneratedFiles`.
 */
import { DocsInputError } from "../model/errors.js";
import { renderClientIndex } from "./client-index.js";
import { finishFile, generatedHeader, PRETTIER_BUDGET_BYTES } from "./format.js";
import { renderOperationsModule } from "./operations-data.js";
import { resolveMethodNames } from "./method-names.js";
import { planClient, type ClientPlan } from "./plan.js";
import { readSpec, type SpecSummary } from "./spec.js";
import { renderSchemaTypes } from "./types.js";
import { renderTagModule, type WrapperContext } from "./wrappers.js";
import type { GeneratedFile } from "./write.js";

export { classNameFromTitle } from "./identifiers.js";
export { staleGeneratedFiles, writeGeneratedFiles, type GeneratedFile } from "./write.js";

export interface GenerateOptions {
  /** The API's name, for runtime messages ("toggl-track-v9"). */
  apiName: string;
  className: string;
  /** Module specifier the generated files import the runtime from ("../../src/runtime/index.js", "docs2client/runtime"). */
  runtimeImport: string;
  /** The command that regenerates the files, for the header ("npm run generate"). */
  command: string;
  /** The spec file, for error messages. */
  specPath?: string;
  /** Client properties taken by something else (the combined class's `reports`, `webhooks`). */
  reservedProperties?: readonly string[];
}

function uniqueOperationIds(spec: SpecSummary): Set<string> {
  const counts = new Map<string, number>();
  for (const op of spec.operations)
    if (op.operationId !== undefined) counts.set(op.operationId, (counts.get(op.operationId) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n === 1).map(([id]) => id));
}

async function schemaFile(document: object, header: string, specPath: string): Promise<string> {
  try {
    // openapi-typescript's output is already formatted; running prettier over megabytes of it would dominate the run.
    return `${header}\n\n${await renderSchemaTypes(document)}`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw DocsInputError.at(
      { file: specPath, line: 1 },
      `openapi-typescript could not read the document: ${message}`,
      "bad-spec",
    );
  }
}

function codeFiles(plan: ClientPlan, spec: SpecSummary, options: GenerateOptions): { path: string; code: string }[] {
  const context: WrapperContext = {
    runtimeImport: options.runtimeImport,
    uniqueOperationIds: uniqueOperationIds(spec),
    tagDescriptions: spec.tagDescriptions,
  };
  const facts = {
    apiName: options.apiName,
    baseUrl: spec.baseUrl,
    auth: spec.auth,
    ...(spec.quotaHeaders ? { quotaHeaders: spec.quotaHeaders } : {}),
    runtimeImport: options.runtimeImport,
    specTitle: spec.title,
  };
  return [
    {
      path: "operations.ts",
      code: renderOperationsModule(
        plan.tags.flatMap((tag) => tag.operations),
        options.runtimeImport,
      ),
    },
    ...plan.tags.map((tag) => ({
      path: `${tag.fileName}.ts`,
      code: renderTagModule(tag, context),
    })),
    { path: "index.ts", code: renderClientIndex(plan, facts) },
  ];
}

export async function generateClient(document: object, options: GenerateOptions): Promise<GeneratedFile[]> {
  const specPath = options.specPath ?? "<document>";
  const spec = readSpec(document, specPath);
  const plan = planClient(spec, options.className, resolveMethodNames(document), {
    ...(options.reservedProperties ? { reservedProperties: options.reservedProperties } : {}),
  });
  const header = generatedHeader(spec.title, options.command);
  const schema = await schemaFile(document, header, specPath);
  const files = codeFiles(plan, spec, options);
  const usePrettier = files.reduce((size, f) => size + f.code.length, 0) <= PRETTIER_BUDGET_BYTES;
  const code = await Promise.all(
    files.map(async (f) => ({
      path: f.path,
      // The route table keeps one row per operation (prettier would spread each over ~10 lines, and
      // tsc keeps the layout in the shipped JavaScript).
      contents: await finishFile(header, f.code, usePrettier && f.path !== "operations.ts"),
    })),
  );
  return [{ path: "schema.d.ts", contents: schema }, ...code];
}
