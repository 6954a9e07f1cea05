/**
 * Builds one DocOperation from the labelled sections of a clients-v1 page. The method and path
 * come from the `Method + Path` block (the only method statement such pages make); tables carry a
 * `Required` column; request and response shapes are JSON examples; errors are a bullet list.
 */
import type { DocBody, DocField, DocOperation, DocParameter, DocResponse } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import { toHttpMethod } from "../common/method-evidence.js";
import { readPipeTable, startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { fieldsFromTable, parametersFromTable } from "../common/table-rows.js";
import { readCommonErrors } from "./common-errors.js";
import { parseJsonExample } from "./json-example.js";
import type { SectionKind } from "./labels.js";
import { sectionFromPath } from "./section-name.js";
import type { OperationChunk, Section } from "./sections.js";
import { appendAll } from "../common/append.js";

/** Headers the generated client sets itself: the auth scheme and the JSON body cover them. */
const IMPLIED_HEADERS = new Set(["authorization", "content-type"]);

/** The single table of a section; any other line in it is reported. */
function sectionTable(section: Section, sink: DiagnosticSink) {
  const start = section.lines.findIndex((_, i) => startsPipeTable(section.lines, i));
  if (start < 0) {
    report(sink, "warning", "table-missing", `"${section.label.text}" is not followed by a table; nothing read from it`, section.label.line);
    return undefined;
  }
  const table = readPipeTable(section.lines, start);
  const extra = [...section.lines.slice(0, start), ...section.lines.slice(table.end)];
  for (const line of extra) report(sink, "warning", "unrecognised-line", `unrecognised line "${line.text}" under "${section.label.text}"; ignored`, line.line);
  return table;
}

function readParameterSection(section: Section, location: "path" | "query" | "header", sink: DiagnosticSink): DocParameter[] {
  const table = sectionTable(section, sink);
  if (!table) return [];
  const parameters = parametersFromTable(table, location, sink);
  if (location !== "header") return parameters;
  return parameters.filter((parameter) => {
    if (!IMPLIED_HEADERS.has(parameter.name.toLowerCase())) return true;
    report(sink, "info", "header-implied", `header "${parameter.name}" is covered by the auth scheme / JSON body; not listed as a parameter`, parameter.source.line);
    return false;
  });
}

function sectionsOf(chunk: OperationChunk, kind: SectionKind): Section[] {
  return chunk.sections.filter((section) => section.kind === kind);
}

/** A section's text: its inline value and its lines, verbatim, one line each. */
function sectionText(section: Section): string {
  return [section.inline, ...section.lines.map((line) => line.text)].filter((text) => text !== "").join("\n");
}

function readMethodPath(section: Section, sink: DiagnosticSink) {
  const candidates: TextLine[] = section.inline ? [{ text: section.inline, line: section.label.line }, ...section.lines] : section.lines;
  for (const candidate of candidates) {
    const match = /^([A-Za-z]+)\s+(\S+)$/.exec(candidate.text);
    const method = match?.[1] ? toHttpMethod(match[1]) : undefined;
    if (method && match?.[2]) return { method, url: match[2], line: candidate.line };
  }
  report(sink, "error", "method-path-unreadable", `"${section.label.text}" is not followed by "METHOD /path"; operation skipped`, section.label.line);
  return undefined;
}

function readBody(chunk: OperationChunk, sink: DiagnosticSink): DocBody | undefined {
  const tables = sectionsOf(chunk, "body-parameters");
  const examples = sectionsOf(chunk, "request-body");
  if (tables.length === 0 && examples.length === 0) return undefined;
  const fields: DocField[] = [];
  for (const section of tables) {
    const table = sectionTable(section, sink);
    if (table) appendAll(fields, fieldsFromTable(table, sink));
  }
  const first = [...tables, ...examples].sort((a, b) => a.label.line - b.label.line)[0]!;
  const body: DocBody = { fields, source: { file: sink.file, line: first.label.line } };
  const example = examples[0] ? parseJsonExample(examples[0].lines, "request body example", sink) : undefined;
  if (example !== undefined) body.example = example;
  if (examples.length > 1) report(sink, "warning", "request-example-repeated", `${examples.length} request body examples; kept the first`, examples[1]!.label.line);
  return body;
}

function readExampleResponses(chunk: OperationChunk, sink: DiagnosticSink): DocResponse[] {
  return sectionsOf(chunk, "response").map((section) => {
    const status = section.status ?? "200";
    if (!section.status) report(sink, "info", "response-status-assumed", `"${section.label.text}" names no status; read as 200`, section.label.line);
    const response: DocResponse = { status, description: "", source: { file: sink.file, line: section.label.line } };
    const example = parseJsonExample(section.lines, `response ${status} example`, sink);
    if (example !== undefined) response.example = example;
    return response;
  });
}

/** Example responses first, then the error list; a status given twice is merged into one. */
function mergeResponses(responses: DocResponse[]): DocResponse[] {
  const merged: DocResponse[] = [];
  for (const response of responses) {
    const twin = merged.find((r) => r.status === response.status);
    if (!twin) {
      merged.push(response);
      continue;
    }
    if (twin.description === "") twin.description = response.description;
    if (response.messages) twin.messages = [...(twin.messages ?? []), ...response.messages];
    if (twin.example === undefined && response.example !== undefined) twin.example = response.example;
  }
  return merged;
}

export function readOperation(chunk: OperationChunk, sink: DiagnosticSink): DocOperation | undefined {
  const methodSection = sectionsOf(chunk, "method-path")[0]!;
  const methodPath = readMethodPath(methodSection, sink);
  if (!methodPath) return undefined;
  const title = chunk.title?.text ?? "";
  if (!chunk.title) report(sink, "warning", "title-missing", `no title line before "${methodSection.label.text}"`, methodSection.label.line);

  for (const section of sectionsOf(chunk, "backend-path")) {
    const backend = sectionText(section);
    const same = backend === methodPath.url;
    report(sink, same ? "info" : "warning", "backend-path", same ? `backend path equals the documented path` : `backend path "${backend}" differs from the documented path "${methodPath.url}"; the documented one is used`, section.label.line);
  }
  const description = [...sectionsOf(chunk, "description"), ...sectionsOf(chunk, "note")]
    .sort((a, b) => a.label.line - b.label.line)
    .map((section) => (section.kind === "note" ? `Note: ${sectionText(section)}` : sectionText(section)))
    .join("\n");

  const parameters: DocParameter[] = [
    ...sectionsOf(chunk, "headers").flatMap((s) => readParameterSection(s, "header", sink)),
    ...sectionsOf(chunk, "path-parameters").flatMap((s) => readParameterSection(s, "path", sink)),
    ...sectionsOf(chunk, "query-parameters").flatMap((s) => readParameterSection(s, "query", sink)),
  ];
  const responses = mergeResponses([
    ...readExampleResponses(chunk, sink),
    ...sectionsOf(chunk, "errors").flatMap((section) => readCommonErrors(section.lines, sink)),
  ]);
  if (responses.length === 0) report(sink, "warning", "responses-missing", `"${title}" documents no response`, methodSection.label.line);

  const operation: DocOperation = {
    url: methodPath.url,
    title,
    description,
    section: sectionFromPath(methodPath.url, title),
    methodEvidence: [{ from: "method-block", method: methodPath.method, source: { file: sink.file, line: methodPath.line } }],
    parameters,
    responses,
    source: { file: sink.file, line: chunk.title?.line ?? methodSection.label.line },
  };
  const body = readBody(chunk, sink);
  if (body) operation.body = body;
  const authentication = sectionsOf(chunk, "authentication").map(sectionText).join("\n");
  if (authentication !== "") operation.authentication = authentication;
  const permissions = sectionsOf(chunk, "permissions").flatMap((section) =>
    [section.inline, ...section.lines.map((line) => line.text)]
      .flatMap((text) => text.split(/,\s*/))
      .map((text) => text.replace(/^[-*•]\s*/, "").trim())
      .filter((text) => text !== ""),
  );
  if (permissions.length > 0) operation.requiredPermissions = permissions;
  return operation;
}
