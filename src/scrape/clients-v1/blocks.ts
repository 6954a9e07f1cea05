/**
 * The lexer of clients-v1 pages: labelled text (`labels.ts`) → the assembler's neutral blocks.
 *   - An operation starts at its `Method + Path` label; the line before it (for the first one, the
 *     first title-like line of the page) is its title → heading 2, or an untitled heading 2 when
 *     there is none. The method and path line → a code block (the URL block).
 *   - These pages have no section title: a heading 1 with the section derived from the path
 *     (`section-name.ts`) goes before an operation whose section differs from the one before.
 *   - Every other label → heading 3, its text as written (`Required Permissions:`), for the roles
 *     table (`roles.ts`); a value on the label's line → a paragraph after it.
 *   - JSON examples → one code block; pipe tables → table blocks; the `Common Errors` bullets →
 *     one heading 4 per status (`403 Forbidden`) with its messages as a list; other lines →
 *     paragraphs (consecutive lines of one label are one paragraph, line breaks kept).
 * `Actual backend path` is compared with the documented path here and only reported.
 */
import type { Diagnostic } from "../../model/types.js";
import type { Block } from "../assemble/blocks.js";
import { readPipeTable, startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { readCommonErrors } from "./common-errors.js";
import { METHOD_AND_PATH } from "./detect.js";
import { sectionLabel, type SectionKind } from "./labels.js";
import { sectionFromPath } from "./section-name.js";

interface OperationStart {
  /** Index of the `Method + Path` label line. */
  label: number;
  /** Index of the title line, when there is one. */
  title?: number;
  /** The documented path ("" when the label introduces none). */
  path: string;
}

/** A line that can title the next operation: plain words, not a bullet, a table row or JSON. */
function canBeTitle(line: TextLine | undefined): boolean {
  return !!line && !sectionLabel(line.text) && /^[A-Za-z]/.test(line.text) && !/[|{}[\]]/.test(line.text);
}

/** The method and path a `Method + Path` label introduces: on its line, else on the next. */
function methodAndPath(
  lines: readonly TextLine[],
  index: number,
): { text: string; line: number; next: boolean } | undefined {
  const inline = sectionLabel(lines[index]!.text)?.inline ?? "";
  if (inline !== "") return { text: inline, line: lines[index]!.line, next: false };
  const next = lines[index + 1];
  return next && !sectionLabel(next.text) ? { text: next.text, line: next.line, next: true } : undefined;
}

function operationStarts(lines: readonly TextLine[]): OperationStart[] {
  const starts: OperationStart[] = [];
  lines.forEach((line, index) => {
    if (sectionLabel(line.text)?.kind !== "method-path") return;
    const previous = starts.at(-1);
    const title =
      previous === undefined
        ? lines.slice(0, index).findIndex(canBeTitle)
        : index - 1 > previous.label + 1 && canBeTitle(lines[index - 1])
          ? index - 1
          : -1;
    const value = methodAndPath(lines, index)?.text ?? "";
    const path = METHOD_AND_PATH.test(value) ? value.split(/\s+/)[1]! : "";
    starts.push({ label: index, ...(title >= 0 ? { title } : {}), path });
  });
  return starts;
}

/** Kinds whose lines may hold a JSON example. */
const EXAMPLE_SECTIONS = new Set<SectionKind>(["request-body", "response"]);

export interface LexedClientsV1 {
  blocks: Block[];
  /** Lines outside any operation's labels (before the first one): not read. */
  preamble: TextLine[];
}

export function lexClientsV1(lines: readonly TextLine[], file: string, diagnostics: Diagnostic[]): LexedClientsV1 {
  const blocks: Block[] = [];
  const preamble: TextLine[] = [];
  const starts = operationStarts(lines);
  const byTitle = new Map(starts.flatMap((s) => (s.title === undefined ? [] : [[s.title, s] as const])));
  const byLabel = new Map(starts.map((s) => [s.label, s] as const));
  let section: SectionKind | undefined;
  let operation: OperationStart | undefined;
  let lastSection: string | undefined;
  let run: TextLine[] = [];

  /** Lines collected under the current label, turned into blocks when the label ends. */
  const flush = () => {
    if (run.length === 0) return;
    if (section === "errors") {
      for (const bullet of readCommonErrors(run, file, diagnostics)) {
        blocks.push({ kind: "heading", level: 4, text: `${bullet.status} ${bullet.reason}`.trim(), line: bullet.line });
        if (bullet.messages.length > 0) blocks.push({ kind: "list", items: bullet.messages, line: bullet.line });
      }
    } else if (section && EXAMPLE_SECTIONS.has(section) && /^[[{]/.test(run[0]!.text)) {
      blocks.push({ kind: "code", text: run.map((l) => l.text).join("\n"), language: "json", line: run[0]!.line });
    } else {
      blocks.push({ kind: "paragraph", text: run.map((l) => l.text).join("\n"), line: run[0]!.line });
    }
    run = [];
  };

  const startOperation = (start: OperationStart, title: TextLine | undefined, line: number) => {
    flush();
    const name = sectionFromPath(start.path, title?.text ?? "");
    if (name !== lastSection) blocks.push({ kind: "heading", level: 1, text: name, line });
    lastSection = name;
    blocks.push({ kind: "heading", level: 2, text: title?.text ?? "", line });
    operation = start;
    section = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const titled = byTitle.get(i);
    if (titled) {
      startOperation(titled, line, line.line);
      continue;
    }
    const label = sectionLabel(line.text);
    if (label?.kind === "method-path") {
      const start = byLabel.get(i)!;
      if (start.title === undefined) startOperation(start, undefined, line.line);
      flush();
      section = "method-path";
      const value = methodAndPath(lines, i);
      if (value) {
        blocks.push({ kind: "code", text: value.text, line: value.line });
        if (value.next) i++;
      }
      continue;
    }
    if (!operation) {
      preamble.push(line);
      continue;
    }
    if (label?.kind === "backend-path") {
      flush();
      section = undefined;
      const value = label.inline || (lines[i + 1] && !sectionLabel(lines[i + 1]!.text) ? lines[++i]!.text : "");
      const same = value === operation.path;
      diagnostics.push({
        severity: same ? "info" : "warning",
        code: "backend-path",
        message: same
          ? "backend path equals the documented path"
          : `backend path "${value}" differs from the documented path "${operation.path}"; the documented one is used`,
        source: { file, line: line.line },
      });
      continue;
    }
    if (label) {
      flush();
      section = label.kind;
      const labelText = line.text.slice(0, line.text.length - label.inline.length).trim();
      blocks.push({ kind: "heading", level: 3, text: labelText, line: line.line });
      if (label.kind === "response" && !label.status) {
        diagnostics.push({
          severity: "info",
          code: "response-status-assumed",
          message: `"${line.text}" names no status; read as 200`,
          source: { file, line: line.line },
        });
      }
      // "Note: …" keeps its word: the note reads as one in the description.
      if (label.inline !== "")
        blocks.push({ kind: "paragraph", text: label.kind === "note" ? line.text : label.inline, line: line.line });
      continue;
    }
    if (section === undefined) {
      preamble.push(line);
      continue;
    }
    if (section !== "errors" && startsPipeTable(lines, i)) {
      flush();
      const { table, end } = readPipeTable(lines, i);
      blocks.push({ kind: "table", table, line: table.line });
      i = end - 1;
      continue;
    }
    run.push(line);
  }
  flush();
  return { blocks, preamble };
}
