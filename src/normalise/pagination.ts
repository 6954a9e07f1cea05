/**
 * How an operation pages through its results (`x-pagination`, the shape of the runtime's
 * `PaginationInfo`), read from what the docs show:
 * - header cursors: the description names `X-Next-…` response headers ("Supports pagination via
 *   X-Next-ID and X-Next-Row-Number headers returned in the response", detailed_reports.html), and
 *   the request has a `first_<words>` field for each (`X-Next-Row-Number` → `first_row_number`,
 *   as the Reports overview says to send it back);
 * - page numbers: a `page` query parameter, with `per_page` (or `page_size`) when documented.
 */
import type { DocOperation } from "../model/types.js";
import type { JsonSchema } from "./doc-types.js";

export type Pagination =
  | { style: "page"; in: "query" | "body"; pageParam: string; perPageParam?: string }
  | { style: "headers"; in: "query" | "body"; cursors: Record<string, string> };

export interface PaginationFinding {
  pagination: Pagination;
  /** The docs' words the pagination was read from, for `x-inferred-from` and the report. */
  evidence: string;
  /** Response headers the success response carries (header cursors). */
  headers?: string[];
}

const NEXT_HEADER = /\bX-Next-[A-Za-z]+(?:-[A-Za-z]+)*\b/g;
const NAMES_NEXT_HEADER = /\bX-Next-[A-Za-z]/;
const PER_PAGE_NAMES = ["per_page", "page_size", "perPage", "pageSize"];

/** `X-Next-Row-Number` → `first_row_number`, `X-Next-ID` → `first_id`. */
export function cursorField(header: string): string {
  return `first_${header
    .replace(/^X-Next-/i, "")
    .split("-")
    .join("_")
    .toLowerCase()}`;
}

/** The sentence of `text` that names the headers, as evidence. */
function sentenceWith(text: string, word: string): string {
  const sentence = text.split(/(?<=\.)\s+/).find((s) => s.includes(word));
  return (sentence ?? text).trim();
}

function headerCursors(
  op: DocOperation,
  queryNames: readonly string[],
  bodyFields: readonly string[],
): PaginationFinding | undefined {
  const texts = [
    op.description,
    ...op.responses.filter((r) => r.status.trim().startsWith("2")).map((r) => r.description),
  ];
  const text = texts.find((t) => NAMES_NEXT_HEADER.test(t));
  if (!text) return undefined;
  const headers = [...new Set(text.match(NEXT_HEADER) ?? [])];
  const where = headers.every((h) => bodyFields.includes(cursorField(h)))
    ? "body"
    : headers.every((h) => queryNames.includes(cursorField(h)))
      ? "query"
      : undefined;
  if (!where) return undefined;
  const cursors = Object.fromEntries(headers.map((h) => [h, cursorField(h)]));
  const evidence = `${sentenceWith(text, headers[0]!)} (${headers.map((h) => `${h} → ${cursors[h]}`).join(", ")})`;
  return { pagination: { style: "headers", in: where, cursors }, evidence, headers };
}

function pageNumbers(queryNames: readonly string[]): PaginationFinding | undefined {
  if (!queryNames.includes("page")) return undefined;
  const perPage = PER_PAGE_NAMES.find((name) => queryNames.includes(name));
  return {
    pagination: { style: "page", in: "query", pageParam: "page", ...(perPage ? { perPageParam: perPage } : {}) },
    evidence: `query parameters page${perPage ? ` and ${perPage}` : ""}`,
  };
}

/** The operation's pagination, or undefined when the docs show none. */
export function paginationOf(op: DocOperation, body: JsonSchema | undefined): PaginationFinding | undefined {
  const queryNames = op.parameters.filter((p) => p.in === "query").map((p) => p.name);
  const properties = body?.properties;
  const bodyFields = typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
  return headerCursors(op, queryNames, bodyFields) ?? pageNumbers(queryNames);
}
