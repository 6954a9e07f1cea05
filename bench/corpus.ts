/**
 * Writes a synthetic Toggl-style docs corpus with N operations, for the scale benchmark.
 *
 * The pages imitate `spec/sources/toggl-track-v9/html/api-clients.html` as served: the real page
 * shell (head, navigation, footer, copied from that file), then per operation the Docusaurus
 * markup of the real pages: `<h2 id=…>METHOD Title</h2>`, the URL code block, a description,
 * six highlighted code-sample tabs (cURL, Go, Ruby, JavaScript, Python, Rust) that agree with the
 * method, `<h3>Parameters</h3>` with `<h4>Path/Query/Body</h4>` tables, `<h3>Response</h3>` with a
 * `<h4>200</h4>` table and `<h5>` nested tables (items, an object field, an array of objects),
 * and error statuses with prose and lists. Heading ids repeat with -1, -2 suffixes as Docusaurus
 * makes them. About 20 operations per page, one resource per page (its own CRUD and three
 * sub-resources), so paths nest two levels deep. Deterministic: the same N gives the same bytes.
 *
 *   node --import tsx bench/corpus.ts <N> <dir>     writes <dir>/page-000.html … and prints a summary
 */
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiConfig } from "../src/config/types.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TEMPLATE_PAGE = "spec/sources/toggl-track-v9/html/api-clients.html";
export const CORPUS_SERVER = "https://api.track.toggl.com/api/v9";

export interface CorpusPage {
  /** File name, e.g. "page-007.html". */
  name: string;
  title: string;
  html: string;
  operations: number;
}

export interface Corpus {
  dir: string;
  /** Absolute paths of the pages, in order. */
  files: string[];
  operations: number;
  bytes: number;
  api: ApiConfig;
}

const ADJECTIVES = [
  "billing",
  "project",
  "team",
  "audit",
  "shared",
  "custom",
  "archived",
  "public",
  "private",
  "recurring",
  "scheduled",
  "external",
  "tracked",
  "pinned",
  "default",
  "primary",
  "linked",
  "saved",
  "global",
  "local",
];
const NOUNS = [
  "alert",
  "budget",
  "calendar",
  "dashboard",
  "export",
  "feed",
  "goal",
  "group",
  "invoice",
  "label",
  "milestone",
  "note",
  "portfolio",
  "report",
  "rule",
  "sprint",
  "template",
  "timeline",
  "view",
  "webhook",
];
const SUBS = [
  "member",
  "rate",
  "attachment",
  "comment",
  "reminder",
  "revision",
  "share",
  "estimate",
  "approval",
  "snapshot",
  "tag",
  "filter",
];

interface Resource {
  /** "billing alert" */
  words: string;
  /** "billing_alerts" */
  segment: string;
  /** "billing_alert_id" */
  idParam: string;
}

function resource(words: string): Resource {
  const snake = words.replace(/ /g, "_");
  return { words, segment: `${snake}s`, idParam: `${snake}_id` };
}

function pageResource(page: number): Resource {
  const adjective = ADJECTIVES[page % ADJECTIVES.length]!;
  const noun = NOUNS[Math.floor(page / ADJECTIVES.length) % NOUNS.length]!;
  const round = Math.floor(page / (ADJECTIVES.length * NOUNS.length));
  return resource(round === 0 ? `${adjective} ${noun}` : `${adjective} ${noun} v${round + 1}`);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// HTML pieces, as Docusaurus renders them

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/** Docusaurus heading ids: a slug, then -1, -2 … for repeats on the same page. */
class Slugger {
  readonly #seen = new Map<string, number>();
  slug(text: string): string {
    const base = text
      .toLowerCase()
      .replace(/[^a-z0-9 _-]/g, "")
      .trim()
      .replace(/ +/g, "-");
    const n = this.#seen.get(base);
    this.#seen.set(base, (n ?? -1) + 1);
    return n === undefined ? base : `${base}-${n + 1}`;
  }
}

function heading(level: number, text: string, slugger: Slugger): string {
  const id = slugger.slug(text);
  const label = escapeHtml(text);
  return `<h${level} class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${label}<a href="index.html#${id}" class="hash-link" aria-label="Direct link to ${label}" title="Direct link to ${label}">\u200b</a></h${level}>`;
}

const TOKEN_STYLES: Record<string, string> = {
  string: ' style="color:rgb(195, 232, 141)"',
  punctuation: ' style="color:rgb(199, 146, 234)"',
  keyword: ' style="font-style:italic"',
  function: ' style="color:rgb(130, 170, 255)"',
  operator: ' style="color:rgb(137, 221, 255)"',
  plain: "",
};

const KEYWORDS = new Set([
  "if",
  "return",
  "let",
  "const",
  "require",
  "import",
  "from",
  "defer",
  "async",
  "fn",
  "use",
  "extern",
  "crate",
  "print",
  "puts",
  "await",
  "func",
  "nil",
]);
const TOKEN =
  /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|([A-Za-z_][A-Za-z0-9_]*)|([{}()[\],.;:])|([=!<>&|+\-*/%?#]+)|(\s+|[^\sA-Za-z_"'`{}()[\],.;:=!<>&|+\-*/%?#]+)/g;

/** One line of code as prism-react-renderer highlights it: one span per token. */
function highlightLine(line: string): string {
  if (line === "") return '<span class="token plain" style="display:inline-block"></span>';
  let out = "";
  for (const m of line.matchAll(TOKEN)) {
    const [text, str, word, punct, op] = m;
    let kind = "plain";
    if (str) kind = "string";
    else if (word) kind = KEYWORDS.has(word) ? "keyword" : line[m.index! + word.length] === "(" ? "function" : "plain";
    else if (punct) kind = "punctuation";
    else if (op) kind = "operator";
    out += `<span class="token ${kind}"${TOKEN_STYLES[kind]}>${escapeHtml(text)}</span>`;
  }
  return out;
}

function codeBlock(language: string, code: string): string {
  const lines = code
    .split("\n")
    .map((l) => `<span class="token-line" style="color:#bfc7d5">${highlightLine(l)}<br></span>`);
  return (
    `<div class="language-${language} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#bfc7d5;--prism-background-color:#292d3e">` +
    `<div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-${language} codeBlock_bY9V thin-scrollbar" style="color:#bfc7d5;background-color:#292d3e">` +
    `<code class="codeBlockLines_e6Vv">${lines.join("")}</code></pre></div></div>`
  );
}

function urlBlock(url: string): string {
  return (
    `<div class="language-shell codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#bfc7d5;--prism-background-color:#292d3e">` +
    `<div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-shell codeBlock_bY9V thin-scrollbar" style="color:#bfc7d5;background-color:#292d3e">` +
    `<code class="codeBlockLines_e6Vv"><span class="token-line" style="color:#bfc7d5"><span class="token plain">${escapeHtml(url)}</span><br></span></code></pre></div></div>`
  );
}

const SAMPLE_LANGUAGES = [
  ["cURL", "shell"],
  ["Go", "go"],
  ["Ruby", "rb"],
  ["JavaScript", "javascript"],
  ["Python", "python"],
  ["Rust", "rust"],
] as const;

/** The six samples of the real pages, with this operation's method, URL and body. */
function sampleCode(method: string, url: string, body: string | undefined): string[] {
  const lower = method.toLowerCase();
  const title = capital(lower);
  const json = body ? `\\${body.slice(0, -1)}\\}` : undefined;
  const curl = [
    `curl ${method === "GET" ? "" : `-X ${method} `}${url} \\`,
    `-H "Content-Type: application/json" \\`,
    ...(json ? [`-d '${json}' \\`] : []),
    "-u <email>:<password>",
  ];
  const go = [
    ...(json ? [`bytes, err := json.Marshal('${json}')`, "if err != nil {", "print(err)", "}"] : []),
    `req, err := http.NewRequest(http.Method${title},`,
    `"${url}"${json ? ", bytes.NewBuffer(bytes)" : ""})`,
    "if err != nil {",
    "print(err)",
    "}",
    'req.Header.Set("Content-Type", "application/json; charset=utf-8")',
    'req.SetBasicAuth("<email>", "<password>")',
    "client := &http.Client{}",
    "resp, err := client.Do(req)",
    "if err != nil {",
    "print(err)",
    "}",
    "defer resp.Body.Close()",
    "body, err := ioutil.ReadAll(resp.Body)",
    "if err != nil {",
    "print(err)",
    "}",
    "fmt.Print(string(body))",
  ];
  const ruby = [
    "require 'net/http'",
    "require 'uri'",
    "require 'json'",
    "",
    `uri = URI('${url}')`,
    "http = Net::HTTP.new(uri.host, uri.port)",
    `req = Net::HTTP::${title}.new(uri.path)`,
    `req['Content-Type'] = "application/json"`,
    ...(json ? [`req.body = ${json}.to_json`] : []),
    "request.basic_auth '<email>', '<password>'",
    "res = http.request(req)",
    "puts JSON.parse(res.body)",
  ];
  const js = [
    `fetch("${url}", {`,
    `  method: "${method}",`,
    ...(json ? [`  body: ${json},`] : []),
    "  headers: {",
    '    "Content-Type": "application/json",',
    '    "Authorization": `Basic ${base64.encode(<email>:<password>)}`',
    "  },",
    "})",
    ".then((resp) => resp.json())",
    ".then((json) => {",
    "  console.log(json);",
    "})",
    ".catch(err => console.error(err));",
  ];
  const python = [
    "import requests",
    "from base64 import b64encode",
    `data = requests.${lower}('${url}', ${json ? `json=${json}, ` : ""}headers={'content-type': 'application/json', 'Authorization' : 'Basic %s' %  b64encode(b"<email>:<password>").decode("ascii")})`,
    "print(data.json())",
  ];
  const rust = [
    "extern crate tokio;",
    "extern crate serde_json;",
    "use reqwest::{Client};",
    "use reqwest::header::{CONTENT_TYPE};",
    "",
    "#[tokio::main]",
    "async fn main() -> Result<(), reqwest::Error> {",
    '  let client = Client::new().basic_auth("<email>", "<password>");',
    `  let json = client.request(Method::${method}, "${url}".to_string())`,
    ...(json ? [`    .json(&serde_json::json!(${json}))`] : []),
    '    .header(CONTENT_TYPE, "application/json")',
    "    .send()",
    "    .await?",
    "    .json()",
    "    .await?;",
    "",
    '  println!("{:#?}", json);',
    "  Ok(())",
    "}",
  ];
  return [curl, go, ruby, js, python, rust].map((lines) => lines.join("\n"));
}

function samples(method: string, url: string, body: string | undefined): string {
  const code = sampleCode(method, url, body);
  const tabs = SAMPLE_LANGUAGES.map(([label], i) =>
    i === 0
      ? `<li role="tab" tabindex="0" aria-selected="true" class="tabs__item tabItem_LNqP tabs__item--active">${label}</li>`
      : `<li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">${label}</li>`,
  ).join("");
  const panels = SAMPLE_LANGUAGES.map(
    ([, language], i) =>
      `<div role="tabpanel" class="tabItem_Ymn6"${i === 0 ? "" : ' hidden=""'}>${codeBlock(language, code[i]!)}</div>`,
  ).join("");
  return `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${tabs}</ul><div class="margin-top--md">${panels}</div></div>`;
}

interface Field {
  name: string;
  type: string;
  description: string;
  /** The nested table of an `object` or `Array of object` field. */
  nested?: Field[];
}

function parameterTable(rows: { name: string; type: string; required: boolean; description: string }[]): string {
  const th = (t: string) => `<th style="text-align:left">${t}</th>`;
  const td = (t: string) => `<td style="text-align:left">${escapeHtml(t)}</td>`;
  return `<table><thead><tr>${th("name")}${th("type")}${th("required")}${th("description")}</tr></thead><tbody>${rows.map((r) => `<tr>${td(r.name)}${td(r.type)}${td(String(r.required))}${td(r.description)}</tr>`).join("")}</tbody></table>`;
}

function fieldTable(fields: readonly Field[]): string {
  const rows = fields
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.name)}</td><td>${escapeHtml(f.type)}</td><td>${escapeHtml(f.description)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A field table followed by an `<h5>` table for each object field, depth first, as the real pages nest. */
function fieldTables(fields: readonly Field[], slugger: Slugger): string {
  const parts = [fieldTable(fields)];
  for (const f of fields) if (f.nested) parts.push(heading(5, f.name, slugger), fieldTables(f.nested, slugger));
  return parts.join("\n");
}

/** The entity a (sub-)resource returns: about a dozen fields, one nested object, one array of objects. */
function entityFields(r: Resource, parent: Resource | undefined): Field[] {
  const name = r.words;
  return [
    { name: "active", type: "boolean", description: `Whether the ${name} is active` },
    { name: "at", type: "string", description: "When was the last update" },
    { name: "created_at", type: "string", description: `When the ${name} was created` },
    { name: "creator_id", type: "integer", description: `CreatorID is the ID of the user who created the ${name}` },
    {
      name: "external_reference",
      type: "string",
      description: `ExternalReference can be used to store an external reference to the Track ${capital(name)} entity.`,
    },
    {
      name: "history",
      type: "Array of object",
      description: "Changes made to this entity",
      nested: [
        { name: "at", type: "string", description: "When the change was made" },
        { name: "field", type: "string", description: "The changed field" },
        { name: "user_id", type: "integer", description: "Who made the change" },
      ],
    },
    { name: "id", type: "integer", description: `${capital(name)} ID` },
    { name: "name", type: "string", description: `Name of the ${name}` },
    { name: "notes", type: "string", description: "-" },
    ...(parent
      ? [{ name: parent.idParam, type: "integer", description: `The ${parent.words} this ${name} belongs to` }]
      : []),
    {
      name: "permissions",
      type: "Array of string",
      description: `List of authorization permissions for this ${name}.`,
    },
    { name: "rate", type: "number", description: "Hourly rate, in the workspace currency" },
    {
      name: "settings",
      type: "object",
      description: `Display settings of the ${name}`,
      nested: [
        { name: "color", type: "string", description: "Hex colour" },
        { name: "position", type: "integer", description: "Sort position" },
        { name: "visible", type: "boolean", description: "Shown in lists" },
      ],
    },
    { name: "wid", type: "integer", description: "Workspace ID" },
  ];
}

function bodyFields(r: Resource): Field[] {
  return entityFields(r, undefined).filter((f) =>
    ["active", "external_reference", "name", "notes", "rate", "settings"].includes(f.name),
  );
}

function bodyExample(fields: readonly Field[]): string {
  return `{${fields.map((f) => `"${f.name}":${f.type === "object" ? "{}" : `"${f.type}"`}`).join(",")}}`;
}

type Kind = "list" | "create" | "get" | "update" | "delete";
const KINDS: readonly Kind[] = ["list", "create", "get", "update", "delete"];

interface OperationSpec {
  method: string;
  title: string;
  path: string;
  description: string;
  pathParams: { name: string; description: string }[];
  query: boolean;
  body?: Field[];
  response?: { list: boolean; fields: Field[] };
  errors: { status: string; text: string | string[] }[];
}

function operationSpec(kind: Kind, r: Resource, parent: Resource | undefined): OperationSpec {
  const base = parent
    ? `/workspaces/{workspace_id}/${parent.segment}/{${parent.idParam}}/${r.segment}`
    : `/workspaces/{workspace_id}/${r.segment}`;
  const of = parent ? ` of ${parent.words}` : "";
  const pathParams = [
    { name: "workspace_id", description: "Numeric ID of the workspace" },
    ...(parent ? [{ name: parent.idParam, description: `Numeric ID of the ${parent.words}` }] : []),
  ];
  const item = [...pathParams, { name: r.idParam, description: `Numeric ID of the ${r.words}` }];
  const fields = entityFields(r, parent);
  const forbidden = { status: "403", text: "Forbidden" };
  const server = { status: "500", text: "Internal Server Error" };
  const notFound = { status: "404", text: `No ${r.words} with ID {${r.idParam}} was found` };
  const invalid = {
    status: "400",
    text: [
      "Possible errors:",
      `${r.words} name can't be blank`,
      "invalid workspace ID",
      `${r.words} rate out of range`,
    ],
  };
  switch (kind) {
    case "list":
      return {
        method: "GET",
        title: `List ${r.words}s${of}`,
        path: base,
        description: `List ${r.words}s from workspace${parent ? ` for the given ${parent.words}` : ""}.`,
        pathParams,
        query: true,
        response: { list: true, fields },
        errors: [{ status: "400", text: `${capital(r.words)} status is invalid` }, forbidden, server],
      };
    case "create":
      return {
        method: "POST",
        title: `Create ${r.words}${of}`,
        path: base,
        description: `Create workspace ${r.words}.`,
        pathParams,
        query: false,
        body: bodyFields(r),
        response: { list: false, fields },
        errors: [invalid, forbidden, server],
      };
    case "get":
      return {
        method: "GET",
        title: `Load ${r.words}${of} from ID`,
        path: `${base}/{${r.idParam}}`,
        description: `Load ${r.words} from the given ID.`,
        pathParams: item,
        query: false,
        response: { list: false, fields },
        errors: [forbidden, notFound, server],
      };
    case "update":
      return {
        method: "PUT",
        title: `Change ${r.words}${of}`,
        path: `${base}/{${r.idParam}}`,
        description: `Update workspace ${r.words}.`,
        pathParams: item,
        query: false,
        body: bodyFields(r),
        response: { list: false, fields },
        errors: [invalid, forbidden, notFound, server],
      };
    case "delete":
      return {
        method: "DELETE",
        title: `Delete ${r.words}${of}`,
        path: `${base}/{${r.idParam}}`,
        description: `Delete workspace ${r.words}.`,
        pathParams: item,
        query: false,
        errors: [forbidden, notFound, server],
      };
  }
}

function operationHtml(op: OperationSpec, slugger: Slugger): string {
  const url = `${CORPUS_SERVER}${op.path}`;
  const body = op.body ? bodyExample(op.body) : undefined;
  const parts = [
    heading(2, `${op.method} ${op.title}`, slugger),
    urlBlock(url),
    `<p>${escapeHtml(op.description)}</p>`,
    samples(op.method, url, body),
  ];
  parts.push(
    heading(3, "Parameters", slugger),
    heading(4, "Path", slugger),
    parameterTable(op.pathParams.map((p) => ({ ...p, type: "integer", required: true }))),
  );
  if (op.query) {
    parts.push(
      heading(4, "Query", slugger),
      parameterTable([
        {
          name: "status",
          type: "string",
          required: false,
          description:
            "Use 'active' to only list active entries, 'archived' to only list archived entries and 'both' to retrieve both. If not provided, only active entries are returned.",
        },
        {
          name: "name",
          type: "string",
          required: false,
          description:
            "If provided, allows to filter by name in a case insensitive manner, returning all the ones that contain the given string.",
        },
        { name: "page", type: "integer", required: false, description: "Page number, starting at 1." },
        { name: "per_page", type: "integer", required: false, description: "Number of items per page, at most 200." },
      ]),
    );
  }
  if (op.body) parts.push(heading(4, "Body", slugger), fieldTables(op.body, slugger));
  parts.push(heading(3, "Response", slugger), heading(4, "200", slugger));
  if (!op.response) parts.push("<p>Successful operation.</p>");
  else if (op.response.list)
    parts.push(
      fieldTable([{ name: "items", type: "Array of object", description: "-" }]),
      heading(5, "items", slugger),
      fieldTables(op.response.fields, slugger),
    );
  else parts.push(fieldTables(op.response.fields, slugger));
  for (const e of op.errors) {
    parts.push(heading(4, e.status, slugger));
    if (typeof e.text === "string") parts.push(`<p>${escapeHtml(e.text)}</p>`);
    else
      parts.push(
        `<p>${escapeHtml(e.text[0]!)}</p>`,
        `<ul>\n${e.text
          .slice(1)
          .map((t) => `<li>${escapeHtml(t)}</li>`)
          .join("\n")}\n</ul>`,
      );
  }
  return parts.join("\n");
}

/** The operations of page `page`: the resource's own five, then five per sub-resource. */
function pageOperations(page: number, count: number): OperationSpec[] {
  const r = pageResource(page);
  const ops: OperationSpec[] = [];
  for (let i = 0; ops.length < count; i++) {
    const group = Math.floor(i / KINDS.length);
    const kind = KINDS[i % KINDS.length]!;
    if (group === 0) ops.push(operationSpec(kind, r, undefined));
    else
      ops.push(
        operationSpec(
          kind,
          resource(
            `${r.words.split(" ").pop()} ${SUBS[(group - 1) % SUBS.length]}${group > SUBS.length ? ` ${Math.ceil(group / SUBS.length)}` : ""}`,
          ),
          r,
        ),
      );
  }
  return ops;
}

let shellCache: { before: string; after: string } | undefined;

/** The real page's shell around the article, so each page weighs what a served page weighs. */
function pageShell(): { before: string; after: string } {
  if (shellCache) return shellCache;
  try {
    const page = readFileSync(path.join(ROOT, TEMPLATE_PAGE), "utf8");
    const start = page.indexOf("<h1>");
    const end = page.indexOf("</div></article>");
    if (start > 0 && end > start) return (shellCache = { before: page.slice(0, start), after: page.slice(end) });
  } catch {
    // Fall through to a minimal shell.
  }
  return (shellCache = {
    before:
      '<!doctype html><html lang="en"><head><title>Clients | Toggl Engineering</title></head><body><div class="theme-doc-markdown markdown"><header>',
    after: "</div></body></html>",
  });
}

/** The pages of a corpus with `operations` operations, `perPage` per page (pure: nothing is written). */
export function corpusPages(operations: number, perPage = 20): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const shell = pageShell();
  for (let page = 0, left = operations; left > 0; page++) {
    const count = Math.min(perPage, left);
    left -= count;
    const r = pageResource(page);
    const title = `${capital(r.words)}s`;
    const slugger = new Slugger();
    const article = pageOperations(page, count)
      .map((op) => operationHtml(op, slugger))
      .join("\n");
    const before = shell.before.replace(/Clients/g, escapeHtml(title));
    pages.push({
      name: `page-${String(page).padStart(3, "0")}.html`,
      title,
      operations: count,
      html: `${before}<h1>${escapeHtml(title)}</h1></header>${article}${shell.after}`,
    });
  }
  return pages;
}

/** The ApiConfig of a corpus: what docs2client.config.json would say for it. */
export function corpusApi(files: string[], name = "scale-corpus"): ApiConfig {
  return {
    name,
    title: "Scale corpus API",
    version: "1",
    server: CORPUS_SERVER,
    clientClass: "ScaleCorpus",
    auth: ["basic"],
    sources: files,
  };
}

export async function writeCorpus(dir: string, operations: number, perPage = 20): Promise<Corpus> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pages = corpusPages(operations, perPage);
  const files: string[] = [];
  let bytes = 0;
  for (const page of pages) {
    const file = path.join(dir, page.name);
    await writeFile(file, page.html);
    files.push(file);
    bytes += Buffer.byteLength(page.html);
  }
  return { dir, files, operations, bytes, api: corpusApi(files) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 100);
  const dir = path.resolve(process.argv[3] ?? path.join(ROOT, `.tmp/bench/corpus-${n}`));
  const corpus = await writeCorpus(dir, n);
  console.log(
    `${corpus.operations} operations on ${corpus.files.length} pages, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MiB, in ${path.relative(process.cwd(), dir)}`,
  );
}
