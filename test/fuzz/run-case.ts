/**
 * One fuzz case, end to end in this process: damage the page, read it with the reader its content
 * calls for, normalise it, run the pipeline's own check, infer the server URL as `extract` does,
 * and judge the outcome:
 *   - ok: a spec came out and every operation heading left in the damaged page is in it or named
 *     in the report;
 *   - clean-error: a DocsInputError whose diagnostics all name the file and a line;
 *   - crash: any other exception (or a DocsInputError without a file:line);
 *   - silent-drop: a spec came out, but an operation heading the page still shows is neither in it
 *     nor in the report.
 * (A hang is judged by the runner, which gives each case a time limit in a worker process.)
 * The heading census here is the test's own, independent of the readers'.
 */
import type { ApiConfig } from "../../src/config/types.js";
import { DocsInputError } from "../../src/model/errors.js";
import { normaliseApi } from "../../src/normalise/index.js";
import { inferServerUrl } from "../../src/pipeline/infer-api.js";
import { reportUnaccountedOperations } from "../../src/pipeline/operation-check.js";
import { readPageText } from "../../src/scrape/index.js";
import type { Capture, CaptureKind } from "./corpus.js";
import { applyMutations, type FuzzCase } from "./mutations.js";

export type Outcome = "ok" | "clean-error" | "crash" | "hang" | "silent-drop";

export interface CaseResult {
  outcome: Outcome;
  /** What went wrong (crash: the error; silent-drop: the headings lost). */
  detail?: string;
  bytes: number;
}

const API: ApiConfig = {
  name: "fuzz",
  title: "Fuzz",
  version: "1",
  server: "https://api.track.toggl.com/api/v9",
  clientClass: "Fuzz",
  auth: ["basic"],
  sources: [],
};

interface SeenHeading {
  method: string;
  title: string;
  line: number;
}

const METHOD_TITLE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S.*)$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOfOffset(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** `<hN …>METHOD Title</hN>` elements, as a reader of the page would see them. */
function htmlHeadings(text: string): SeenHeading[] {
  const seen: SeenHeading[] = [];
  const starts = lineStarts(text.replace(/\r\n?/g, "\n"));
  const heading = /<h([1-6])(?:\s[^<>]{0,500})?>([^]{0,2000}?)<\/h\1\s*>/gi;
  for (const match of text.replace(/\r\n?/g, "\n").matchAll(heading)) {
    const inner = match[2]!
      .replace(/<[^<>]*>/g, "")
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
        String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
      )
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      // As a browser shows it: odd spaces are spaces, zero-width characters are nothing.
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    const parts = METHOD_TITLE.exec(inner);
    if (parts) seen.push({ method: parts[1]!, title: parts[2]!.trim(), line: lineOfOffset(starts, match.index) });
  }
  return seen;
}

/** `METHOD Title` lines of a text capture (a path after the method is a URL line, not a heading). */
function textHeadings(text: string): SeenHeading[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .flatMap((raw, i) => {
      const parts = /^(GET|POST|PUT|PATCH|DELETE) ([A-Za-z].*)$/.exec(raw.replace(/[\u00A0\u200B\uFEFF]/g, " ").trim());
      return parts && !/\bHTTP\/\d/.test(parts[2]!)
        ? [{ method: parts[1]!, title: parts[2]!.trim(), line: i + 1 }]
        : [];
    });
}

/** `Method + Path` followed by `METHOD /path`: a clients-v1 operation. */
function clientsV1Blocks(text: string): SeenHeading[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim());
  return lines.flatMap((line, i) => {
    const block = line === "Method + Path" ? /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(lines[i + 1] ?? "") : null;
    return block ? [{ method: block[1]!, title: block[2]!, line: i + 2 }] : [];
  });
}

function seenHeadings(text: string, kind: CaptureKind): SeenHeading[] {
  if (kind === "html") return htmlHeadings(text);
  if (kind === "clients-v1") return clientsV1Blocks(text);
  return textHeadings(text);
}

export function damagedText(fuzzCase: FuzzCase, corpus: readonly Capture[]): { capture: Capture; text: string } {
  const capture = corpus[fuzzCase.page % corpus.length]!;
  return { capture, text: applyMutations(capture.text, capture.kind, fuzzCase.mutations) };
}

export function runCase(fuzzCase: FuzzCase, corpus: readonly Capture[]): CaseResult {
  const { capture, text } = damagedText(fuzzCase, corpus);
  const bytes = text.length;
  const file = capture.file;
  let result: ReturnType<typeof normaliseApi>;
  try {
    const page = readPageText(text, file);
    result = reportUnaccountedOperations([page], normaliseApi([page], API));
    inferServerUrl(page.operations.map((o) => o.url));
    JSON.stringify(result.document);
  } catch (error) {
    if (error instanceof DocsInputError) {
      const unplaced = error.diagnostics.find((d) => d.source.file !== file || !(d.source.line >= 0));
      return unplaced
        ? { outcome: "crash", detail: `DocsInputError without file:line: ${error.message.slice(0, 300)}`, bytes }
        : { outcome: "clean-error", bytes };
    }
    const detail =
      error instanceof Error
        ? `${error.name}: ${error.message}\n${(error.stack ?? "").split("\n").slice(1, 6).join("\n")}`
        : String(error);
    return { outcome: "crash", detail: detail.slice(0, 2000), bytes };
  }
  const { document, report } = result;
  const inSpec = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { summary?: string }>))
      inSpec.add(`${method} ${String(op.summary ?? "").trim()}`);
  }
  const entries = [...report.warnings, ...report.repairs, ...report.conflicts, ...report.inferences];
  const pathsInSpec = Object.entries(document.paths).flatMap(([p, item]) =>
    Object.keys(item as object).map((m) => `${m} ${p}`),
  );
  const lost = seenHeadings(text, capture.kind).filter((h) => {
    if (inSpec.has(`${h.method.toLowerCase()} ${h.title}`)) return false;
    if (
      capture.kind === "clients-v1" &&
      pathsInSpec.includes(`${h.method.toLowerCase()} ${h.title.replace(/:(\w+)/g, "{$1}")}`)
    )
      return false;
    const ref = `${file}:${h.line}`;
    return !entries.some((e) => e.source === ref || e.message.includes(h.title));
  });
  if (lost.length > 0)
    return {
      outcome: "silent-drop",
      detail: lost
        .map((h) => `${h.method} ${h.title} (line ${h.line})`)
        .join("; ")
        .slice(0, 2000),
      bytes,
    };
  return { outcome: "ok", bytes };
}
