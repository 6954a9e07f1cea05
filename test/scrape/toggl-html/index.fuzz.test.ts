import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../../src/model/errors.js";
import type { DocField, DocPage } from "../../../src/model/types.js";
import { togglHtmlReader } from "../../../src/scrape/toggl-html/index.js";
import { codeBlock, curl, FIELD_HEADER, heading, page, PARAMETER_HEADER, samples, table } from "./html-page.js";

/**
 * Damaged pages (lines or elements dropped, duplicated, shuffled, truncated, junk injected) must
 * read as a page or fail with a DocsInputError; never with any other exception. Whatever is read
 * must still point at lines that exist.
 */

const JUNK = [
  "<table>",
  "</table>",
  "</div>",
  "<div>",
  "<tr><td>x</td></tr>",
  "<table><tr><td></td></tr></table>",
  "<h2>GET</h2>",
  "<h2>POST Broken op</h2>",
  "<h4>200</h4>",
  "<h5>items</h5>",
  "<h3>Parameters</h3>",
  "<h4>Body</h4>",
  "<ul><li></li></ul>",
  "<p></p>",
  '<div role="tabpanel"></div>',
  '<div class="tabs-container"><ul role="tablist"><li role="tab">cURL</li></ul></div>',
  "<pre><code>curl -X</code></pre>",
  "<pre><code>{not json</code></pre>",
  "<!--",
  "&#x0;&amp;&bogus;",
  "\u200b\u00a0\uFEFF",
  "<script>throw 1</script>",
  "\r",
];

type Mutation =
  | { kind: "drop"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number }
  | { kind: "shuffle"; at: number; seed: number }
  | { kind: "truncate"; fraction: number }
  | { kind: "inject"; at: number; junk: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("shuffle" as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant("inject" as const),
    at: fc.nat(),
    junk: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 20 })),
  }),
);

/** Applies one mutation to a list of units (lines of a file, or elements of a page). */
function mutate(units: string[], m: Mutation): string[] {
  const at = units.length === 0 ? 0 : ("at" in m ? m.at : 0) % units.length;
  switch (m.kind) {
    case "drop":
      return [...units.slice(0, at), ...units.slice(at + m.count)];
    case "duplicate":
      return [...units.slice(0, at + m.count), ...units.slice(at, at + m.count), ...units.slice(at + m.count)];
    case "shuffle": {
      const window = units.slice(at, at + 6);
      const shuffled = window
        .map((u, i) => ({ u, k: (m.seed * (i + 7919)) % 104729 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.u);
      return [...units.slice(0, at), ...shuffled, ...units.slice(at + 6)];
    }
    case "truncate": {
      const text = units.join("\n");
      return text.slice(0, Math.floor(text.length * m.fraction)).split("\n");
    }
    case "inject":
      return [...units.slice(0, at), m.junk, ...units.slice(at)];
  }
}

function readOrInputError(text: string): DocPage | undefined {
  try {
    return togglHtmlReader.read(text, "fuzz.html");
  } catch (error) {
    if (error instanceof DocsInputError) return undefined;
    throw error;
  }
}

function allLines(p: DocPage): number[] {
  const fieldLines = (fields: readonly DocField[] | undefined): number[] =>
    (fields ?? []).flatMap((f) => [f.source.line, ...fieldLines(f.children)]);
  return [
    ...p.diagnostics.map((d) => d.source.line),
    ...p.operations.flatMap((o) => [
      o.source.line,
      ...o.methodEvidence.map((e) => e.source.line),
      ...o.parameters.map((x) => x.source.line),
      ...(o.body ? [o.body.source.line, ...fieldLines(o.body.fields)] : []),
      ...o.responses.flatMap((r) => [r.source.line, ...fieldLines(r.fields)]),
    ]),
  ];
}

function checkReads(text: string): void {
  const result = readOrInputError(text);
  if (!result) return;
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const line of allLines(result)) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lineCount);
  }
}

describe("togglHtmlReader.read on damaged pages", () => {
  it("survives line-level damage to the real Clients page", () => {
    const lines = readFileSync("spec/sources/toggl-track-v9/html/api-clients.html", "utf8").split("\n");
    // The article starts at line 30; damage there is what matters, so mutations aim at it.
    const head = lines.slice(0, 29);
    const article = lines.slice(29);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkReads([...head, ...mutations.reduce(mutate, article)].join("\n"));
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("survives element-level damage to a page with every layout variant", () => {
    const url = "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/projects";
    const elements = [
      heading(2, "POST Create project"),
      codeBlock(url),
      "<p>Creates a project.</p>",
      '<div class="theme-admonition theme-admonition-info"><div class="admonitionHeading_a">info</div><div class="admonitionContent_b"><p>Premium.</p></div></div>',
      samples({ cURL: curl("POST", url), Go: "http.NewRequest(http.MethodPut, url)" }),
      heading(3, "Parameters"),
      heading(4, "Path"),
      table(PARAMETER_HEADER, [["workspace_id", "integer", "true", "ID"]]),
      heading(4, "Query"),
      table(PARAMETER_HEADER, [["page", "integer", "false", "Page"]]),
      heading(4, "Query", "query-1"),
      table(undefined, [["name", "string", "maybe"]]),
      heading(4, "Body"),
      table(FIELD_HEADER, [
        ["items", "Array of object", "-"],
        ["", "x"],
      ]),
      heading(5, "items"),
      table(FIELD_HEADER, [["tasks", "Array of object", "-"]]),
      heading(6, "tasks"),
      table(["Description", "Name", "Type", "Extra"], [["d", "id", "integer", "e"]]),
      heading(3, "Response"),
      heading(4, "200"),
      "<p>Returns the project</p>",
      table(FIELD_HEADER, [["id", "integer", "-"]]),
      heading(4, "400"),
      "<p>Possible error messages:</p>",
      "<ul><li>Bad name</li><li>Bad <code>id</code></li></ul>",
      heading(4, "500 Internal Server Error", "500"),
      heading(2, "Notes"),
      "<p>Prose.</p>",
    ];
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        checkReads(page("Projects", mutations.reduce(mutate, elements)));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("survives arbitrary text and truncation of an inline page", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        checkReads(page("Junk", [junk]));
        checkReads(`<div class="theme-doc-markdown">${junk}`);
      }),
      { numRuns: 200 },
    );
  });
});
