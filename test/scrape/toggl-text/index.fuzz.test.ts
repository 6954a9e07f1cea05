import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import type { DocPage } from "../../../src/model/types.js";
import { readTogglText } from "../../../src/scrape/toggl-text/index.js";
import { methodOf } from "../method-of.js";

const DIR = "spec/sources/toggl-track-v9/text";
const PAGES = ["clients.txt", "workspaces.txt", "update-client.txt", "update-workspace.txt"].map((name) =>
  readFileSync(`${DIR}/${name}`, "utf8").split("\n"),
);
const JUNK = [
  "",
  "   ",
  "|",
  "| |",
  "---|---|",
  "Support",
  "7",
  "\u200b",
  "<div>",
  "items",
  "200",
  "Possible errors:",
  "- x",
  "Query",
  "Body",
  "Response",
  "Parameters",
  "`{}`",
  "\\|",
];

/** One damaging edit of a page's lines. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("junk" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 30 })),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(lines: string[], e: Edit): string[] {
  if (lines.length === 0) return lines;
  const at = e.at % lines.length;
  const out = [...lines];
  switch (e.kind) {
    case "drop":
      out.splice(at, 1);
      break;
    case "duplicate":
      out.splice(at, 0, out[at]!);
      break;
    case "swap": {
      const other = e.with % lines.length;
      [out[at], out[other]] = [out[other]!, out[at]!];
      break;
    }
    case "truncate":
      return out.slice(0, Math.max(1, at));
    case "junk":
      out.splice(at, 0, e.text);
      break;
  }
  return out;
}

/** Every line of the damaged page that is an operation heading. */
function headings(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^(GET|POST|PUT|PATCH|DELETE) [A-Za-z]/.test(line));
}

function accounted(heading: string, page: DocPage): boolean {
  return (
    page.operations.some((op) => `${methodOf(op)!.toUpperCase()} ${op.title}` === heading) ||
    page.diagnostics.some((d) => d.message.includes(heading))
  );
}

describe("readTogglText under damage", () => {
  it("never throws anything but DocsInputError, and accounts for every surviving heading", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: PAGES.length - 1 }),
        fc.array(edit, { maxLength: 12 }),
        fc.boolean(),
        (pageIndex, edits, crlf) => {
          let lines = PAGES[pageIndex]!;
          for (const e of edits) lines = apply(lines, e);
          const text = lines.join(crlf ? "\r\n" : "\n");
          let page: DocPage;
          try {
            page = readTogglText(text, "fuzz.txt");
          } catch (error) {
            expect(error).toBeInstanceOf(DocsInputError);
            return;
          }
          for (const heading of headings(text)) expect(accounted(heading, page), heading).toBe(true);
          for (const d of page.diagnostics) expect(d.source.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
