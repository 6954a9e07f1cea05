import { isRecord, type JsonObject } from "../../openapi/types.js";
import type { Diagnostic } from "../../model/types.js";
import type { Block, RawRow } from "../assemble/blocks.js";
import { descriptionCell, FIELD_TABLE_HEADER, schemaRows, schemaTypeText, type SchemaRowsNote } from "./schema-rows.js";

/**
 * The lexer of an operation page's MDX body as docusaurus-plugin-openapi-docs writes it: import
 * lines, then JSX components each opened by `<Tag` at the start of a line and closed by `</Tag>`,
 * one prop per line (`  key={<JSON>}`, the plugin's `create()`), and the operation's description
 * as Markdown between them. What the components show becomes neutral blocks:
 *   - `<Heading as="h1" children="…">` → the operation heading; other headings as they are;
 *   - `<MethodEndpoint method path>` → the URL line `POST /path`;
 *   - `<ParamsDetails parameters>` → one "<In> Parameters" heading and table per location;
 *   - `<RequestSchema title body>` → a "Body" heading and the fields table of its schema;
 *   - `<StatusCodes responses>` → "Responses", then per status a heading, its sentence, its table.
 * Props the plugin moved to a JSON file (`{...require("./x.json")}`, its `externalJsonProps`
 * default) are not on the page: said in a warning, the operation is then read from the front matter.
 */

const PROP_LINE = /^\s+([A-Za-z_]\w*)=\{(.*)\}\s*$/;
const SPREAD_REQUIRE = /^\s+\{\.\.\.require\((["'])(.+?)\1\)\}\s*$/;
const OPEN_TAG = /^<([A-Z]\w*)\b/;

interface Component {
  tag: string;
  props: Map<string, { value: unknown; line: number }>;
  external?: string;
  /** Text between the tags (a heading's `<Translate>Request</Translate>`). */
  inner: string;
  line: number;
}

const PARAMETER_LOCATIONS = ["path", "query", "header", "cookie"] as const;

export function mdxBlocks(text: string, firstLine: number, file: string, diagnostics: Diagnostic[]): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  let paragraph: { text: string[]; line: number } | undefined;
  const endParagraph = (): void => {
    if (paragraph)
      blocks.push({
        kind: "paragraph",
        text: paragraph.text.join(" ").replace(/\s+/g, " ").trim(),
        line: paragraph.line,
      });
    paragraph = undefined;
  };
  for (let i = firstLine - 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (/^import\s.+\sfrom\s.+;?\s*$/.test(raw)) continue;
    const open = OPEN_TAG.exec(raw);
    if (open) {
      endParagraph();
      const close = `</${open[1]}>`;
      let end = i;
      while (end < lines.length && lines[end]!.trim() !== close && !(end === i && raw.trim().endsWith("/>"))) end++;
      if (end >= lines.length) {
        diagnostics.push({
          severity: "warning",
          code: "mdx-unclosed",
          message: `<${open[1]}> is never closed; the rest of the page is not read`,
          source: { file, line: lineNo },
        });
        break;
      }
      blocks.push(...componentBlocks(readComponent(open[1]!, lines, i, end, file, diagnostics), file, diagnostics));
      i = end;
      continue;
    }
    const fence = /^(```+|~~~+)\s*([\w-]*)/.exec(raw);
    if (fence) {
      endParagraph();
      let end = i + 1;
      while (end < lines.length && !lines[end]!.startsWith(fence[1]!)) end++;
      blocks.push({
        kind: "code",
        text: lines.slice(i + 1, end).join("\n"),
        ...(fence[2] ? { language: fence[2] } : {}),
        line: lineNo,
      });
      i = end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (heading) {
      endParagraph();
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!, line: lineNo });
      continue;
    }
    if (raw.trim() === "") {
      endParagraph();
      continue;
    }
    if (paragraph) paragraph.text.push(raw.trim());
    else paragraph = { text: [raw.trim()], line: lineNo };
  }
  endParagraph();
  return blocks;
}

function readComponent(
  tag: string,
  lines: readonly string[],
  start: number,
  end: number,
  file: string,
  diagnostics: Diagnostic[],
): Component {
  const component: Component = { tag, props: new Map(), inner: "", line: start + 1 };
  let inTag = !lines[start]!.trimEnd().endsWith(">");
  const inner: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (inTag) {
      if (line.trim() === ">") {
        inTag = false;
        continue;
      }
      const spread = SPREAD_REQUIRE.exec(line);
      if (spread) {
        component.external = spread[2]!;
        continue;
      }
      const prop = PROP_LINE.exec(line);
      if (!prop) continue;
      try {
        component.props.set(prop[1]!, { value: JSON.parse(prop[2]!) as unknown, line: i + 1 });
      } catch {
        diagnostics.push({
          severity: "warning",
          code: "mdx-prop-unreadable",
          message: `<${tag}> prop "${prop[1]}" is not JSON; not read`,
          source: { file, line: i + 1 },
        });
      }
    } else inner.push(line.trim());
  }
  component.inner = inner
    .join(" ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return component;
}

function prop(component: Component, name: string): { value: unknown; line: number } | undefined {
  return component.props.get(name);
}

function componentBlocks(component: Component, file: string, diagnostics: Diagnostic[]): Block[] {
  const line = component.line;
  if (component.external) {
    diagnostics.push({
      severity: "warning",
      code: "mdx-props-external",
      message: `the props of <${component.tag}> are in "${component.external}" beside the page (the plugin's externalJsonProps), not on it; what it shows is not read from the page`,
      source: { file, line },
    });
    return [];
  }
  switch (component.tag) {
    case "Heading": {
      const as = String(prop(component, "as")?.value ?? "h2");
      const children = prop(component, "children")?.value;
      const text = typeof children === "string" ? children : component.inner;
      const id = prop(component, "id")?.value;
      return [
        {
          kind: "heading",
          level: Number(/^h([1-6])$/.exec(as)?.[1] ?? 2),
          text,
          ...(typeof id === "string" ? { id } : {}),
          line,
        },
      ];
    }
    case "MethodEndpoint": {
      const method = prop(component, "method");
      const path = prop(component, "path");
      if (typeof method?.value !== "string" || typeof path?.value !== "string")
        return [{ kind: "other", tag: component.tag, line }];
      return [{ kind: "code", text: `${method.value.toUpperCase()} ${path.value}`, line: path.line }];
    }
    case "ParamsDetails":
      return parameterBlocks(prop(component, "parameters"), line, file, diagnostics);
    case "RequestSchema":
      return bodyBlocks(component, file, diagnostics);
    case "StatusCodes":
      return responseBlocks(prop(component, "responses"), line, file, diagnostics);
    default:
      return [{ kind: "other", tag: component.tag, line }];
  }
}

function table(rows: RawRow[], line: number): Block {
  return { kind: "table", table: { header: { cells: FIELD_TABLE_HEADER, line }, rows, line }, line };
}

function parameterBlocks(
  parameters: { value: unknown; line: number } | undefined,
  line: number,
  _file: string,
  _diagnostics: Diagnostic[],
): Block[] {
  if (!parameters || !Array.isArray(parameters.value)) return [];
  const at = parameters.line;
  const blocks: Block[] = [];
  for (const location of PARAMETER_LOCATIONS) {
    const own = parameters.value.filter((p): p is JsonObject => isRecord(p) && p.in === location);
    if (own.length === 0) continue;
    blocks.push({
      kind: "heading",
      level: 3,
      text: `${location[0]!.toUpperCase()}${location.slice(1)} Parameters`,
      line: at,
    });
    const rows = own.map((p) => {
      const schema = isRecord(p.schema) ? p.schema : {};
      return {
        cells: [
          String(p.name ?? ""),
          schemaTypeText(schema),
          p.required === true ? "required" : "",
          descriptionCell(schema, typeof p.description === "string" ? p.description : ""),
        ],
        line: at,
      };
    });
    blocks.push(table(rows, at));
  }
  return blocks.length ? blocks : line ? [] : [];
}

/** The first media type's schema of a body or response (the theme's first tab). */
function firstSchema(content: unknown): JsonObject | undefined {
  if (!isRecord(content)) return undefined;
  for (const media of Object.values(content)) if (isRecord(media) && isRecord(media.schema)) return media.schema;
  return undefined;
}

function rowsWithNotes(schema: JsonObject, line: number, file: string, diagnostics: Diagnostic[]): RawRow[] {
  const notes: SchemaRowsNote[] = [];
  const rows = schemaRows(schema, line, notes);
  for (const note of notes)
    diagnostics.push({ severity: "warning", code: "schema-too-deep", message: note.message, source: { file, line } });
  return rows;
}

function bodyBlocks(component: Component, file: string, diagnostics: Diagnostic[]): Block[] {
  const body = prop(component, "body");
  if (!body || !isRecord(body.value)) return [];
  const title = prop(component, "title")?.value;
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: typeof title === "string" && title ? title : "Body", line: body.line },
  ];
  const schema = firstSchema(body.value.content);
  if (schema) blocks.push(table(rowsWithNotes(schema, body.line, file, diagnostics), body.line));
  return blocks;
}

function responseBlocks(
  responses: { value: unknown; line: number } | undefined,
  line: number,
  file: string,
  diagnostics: Diagnostic[],
): Block[] {
  if (!responses || !isRecord(responses.value)) return [];
  const at = responses.line;
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Responses", line }];
  for (const [status, response] of Object.entries(responses.value)) {
    blocks.push({ kind: "heading", level: 3, text: status, line: at });
    if (!isRecord(response)) continue;
    if (typeof response.description === "string" && response.description.trim())
      blocks.push({ kind: "paragraph", text: response.description.trim().replace(/\s+/g, " "), line: at });
    const schema = firstSchema(response.content);
    if (schema) {
      const rows = rowsWithNotes(schema, at, file, diagnostics);
      if (rows.length) blocks.push(table(rows, at));
    }
  }
  return blocks;
}
