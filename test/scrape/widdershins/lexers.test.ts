import { describe, expect, it } from "vitest";
import type { Block } from "../../../src/scrape/assemble/blocks.js";
import { lexWiddershinsHtml } from "../../../src/scrape/widdershins/html-blocks.js";
import { inlineMarkdownText, inPageLink, splitDepthMarks } from "../../../src/scrape/widdershins/inline.js";
import { lexWiddershinsMarkdown } from "../../../src/scrape/widdershins/markdown-blocks.js";

/** One operation and one schema section as widdershins 4.0.1 writes them (cut from a real render). */
const MARKDOWN = `---
title: Pets v1
language_tabs:
  - shell: Shell
---

<!-- Generator: Widdershins v4.0.1 -->

<h1 id="pets">Pets v1</h1>

## listPets

<a id="opIdlistPets"></a>

> Code samples

\`\`\`shell
curl -X GET http://x.io/pets
\`\`\`

\`\`\`http
GET http://x.io/pets HTTP/1.1
\`\`\`

\`GET /pets\`

*List pets*

<h3 id="listpets-parameters">Parameters</h3>

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|limit|query|integer(int32)|false|How many \\| at most|

> Example responses

<h3 id="listpets-responses">Responses</h3>

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|A list|Inline|

<h3 id="listpets-responseschema">Response Schema</h3>

Status Code **200**

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|[[Pet](#schemapet)]|false|none|none|
|» name|string|true|none|none|
|»» first|string|false|none|none|

<aside class="success">
This operation does not require authentication
</aside>

# Schemas

<h2 id="tocS_Pet">Pet</h2>
<!-- backwards compatibility -->
<a id="schemapet"></a>
<a id="schema_Pet"></a>
`;

function summary(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case "heading":
        return `${b.line} h${b.level} ${b.text}${b.id ? ` #${b.id}` : ""}${b.anchors ? ` [${b.anchors.join(",")}]` : ""}`;
      case "table":
        return `${b.line} table ${b.table.header?.cells.join("|")} / ${b.table.rows.map((r) => `${"»".repeat(r.depth ?? 0)}${r.whole ? "(whole)" : ""}${r.cells.join("|")}${r.links ? `→${r.links.filter(Boolean).join(",")}` : ""}`).join(" / ")}`;
      case "samples":
        return `${b.line} samples ${b.samples.map((s) => s.label).join(",")}`;
      case "code":
        return `${b.line} code ${b.text.split("\n")[0]}`;
      case "paragraph":
        return `${b.line} p ${b.text}`;
      case "other":
        return `${b.line} <${b.tag}>`;
      default:
        return `${b.line} ${b.kind}`;
    }
  });
}

describe("lexWiddershinsMarkdown", () => {
  it("gives the blocks the page shows, each at its line", () => {
    const { title, blocks } = lexWiddershinsMarkdown(MARKDOWN);
    expect(title).toBe("Pets v1");
    expect(summary(blocks)).toEqual([
      "9 h1 Pets v1 #pets",
      "11 h2 listPets [opIdlistPets]",
      "17 samples shell,http",
      "25 code GET /pets",
      "27 p List pets",
      "29 h3 Parameters #listpets-parameters",
      "31 table Name|In|Type|Required|Description / limit|query|integer(int32)|false|How many | at most",
      "35 <caption>",
      "37 h3 Responses #listpets-responses",
      "39 table Status|Meaning|Description|Schema / 200|OK|A list|Inline",
      "43 h3 Response Schema #listpets-responseschema",
      "45 p Status Code 200",
      "47 table Name|Type|Required|Restrictions|Description / (whole)|[Pet]|false|none|none→schemapet / »name|string|true|none|none / »»first|string|false|none|none",
      "53 <aside>",
      "57 h1 Schemas",
      "59 h2 Pet #tocS_Pet [schemapet,schema_Pet]",
    ]);
  });

  it("reads a page with no front matter (--omitHeader) the same way", () => {
    const { title, blocks } = lexWiddershinsMarkdown(MARKDOWN.replace(/^---[\s\S]*?\n---\n/, ""));
    expect(title).toBeUndefined();
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(3);
  });
});

describe("lexWiddershinsHtml", () => {
  it("gives the same blocks for the Slate page (content only: no TOC, no language selector)", () => {
    const html = `<!doctype html>
<html><head><title>Pets v1</title></head>
<body>
<div class="toc-wrapper"><ul><li><a href="#listpets">listPets</a></li></ul><div class="lang-selector"><a>shell</a></div></div>
<div class="page-wrapper"><div class="dark-box"></div><div class="content">
<h1 id="pets">Pets v1</h1>
<h2 id="listpets">listPets</h2>
<p><a id="opIdlistPets"></a></p>
<blockquote><p>Code samples</p></blockquote>
<pre class="highlight tab tab-shell"><code>curl -X GET http://x.io/pets</code></pre>
<p><code>GET /pets</code></p>
<table><thead><tr><th>Name</th><th>Type</th></tr></thead>
<tbody><tr><td><em>anonymous</em></td><td>[<a href="#schemapet">Pet</a>]</td></tr>
<tr><td>» name</td><td>string</td></tr></tbody></table>
</div></div></body></html>`;
    const { title, blocks } = lexWiddershinsHtml(html);
    expect(title).toBe("Pets v1");
    expect(summary(blocks)).toEqual([
      "6 h1 Pets v1 #pets",
      "7 h2 listPets #listpets [opIdlistPets]",
      "10 samples shell",
      "11 code GET /pets",
      "12 table Name|Type / (whole)|[Pet]→schemapet / »name|string",
    ]);
  });
});

describe("inline Markdown", () => {
  it.each([
    ["[[Pet](#schemapet)]", "[Pet]", "schemapet"],
    ["[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)", "OK", undefined],
    ["`a` **b** *c* <br/>d &amp; e", "a b c d & e", undefined],
    ["string(date-time)", "string(date-time)", undefined],
  ])("%s → %s", (markdown, text, link) => {
    expect(inlineMarkdownText(markdown)).toBe(text);
    expect(inPageLink(markdown)).toBe(link);
  });

  it("reads depth marks", () => {
    expect(splitDepthMarks("»» period")).toEqual({ depth: 2, name: "period" });
    expect(splitDepthMarks("name")).toEqual({ depth: 0, name: "name" });
  });
});
