import { diffSpecs, renderDiffMarkdown, renderDiffText } from "../../diff/index.js";
import type { Terminal } from "../terminal.js";
import { parseCommandArgs, UsageError } from "../usage.js";
import { loadSpecFile } from "../spec-file.js";

export async function runDiff(argv: string[], term: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    "fail-on-breaking": { type: "boolean" },
    markdown: { type: "boolean" },
    json: { type: "boolean" },
  });
  if (positionals.length !== 2) throw new UsageError("give the old spec and the new spec");
  if (values.markdown && values.json) throw new UsageError("give --markdown or --json, not both");
  const [oldFile, newFile] = positionals as [string, string];
  const diff = diffSpecs(await loadSpecFile(oldFile), await loadSpecFile(newFile));
  if (values.json) term.out(JSON.stringify(diff, null, 2));
  else if (values.markdown) term.out(renderDiffMarkdown(diff, { title: `${oldFile} → ${newFile}` }));
  else term.out(renderDiffText(diff));
  return values["fail-on-breaking"] && diff.summary.breaking > 0 ? 1 : 0;
}
