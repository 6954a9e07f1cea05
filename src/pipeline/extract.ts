import type { ApiConfig } from "../config/types.js";
import { DocsInputError } from "../model/errors.js";
import type { Diagnostic, DocPage } from "../model/types.js";
import { normaliseApi, type NormaliseResult } from "../normalise/index.js";
import { readPageFile } from "../scrape/index.js";

/**
 * Reads every page, collecting the problems of all of them before giving up, so that one run shows
 * every bad file at once rather than the first.
 */
export async function readPages(files: readonly string[], root = "."): Promise<DocPage[]> {
  const pages: DocPage[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    try {
      pages.push(await readPageFile(file, root));
    } catch (error) {
      if (!(error instanceof DocsInputError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new DocsInputError(problems);
  return pages;
}

/** Pages → OpenAPI document + extraction report, for one API. */
export async function extractApi(
  files: readonly string[],
  api: ApiConfig,
  root = ".",
  contextFiles: readonly string[] = [],
): Promise<NormaliseResult & { pages: DocPage[] }> {
  const pages = await readPages(files, root);
  const context = await readPages(contextFiles, root);
  return { ...normaliseApi(pages, api, context), pages };
}
