/** API-change report between two OpenAPI 3.x documents (`docs2client diff`). */
export { diffSpecs } from "./diff-specs.js";
export { renderDiffMarkdown, renderDiffText, summaryLine } from "./render.js";
export type { ChangeKind, ChangeLevel, SpecChange, SpecDiff } from "./types.js";
