/**
 * The whole extraction (reader chosen by content → normaliser) on damaged captures: lines dropped,
 * duplicated, swapped, truncated, junk injected, CRLF. Nothing may escape but DocsInputError, the
 * document must stay structurally sound, and every operation heading that survived the damage must
 * be in the spec or named in the report.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ApiConfig } from "../../src/config/types.js";
import { DocsInputError } from "../../src/model/errors.js";
import { normaliseApi } from "../../src/normalise/index.js";
import { readPageText } from "../../src/scrape/index.js";

const PAGES = [
  "spec/sources/toggl-track-v9/text/clients.txt",
  "spec/sources/toggl-track-v9/text/workspaces.txt",
  "spec/sources/toggl-track-v9/text/update-workspace.txt",
  "spec/sources/clients-v1/update-client.txt",
].map((file) => ({ file, lines: readFileSync(file, "utf8").split("\n") }));
const JUNK = [
  "",
  "|",
  "| |",
  "---|---|",
  "Support",
  "7",
  "\u00a0",
  "\u200b",
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
];
const api: ApiConfig = {
  name: "fuzz",
  title: "Fuzz",
  version: "1",
  server: "https://api.track.toggl.com/api/v9",
  clientClass: "Fuzz",
  auth: ["basic"],
  sources: [],
};

const edit = fc.record({
  kind: fc.constantFrom("drop", "duplicate", "swap", "truncate", "junk"),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 20 })),
});

type Edit = { kind: string; at: number; other: number; text: string };

function damage(lines: string[], edits: Edit[]): string[] {
  let out = [...lines];
  for (const e of edits) {
    if (out.length === 0) break;
    const at = e.at % out.length;
    if (e.kind === "drop") out.splice(at, 1);
    else if (e.kind === "duplicate") out.splice(at, 0, out[at]!);
    else if (e.kind === "swap") [out[at], out[e.other % out.length]] = [out[e.other % out.length]!, out[at]!];
    else if (e.kind === "truncate") out = out.slice(0, Math.max(1, at));
    else out.splice(at, 0, e.text);
  }
  return out;
}

const HEADING = /^(GET|POST|PUT|PATCH|DELETE) ([A-Za-z].*)$/;

describe("extraction end to end on damaged captures", () => {
  it("never throws anything but DocsInputError and accounts for every surviving operation heading", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: PAGES.length - 1 }),
        fc.array(edit, { maxLength: 10 }),
        fc.boolean(),
        (index, edits, crlf) => {
          const { file, lines: original } = PAGES[index]!;
          const text = damage(original, edits).join(crlf ? "\r\n" : "\n");
          let result: ReturnType<typeof normaliseApi>;
          let page: ReturnType<typeof readPageText>;
          try {
            page = readPageText(text, file);
            result = normaliseApi([page], api);
          } catch (error) {
            expect(error).toBeInstanceOf(DocsInputError);
            expect((error as DocsInputError).diagnostics.length).toBeGreaterThan(0);
            return;
          }
          const { document, report } = result;
          const operations = Object.values(document.paths).flatMap((item) => Object.entries(item));
          for (const [, op] of operations) {
            expect(Object.keys(op.responses as object).length).toBeGreaterThan(0);
            expect(typeof op.operationId).toBe("string");
          }
          expect(new Set(operations.map(([, op]) => op.operationId)).size).toBe(operations.length);
          const reported = [...report.warnings, ...report.repairs, ...report.conflicts]
            .map((e) => e.message)
            .join("\n");
          const lines = text.split(/\r?\n/).map((l) => l.trim());
          if (page.dialect === "clients-v1") {
            // This style marks an operation with a "Method + Path" block, not a heading.
            lines.forEach((line, i) => {
              const block =
                line === "Method + Path" ? /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(lines[i + 1] ?? "") : null;
              if (!block) return;
              const path = block[2]!.replace(/:(\w+)/g, "{$1}");
              const inSpec = Boolean(
                (document.paths[path] as Record<string, unknown> | undefined)?.[block[1]!.toLowerCase()],
              );
              expect(
                inSpec || reported.includes(block[2]!),
                `${lines[i + 1]} is neither in the spec nor in the report`,
              ).toBe(true);
            });
            return;
          }
          for (const line of lines) {
            const match = HEADING.exec(line);
            if (!match) continue;
            const [, method, title] = match;
            const inSpec = operations.some(([m, op]) => m === method!.toLowerCase() && op.summary === title!.trim());
            const named = reported.includes(title!.trim()) || reported.includes(line);
            expect(inSpec || named, `${line} is neither in the spec nor in the report`).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
