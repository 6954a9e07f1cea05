import { writeFile } from "node:fs/promises";
import path from "node:path";
import { normaliseApi } from "../../normalise/index.js";
import { checkPagesHaveOperations } from "../../pipeline/empty-pages.js";
import { readPages } from "../../pipeline/extract.js";
import { loadProfileFile } from "../../pipeline/config.js";
import { apiForPages, type GivenApiFacts } from "../../pipeline/infer-api.js";
import { reportUnaccountedOperations } from "../../pipeline/operation-check.js";
import { specToJson, specToYaml } from "../../pipeline/spec-files.js";
import { ensureFileParent } from "../files.js";
import { summariseExtraction } from "../summary.js";
import type { Terminal } from "../terminal.js";
import { checkHttpUrl, checkNotEmpty, checkOneLine, checkOneOf, parseCommandArgs, UsageError } from "../usage.js";

export async function runExtract(argv: string[], term: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: "string" },
    title: { type: "string" },
    server: { type: "string" },
    name: { type: "string" },
    "api-version": { type: "string" },
    auth: { type: "string" },
    "docs-url": { type: "string" },
    profile: { type: "string" },
    report: { type: "string" },
    json: { type: "boolean" },
    "allow-empty": { type: "boolean" },
  });
  if (positionals.length === 0) throw new UsageError("give at least one page file");
  if (values.out === undefined) throw new UsageError("--out <file.yaml|file.json> is required");
  for (const flag of ["out", "title", "name", "api-version", "report", "profile"] as const)
    checkNotEmpty(flag, values[flag]);
  for (const flag of ["title", "name", "api-version"] as const) checkOneLine(flag, values[flag]);
  if (!/\.(ya?ml|json)$/i.test(values.out)) throw new UsageError("--out must end in .yaml, .yml or .json");
  if (values.report !== undefined && !/\.json$/i.test(values.report))
    throw new UsageError("--report must end in .json (the report is JSON)");
  if (values.profile !== undefined && !/\.json$/i.test(values.profile))
    throw new UsageError("--profile must be a .json file (a profile as in docs2client.config.json)");
  checkOneOf("auth", values.auth, ["basic", "bearer", "none"]);
  checkHttpUrl("server", values.server);
  checkHttpUrl("docs-url", values["docs-url"]);
  const outputs = [values.out, values.report].filter((f): f is string => f !== undefined).map((f) => path.resolve(f));
  if (outputs.length === 2 && outputs[0] === outputs[1])
    throw new UsageError("--out and --report must be different files");
  const overwritten = positionals.find((page) => outputs.includes(path.resolve(page)));
  if (overwritten) throw new UsageError(`an output file is also an input page: ${overwritten}`);
  // Where the outputs go is checked before the pages are read, so a bad path fails at once.
  for (const file of [values.out, values.report]) if (file !== undefined) await ensureFileParent(file);

  // A bad profile is bad input (exit 1, naming the file), found before the pages are read.
  const profile = values.profile !== undefined ? await loadProfileFile(values.profile) : undefined;
  term.progress(`reading ${positionals.length} page(s)`);
  const pages = await readPages(positionals);
  if (!values["allow-empty"]) checkPagesHaveOperations(pages);
  const api = apiForPages(pages, {
    name: values.name ?? path.basename(values.out).replace(/\.(openapi\.)?(ya?ml|json)$/i, ""),
    title: values.title,
    server: values.server,
    version: values["api-version"],
    docsUrl: values["docs-url"],
    auth: values.auth as GivenApiFacts["auth"],
    sources: positionals,
    ...(profile ? { profile } : {}),
  });
  term.progress("normalising");
  const { document, report } = reportUnaccountedOperations(pages, normaliseApi(pages, api));
  const command = `docs2client extract ${positionals.join(" ")} --out ${values.out}`;
  await writeFile(values.out, /\.json$/i.test(values.out) ? specToJson(document) : specToYaml(document, command));
  if (values.report) await writeFile(values.report, specToJson(report));
  if (values.json) term.out(JSON.stringify(report, null, 2));
  else {
    const where = { path: values.report, reportHint: "add --report <file.json> to keep the full report" };
    term.err(`${summariseExtraction(report, where)}\n${term.green("wrote")} ${values.out}`);
  }
  // A getting-started page alone is valid input (its API-wide facts are kept), but an empty spec is
  // rarely what was meant: say so rather than let it pass unnoticed.
  if (report.counts.operations === 0) {
    term.err(term.yellow(`warning: the ${positionals.length} page(s) document no operations; the spec has no paths`));
  }
  return 0;
}
