import type { ChangeLevel, SpecChange, SpecDiff } from "./types.js";

const SECTIONS: Array<{ level: ChangeLevel; title: string }> = [
  { level: "breaking", title: "Breaking" },
  { level: "warning", title: "Warnings" },
  { level: "info", title: "Other" },
];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "2 breaking, 1 warning, 3 info": the line a reader (or CI log) sees first. */
export function summaryLine(diff: SpecDiff): string {
  const { breaking, warning, info } = diff.summary;
  return `${breaking} breaking, ${plural(warning, "warning")}, ${info} info`;
}

/** Inline code that survives backticks inside the text (Markdown's longer-fence rule). */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? ` ${text} ` : text}${fence}`;
}

function markdownItem(change: SpecChange): string {
  const where = change.location === "operation" ? "" : ` ${code(change.location)}`;
  return `- ${code(change.operation)}${where}: ${change.message.replace(/([*_[\]<>|])/g, "\\$1")}`;
}

/** A Markdown report (a PR comment, a changelog section): counts, then one section per level. */
export function renderDiffMarkdown(diff: SpecDiff, options: { title: string }): string {
  const lines = [`# ${options.title}`, ""];
  if (diff.changes.length === 0) return [...lines, "No changes.", ""].join("\n");
  lines.push(`**${summaryLine(diff)}**`, "");
  for (const { level, title } of SECTIONS) {
    const items = diff.changes.filter((c) => c.level === level);
    if (items.length === 0) continue;
    lines.push(`## ${title}`, "", ...items.map(markdownItem), "");
  }
  return lines.join("\n");
}

/** The terminal report: one change a line, grouped breaking → warning → info, summary last. */
export function renderDiffText(diff: SpecDiff): string {
  if (diff.changes.length === 0) return "No changes.\n";
  const lines: string[] = [];
  for (const { level } of SECTIONS) {
    for (const change of diff.changes.filter((c) => c.level === level)) {
      const where = change.location === "operation" ? "" : ` ${change.location}`;
      lines.push(`${level.toUpperCase().padEnd(8)} ${change.operation}${where}: ${change.message}`);
    }
  }
  lines.push("", summaryLine(diff));
  return `${lines.join("\n")}\n`;
}
