import { buildApi, buildPackage, packagesToRebuild, specPath, type ApiBuild } from "../../pipeline/build.js";
import { loadProjectConfig } from "../../pipeline/config.js";
import { describeNamesTableChanges } from "../../pipeline/names-table.js";
import {
  checkApiBuild,
  checkPackageBuild,
  writeApiBuild,
  writePackageBuild,
  type OutputMismatch,
} from "../../pipeline/outputs.js";
import { summariseExtraction } from "../summary.js";
import type { Terminal } from "../terminal.js";
import { checkNotEmpty, parseCommandArgs, UsageError } from "../usage.js";

export async function runBuild(argv: string[], term: Terminal, root = process.cwd()): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    check: { type: "boolean" },
    only: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  if (positionals.length > 0)
    throw new UsageError(
      `build takes no file arguments (got '${positionals[0]}'); the inputs come from docs2client.config.json`,
    );
  for (const only of values.only ?? []) checkNotEmpty("only", only);
  const config = await loadProjectConfig(root);
  const known = config.apis.map((a) => a.name);
  const unknown = (values.only ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new UsageError(
      `--only: no API named ${unknown.map((n) => `'${n}'`).join(", ")} in docs2client.config.json (known: ${known.join(", ")})`,
    );
  const selected = config.apis.filter((a) => !values.only?.length || values.only.includes(a.name));

  const summary = [];
  const mismatches: OutputMismatch[] = [];
  const built: ApiBuild[] = [];
  for (const [index, api] of selected.entries()) {
    term.progress(`building ${api.name} (${index + 1}/${selected.length})`);
    const build: ApiBuild = await buildApi(root, api);
    built.push(build);
    if (values.check) {
      mismatches.push(...(await checkApiBuild(root, build)));
    } else {
      const { written, removed } = await writeApiBuild(root, build);
      summary.push({
        api: build.api.name,
        counts: build.report.counts,
        report: specPath(build.api, "report.md"),
        written,
        removed,
      });
    }
    if (!values.json) {
      // With --check nothing is written: the report to read is the committed one.
      const report = specPath(build.api, "report.md");
      const where = values.check
        ? { reportHint: `the committed report is ${report} (--check writes nothing)` }
        : { path: report, reportHint: "" };
      term.err(summariseExtraction(build.report, where));
      const names = describeNamesTableChanges(build.methodNames);
      if (names) term.err(`${build.api.name}: ${names}`);
    }
  }
  const packages = packagesToRebuild(config, selected);
  for (const [index, pkg] of packages.entries()) {
    term.progress(`generating package ${pkg.name} (${index + 1}/${packages.length})`);
    const build = await buildPackage(root, config, pkg, built);
    if (values.check) mismatches.push(...(await checkPackageBuild(root, build)));
    else {
      const { written, removed } = await writePackageBuild(root, build);
      summary.push({ package: build.pkg.name, written, removed });
    }
  }
  if (values.check) {
    if (values.json) term.out(JSON.stringify({ ok: mismatches.length === 0, mismatches }, null, 2));
    for (const m of mismatches) term.err(`${m.path}: ${m.problem} (run 'npm run generate' and commit)`);
    if (mismatches.length > 0) {
      term.err(term.red(`${mismatches.length} file(s) differ from a fresh build`));
      return 1;
    }
    if (!values.json) term.err(term.green("spec/ and generated/ match a fresh build"));
    return 0;
  }
  if (values.json) term.out(JSON.stringify(summary, null, 2));
  else {
    const written = summary.flatMap((s) => s.written);
    term.err(written.length ? `${term.green("wrote")} ${written.length} file(s)` : "everything up to date");
  }
  return 0;
}
