import type { ApiConfig } from "../config/types.js";
import type { DocPage } from "../model/types.js";
import { normaliseApi, type NormaliseResult } from "../normalise/index.js";
import { checkPagesHaveOperations } from "./empty-pages.js";
import { reportUnaccountedOperations } from "./operation-check.js";
import { readPages } from "./read-pages.js";

export { readPages, type ReadPagesOptions } from "./read-pages.js";

/** Pages → OpenAPI document + extraction report, for one API. */
export async function extractApi(
  files: readonly string[],
  api: ApiConfig,
  root = ".",
  contextFiles: readonly string[] = [],
): Promise<NormaliseResult & { pages: DocPage[] }> {
  const pages = await readPages(files, root);
  checkPagesHaveOperations(pages);
  const context = await readPages(contextFiles, root);
  // Checked before anything is written: an operation that was read is in the spec or in the report.
  return { ...reportUnaccountedOperations(pages, normaliseApi(pages, api, context)), pages };
}
