import { buildProject } from "../../pipeline/build.js";
import { loadProjectConfig } from "../../pipeline/config.js";
import { describeNamesTableChanges } from "../../pipeline/names-table.js";
import { checkApiBuild, checkPackageBuild, writeApiBuild, writePackageBuild, type OutputMismatch } from "../../pipeline/outputs.js";
import type { Terminal } from "../terminal.js";
import { parseCommandArgs } from "../usage.js";

export async function runBuild(argv: string[], term: Terminal, root = process.cwd()): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    check: { type: "boolean" },
    only: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  const config = await loadProjectConfig(root);
  term.progress(`building ${config.apis.map((a) => a.name).join(", ")}`);
  const { apis, packages } = await buildProject(root, config, values.only);
  const summary = [];
  const mismatches: OutputMismatch[] = [];
  for (const build of apis) {
    const c = build.report.counts;
    if (values.check) {
      mismatches.push(...(await checkApiBuild(root, build)));
    } else {
      const { written, removed } = await writeApiBuild(root, build);
      summary.push({ api: build.api.name, counts: c, written, removed });
    }
    if (!values.json) {
      term.err(
        `${term.bold(build.api.name)}: ${c.operations} operations, ${c.parameters} parameters, ${c.fields} fields, ` +
          `${c.inferences} inferences, ${c.repairs} repairs, ${c.conflicts} conflicts, ${c.warnings} warnings`,
      );
      const names = describeNamesTableChanges(build.methodNames);
      if (names) term.err(`${build.api.name}: ${names}`);
    }
  }
  for (const build of packages) {
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
