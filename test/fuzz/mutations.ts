/**
 * Damage done to a captured page, as data: a case is a page and a list of mutations, so that any
 * case can be printed, replayed and shrunk (drop mutations one at a time) exactly. Each mutation
 * picks its place with plain numbers taken modulo the page's size, so it applies to any page.
 *
 * HTML pages are a few hundred very long lines, so their "lines" here are tag-sized units (the text
 * split before each `<`); text captures are split into lines.
 */
import fc from "fast-check";
import type { CaptureKind } from "./corpus.js";

export type Mutation =
  | { kind: "delete"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number }
  | { kind: "swap"; at: number; other: number }
  | { kind: "truncate"; at: number }
  | { kind: "shuffle-rows"; at: number; seed: number }
  | { kind: "remove-cell"; at: number; cell: number }
  | { kind: "break-tag"; at: number; variant: number }
  | { kind: "inject"; at: number; text: string }
  | { kind: "nest"; at: number; depth: number; tag: string; closed: boolean }
  | { kind: "nest-tables"; at: number; depth: number }
  | { kind: "big"; at: number; megabytes: number }
  | { kind: "heading-without-url"; at: number; method: string; title: string }
  | { kind: "duplicate-operation"; at: number; retype: boolean }
  | { kind: "junk"; at: number; text: string };

export interface FuzzCase {
  /** Index into the corpus the case was drawn from. */
  page: number;
  mutations: Mutation[];
}

const BROKEN_MARKUP = [
  "</div>", // a stray end tag closes the article early
  "</div", // an end tag without its `>`
  "<ul><li>open list", // unclosed list
  "<p>open paragraph",
  "<pre>open pre",
  "<table><tr><td>open table",
  "<details><summary>more</summary>",
  '<div class="tabs-container"><ul role="tablist"><li role="tab">cURL</li></ul><div role="tabpanel">',
  "<code>",
  "<!--",
  "<h2>",
  "</h2>",
  "<script>",
  "<",
];

const INJECTED = [
  "\u0000",
  "\u0000\u0000\u0000",
  "\uFFFD",
  "\uD800",
  "\uDFFF",
  "\u202E",
  "\uFEFF",
  "\u200B",
  "\r",
  "\r\n\r\n",
  "\u00A0",
  "💥",
  "Ω≈ç√",
  "\\|",
  "&#0;",
  "&bogus;",
  "&#x110000;",
];

const JUNK = [
  "",
  "|",
  "| |",
  "---|---|",
  "Support",
  "7",
  "items",
  "200",
  "Possible errors:",
  "- x",
  "Query",
  "Body",
  "Response",
  "Parameters",
  "GET",
  "POST Nothing here",
  "Method + Path",
  "Method + Path: GET /v1/x",
  "GET /v1/things/:id",
  "Description",
  "https://",
  "https://[broken",
  "http://x:99999/a",
  "https://api.track.toggl.com/api/v9/{",
  "name | type | required | description |",
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const NEST_TAGS = ["div", "span", "table", "ul", "details", "blockquote", "section", "td", "li", "p", "pre"];

export interface ArbitraryOptions {
  /** The corpus size. */
  pages: number;
  /** Deepest nesting generated (the quick run stays ≤ 5,000). */
  maxDepth: number;
  /** Largest "big page" in MB; 0 leaves big pages out. */
  maxMegabytes: number;
  /** Relative weights: big pages are slow, so they are drawn rarely. */
  bigWeight?: number;
  otherWeight?: number;
}

export function mutationArbitrary({
  maxDepth,
  maxMegabytes,
  bigWeight = 1,
  otherWeight = 60,
}: ArbitraryOptions): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant("delete" as const), at, count: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant("duplicate" as const), at, count: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant("swap" as const), at, other: fc.nat() }),
    fc.record({ kind: fc.constant("truncate" as const), at }),
    fc.record({ kind: fc.constant("shuffle-rows" as const), at, seed: fc.nat() }),
    fc.record({ kind: fc.constant("remove-cell" as const), at, cell: fc.nat() }),
    fc.record({ kind: fc.constant("break-tag" as const), at, variant: fc.nat({ max: BROKEN_MARKUP.length - 1 }) }),
    fc.record({
      kind: fc.constant("inject" as const),
      at,
      text: fc.oneof(
        fc.constantFrom(...INJECTED),
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.string({ unit: "grapheme", maxLength: 12 }),
      ),
    }),
    fc.record({
      kind: fc.constant("nest" as const),
      at,
      depth: fc.integer({ min: 50, max: maxDepth }),
      tag: fc.constantFrom(...NEST_TAGS),
      closed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("nest-tables" as const),
      at,
      depth: fc.integer({ min: 50, max: Math.min(maxDepth, 5000) }),
    }),
    fc.record({
      kind: fc.constant("heading-without-url" as const),
      at,
      method: fc.constantFrom(...METHODS),
      title: fc.oneof(
        fc.constantFrom("Lost operation", "List things", "Create thing"),
        fc.string({ minLength: 1, maxLength: 30 }),
      ),
    }),
    fc.record({ kind: fc.constant("duplicate-operation" as const), at, retype: fc.boolean() }),
    fc.record({
      kind: fc.constant("junk" as const),
      at,
      text: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 20 })),
    }),
  ];
  const weighted = options.map((arbitrary) => ({ arbitrary, weight: otherWeight }));
  if (maxMegabytes > 0) {
    weighted.push({
      arbitrary: fc.record({
        kind: fc.constant("big" as const),
        at,
        megabytes: fc.integer({ min: 5, max: maxMegabytes }),
      }),
      weight: bigWeight,
    });
  }
  return fc.oneof(...weighted);
}

export function caseArbitrary(options: ArbitraryOptions): fc.Arbitrary<FuzzCase> {
  return fc.record({
    page: fc.nat({ max: options.pages - 1 }),
    mutations: fc.array(mutationArbitrary(options), { minLength: 1, maxLength: 5 }),
  });
}

/** The units a page is edited in, and how they join back. */
function split(text: string, kind: CaptureKind): { units: string[]; join: string } {
  return kind === "html" ? { units: text.split(/(?=<)/), join: "" } : { units: text.split("\n"), join: "\n" };
}

/** A small deterministic shuffle (the case must replay exactly). */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const OPERATION_HEADING = /^(?:<h[1-6][^>]*>)?\s*(GET|POST|PUT|PATCH|DELETE)\s+\S/;

/** Index of the `n`-th unit (mod their count) satisfying `test`; undefined when none does. */
function nthMatching(units: readonly string[], n: number, test: (unit: string) => boolean): number | undefined {
  const indices: number[] = [];
  units.forEach((unit, i) => {
    if (test(unit)) indices.push(i);
  });
  return indices.length === 0 ? undefined : indices[n % indices.length];
}

function nestedTables(kind: CaptureKind, depth: number): string {
  if (kind === "html") {
    const level =
      "<h5>items</h5><table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td>items</td><td>Array of object</td><td>-</td></tr></tbody></table>";
    return `<h4>Body</h4><table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td>items</td><td>Array of object</td><td>-</td></tr></tbody></table>${level.repeat(depth)}`;
  }
  const level = "items\nName | Type | Description |\n---|---|---|\nitems | Array of object | - |";
  return `Body\nName | Type | Description |\n---|---|---|\nitems | Array of object | - |\n${Array.from({ length: depth }, () => level).join("\n")}`;
}

function applyOne(units: string[], kind: CaptureKind, m: Mutation): string[] {
  const n = units.length;
  if (n === 0) return units;
  const i = m.at % n;
  switch (m.kind) {
    case "delete":
      units.splice(i, m.count);
      return units;
    case "duplicate":
      units.splice(i, 0, ...units.slice(i, i + m.count));
      return units;
    case "swap": {
      const j = m.other % n;
      [units[i], units[j]] = [units[j]!, units[i]!];
      return units;
    }
    case "truncate": {
      // Cut inside a unit too: a page cut off mid-tag or mid-line.
      const unit = units[i]!;
      units.length = i + 1;
      units[i] = unit.slice(0, Math.floor(unit.length / 2));
      return units;
    }
    case "shuffle-rows": {
      const isRow = kind === "html" ? (u: string) => u.startsWith("<tr") : (u: string) => u.includes("|");
      const start = nthMatching(units, m.at, isRow);
      if (start === undefined) return units;
      if (kind === "html") {
        // The rows of that table: each row is the units from one `<tr` to the next.
        let end = start;
        while (end < n && !units[end]!.startsWith("</tbody") && !units[end]!.startsWith("</table")) end++;
        const rows: string[][] = [];
        for (let k = start; k < end; k++) {
          if (units[k]!.startsWith("<tr")) rows.push([]);
          rows[rows.length - 1]!.push(units[k]!);
        }
        units.splice(start, end - start, ...shuffle(rows, m.seed).flat());
      } else {
        let end = start;
        while (end < n && units[end]!.includes("|")) end++;
        units.splice(start, end - start, ...shuffle(units.slice(start, end), m.seed));
      }
      return units;
    }
    case "remove-cell": {
      if (kind === "html") {
        const cell = nthMatching(units, m.at, (u) => u.startsWith("<td"));
        if (cell === undefined) return units;
        let end = cell + 1;
        while (end < n && !units[end]!.startsWith("</td")) end++;
        units.splice(cell, end + 1 - cell);
        return units;
      }
      const line = nthMatching(units, m.at, (u) => u.includes("|"));
      if (line === undefined) return units;
      const cells = units[line]!.split("|");
      cells.splice(m.cell % cells.length, 1);
      units[line] = cells.join("|");
      return units;
    }
    case "break-tag": {
      // Placed right before an operation heading half the time: that is where it does most harm.
      const before = m.at % 2 === 0 ? (nthMatching(units, m.at >>> 1, (u) => OPERATION_HEADING.test(u)) ?? i) : i;
      units.splice(
        before,
        0,
        kind === "html" ? BROKEN_MARKUP[m.variant % BROKEN_MARKUP.length]! : JUNK[m.variant % JUNK.length]!,
      );
      return units;
    }
    case "inject": {
      const unit = units[i]!;
      const cut = m.at % (unit.length + 1);
      units[i] = unit.slice(0, cut) + m.text + unit.slice(cut);
      return units;
    }
    case "nest": {
      const open = kind === "html" ? `<${m.tag}>`.repeat(m.depth) : "> ".repeat(m.depth);
      const close = kind === "html" && m.closed ? `</${m.tag}>`.repeat(m.depth) : "";
      const end = Math.min(n - 1, i + (m.at % 50));
      units[i] = open + units[i]!;
      units[end] = units[end]! + close;
      return units;
    }
    case "nest-tables":
      units.splice(i, 0, nestedTables(kind, m.depth));
      return units;
    case "big": {
      // The page grows to about `megabytes` by repeating a slice of its own content.
      const chunk = units.slice(i, Math.min(n, i + 200)).join(kind === "html" ? "" : "\n");
      const times = Math.max(1, Math.ceil((m.megabytes * 1024 * 1024) / Math.max(1, chunk.length)));
      units.splice(
        i,
        0,
        Array.from({ length: Math.min(times, 50 * 1024 * 1024) }, () => chunk).join(kind === "html" ? "" : "\n"),
      );
      return units;
    }
    case "heading-without-url":
      units.splice(i, 0, kind === "html" ? `<h2>${m.method} ${m.title}</h2>` : `${m.method} ${m.title}`);
      return units;
    case "duplicate-operation": {
      const start = nthMatching(units, m.at, (u) => OPERATION_HEADING.test(u));
      if (start === undefined) return units;
      let end = start + 1;
      while (end < n && !OPERATION_HEADING.test(units[end]!)) end++;
      let copy = units.slice(start, end);
      if (m.retype)
        copy = copy.map((u) => u.replace(/\binteger\b/g, "string").replace(/\bboolean\b/g, "Array of object"));
      units.splice(end, 0, ...copy);
      return units;
    }
    case "junk":
      units.splice(i, 0, m.text);
      return units;
  }
}

/** The damaged page text; the same case always gives the same text. */
export function applyMutations(text: string, kind: CaptureKind, mutations: readonly Mutation[]): string {
  const { units, join } = split(text, kind);
  let current = units;
  for (const mutation of mutations) current = applyOne(current, kind, mutation);
  return current.join(join);
}
