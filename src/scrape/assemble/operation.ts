import { DocsInputError } from "../../model/errors.js";
import type {
  AuthEvidence,
  Diagnostic,
  DocBody,
  DocField,
  DocOperation,
  DocParameter,
  DocResponse,
  HttpMethod,
  MethodEvidence,
  ParameterLocation,
  SourceLocation,
} from "../../model/types.js";
import { methodEvidenceFromSample, toHttpMethod } from "../common/method-evidence.js";
import type { Block, CodeSample } from "./blocks.js";
import { attachNestedTable, fieldsFromRows, newTableGroup, parameterFromRow, type TableGroup } from "./fields.js";
import { titleFromDescription } from "./description-title.js";
import { addFact, factFields, type OperationFact, type OperationFacts } from "./facts.js";
import type { DialectRoles } from "./roles.js";
import type { SchemaSections } from "./schema-sections.js";
import { isStatusTable, readStatusTable } from "./status-table.js";
import { isValuesTable } from "./values-tables.js";
import { parseLocation, readTable, type ReadTable, type TableRow } from "./table-rows.js";
import { appendAll } from "../common/append.js";
import { authEvidenceFromSample } from "../common/auth-evidence.js";
import { arrayBody, fieldsFromList, fieldsOfSchemaLine, type FieldListContext } from "./field-lists.js";

/**
 * One operation, read from the blocks between its heading and the next heading of the same or a
 * higher level, for every dialect. The usual order is: the URL (a code block, possibly after the
 * method word), description paragraphs, code samples, `Parameters` (Path / Query / Body tables, or
 * one table with an `In` column), then `Responses` (one part per status). The assembler walks the
 * blocks with a small state that says which part of the operation it is in; what a heading means
 * comes from the dialect's roles table. Content it cannot place is reported, not dropped.
 */

export interface OperationHeading {
  /** The method when the heading states it (`GET List clients`); else the URL block or samples do. */
  method?: HttpMethod;
  title: string;
  text: string;
  id?: string;
  level: number;
  line: number;
}

type Phase = "preamble" | "parameters" | "responses" | "skipped";
type Subsection = ParameterLocation | "body" | undefined;

interface State {
  file: string;
  roles: DialectRoles;
  /** The page's schema sections, for a status table's linked schemas. */
  sections?: SchemaSections;
  diagnostics: Diagnostic[];
  phase: Phase;
  subsection: Subsection;
  /** The tables of the current body or response, for nested tables. */
  group?: TableGroup;
  /** A heading that names a field: the next table describes that field. */
  pendingTitle?: { name: string; level: number; line: number };
  url?: { text: string; line: number };
  description: string[];
  samples: CodeSample[];
  evidence: MethodEvidence[];
  authEvidence: AuthEvidence[];
  parameters: DocParameter[];
  parameterTables: Set<ParameterLocation>;
  body?: DocBody;
  response?: DocResponse;
  responses: DocResponse[];
  /** Words after the status code in its heading ("404 Not Found"), used when no sentence follows. */
  statusWords: Map<DocResponse, string>;
  /** The fact label the prose that follows states (`./facts.ts`), until the next heading. */
  fact?: OperationFact;
  facts: OperationFacts;
  /** Responses whose heading named them with the current one ("401, 404"): they share its fields. */
  sharing: DocResponse[];
  /** A second media type of the same body or response: its fields repeat or replace the first's, not read. */
  otherMediaType?: string;
  /** The media type whose fields the current body or response holds. */
  mediaTypeRead?: string;
  /** A label said what the list after it holds: not fields ("Headers:"), or an array body's items ("Array of:"). */
  nextList?: { label: string; holds: "not-fields" | "array-items" };
}

export function readOperation(
  heading: OperationHeading,
  blocks: readonly Block[],
  file: string,
  section: string,
  diagnostics: Diagnostic[],
  roles: DialectRoles,
  sections?: SchemaSections,
): DocOperation {
  const state: State = {
    file,
    roles,
    ...(sections ? { sections } : {}),
    diagnostics,
    phase: "preamble",
    subsection: undefined,
    description: [],
    samples: [],
    authEvidence: [],
    evidence: heading.method ? [{ from: "heading", method: heading.method, source: { file, line: heading.line } }] : [],
    parameters: [],
    parameterTables: new Set(),
    responses: [],
    statusWords: new Map(),
    facts: {},
    sharing: [],
  };
  blocks.forEach((block, i) => readBlock(state, block, blocks[i + 1]));
  return finish(state, heading, section);
}

function readBlock(state: State, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case "heading":
      return onHeading(state, block);
    case "table":
      return onTable(state, block);
    case "paragraph":
      return onParagraph(state, block, next);
    case "list":
      return onList(state, block);
    case "code":
      return onCode(state, block);
    case "samples":
      return onSamples(state, block);
    case "admonition":
      return onProse(state, block.label ? `${block.label}: ${block.text}` : block.text, block.line);
    case "other":
      return note(state, block.line, "unknown-element", `<${block.tag}> element skipped`);
  }
}

function at(state: State, line: number): SourceLocation {
  return { file: state.file, line };
}

function note(
  state: State,
  line: number,
  code: string,
  message: string,
  severity: Diagnostic["severity"] = "info",
): void {
  state.diagnostics.push({ severity, code, message, source: at(state, line) });
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function groupHasField(group: TableGroup, name: string): boolean {
  return group.tables.some((table) => table.fields.some((f) => f.name === name));
}

function onHeading(state: State, block: Extract<Block, { kind: "heading" }>): void {
  const role = state.roles.heading(block.text, block.level, block.id);
  state.otherMediaType = undefined;
  state.mediaTypeRead = undefined;
  state.pendingTitle = undefined;
  state.fact = undefined;
  if (role.role === "status") {
    selectStatus(state, role.status, role.rest, block.level, block.line, true);
    // "401, 404, 500" under one heading: one response per status, sharing what follows.
    state.sharing = (role.also ?? []).map((status): DocResponse => ({
      status,
      description: "",
      source: at(state, block.line),
    }));
    appendAll(state.responses, state.sharing);
    return;
  }
  state.sharing = [];
  // Below a Body or status heading, a deeper heading (or one spelled exactly like a field
  // above it) titles a nested table: "items", "errors", "admins".
  const group = state.group;
  const groupLevel = group?.tables[0]?.level ?? Infinity;
  if (group && (block.level > groupLevel || groupHasField(group, block.text))) {
    state.pendingTitle = { name: block.text, level: block.level, line: block.line };
    return;
  }
  switch (role.role) {
    case "parameters":
    case "responses":
      return enterPart(state, role.role, undefined);
    case "parameter-group":
      return enterPart(state, "parameters", role.location);
    case "body":
      return openBody(state, block.level, block.line);
    case "description":
      // Prose under such a label is the description again, even after the parameters.
      return enterPart(state, "preamble", undefined);
    case "fact":
      state.fact = role.fact;
      return;
    case "skip":
      return enterPart(state, "skipped", undefined);
    case "end":
      return enterPart(state, "responses", undefined);
    default:
      if (group) state.pendingTitle = { name: block.text, level: block.level, line: block.line };
      else
        note(
          state,
          block.line,
          "heading-ignored",
          `heading "${excerpt(block.text)}" is not part of the operation layout; skipped`,
        );
  }
}

/** Moves to another part of the operation, leaving the response or body table group it was in. */
function enterPart(state: State, phase: Phase, subsection: Subsection): void {
  state.phase = phase;
  state.subsection = subsection;
  state.response = undefined;
  state.group = undefined;
}

/** A status heading (or label) opens that response; one a status table already listed is reopened. */
function selectStatus(
  state: State,
  status: string,
  rest: string,
  level: number,
  line: number,
  sayRepeated = false,
): void {
  state.sharing = [];
  state.phase = "responses";
  state.subsection = undefined;
  state.pendingTitle = undefined;
  let response = state.responses.find((r) => r.status === status);
  // A status documented twice under its own headings (an example, then an error list) is one response.
  if (response && sayRepeated)
    note(state, line, "status-repeated", `status ${status} is documented a second time; read into the first`);
  if (!response) {
    response = { status, description: "", source: at(state, line) };
    state.responses.push(response);
    state.statusWords.set(response, rest);
  }
  state.response = response;
  state.group = newTableGroup(response.fields ?? [], level);
}

/** A status table: a response per row, its fields from a linked schema section. */
function addStatusRows(state: State, table: Extract<Block, { kind: "table" }>["table"]): void {
  state.phase = "responses";
  state.subsection = undefined;
  state.response = undefined;
  state.group = undefined;
  for (const { response, fields } of readStatusTable(
    table,
    state.sections,
    state.file,
    state.diagnostics,
    state.roles,
  )) {
    const existing = state.responses.find((r) => r.status === response.status);
    if (existing) {
      note(
        state,
        response.source.line,
        "status-repeated",
        `status ${response.status} is listed again; the first is kept`,
        "warning",
      );
      continue;
    }
    if (fields) response.fields = fields;
    state.responses.push(response);
  }
}

function openBody(state: State, level: number, line: number): void {
  state.phase = "parameters";
  state.subsection = "body";
  state.response = undefined;
  // A second Body section (an example under one label, the fields table under another) is the
  // same body; a second fields table is reported when it is merged (`table-merged`).
  state.body ??= { fields: [], source: at(state, line) };
  state.group = newTableGroup(state.body.fields, level);
}

function onTable(state: State, block: Extract<Block, { kind: "table" }>): void {
  // Values tables were read for the whole page (./values-tables.ts): their values sit on the rows.
  if (isValuesTable(block.table)) {
    state.pendingTitle = undefined;
    return;
  }
  if (isStatusTable(block.table)) return addStatusRows(state, block.table);
  const read = readTable(block.table, state.file, state.roles);
  appendAll(state.diagnostics, read.diagnostics);
  const title = state.pendingTitle;
  state.pendingTitle = undefined;
  if (read.hasIn && !state.response) {
    addLocatedRows(state, read, block.line);
    return;
  }
  const group = state.group;
  if (group && title) {
    const fields = fieldsFromRows(read.rows, state.file, state.diagnostics);
    // A titled table right under the status/Body heading is that part's own table, not a nested one.
    if (group.root.length === 0 && !groupHasField(group, title.name)) {
      note(
        state,
        title.line,
        "table-title-ignored",
        `table titled "${excerpt(title.name)}" read as the ${state.response ? "response" : "body"} table`,
      );
      addRootFields(state, group, fields, block.line);
    } else attachNestedTable(group, title, fields, state.file, state.diagnostics);
    return;
  }
  if (state.phase === "parameters" && state.subsection && state.subsection !== "body") {
    addParameters(state, state.subsection, read.rows, block.line);
    return;
  }
  if (group) {
    const fields = fieldsFromRows(read.rows, state.file, state.diagnostics);
    addRootFields(state, group, fields, block.line);
    return;
  }
  note(
    state,
    block.line,
    "table-unplaced",
    `a table outside Path/Query/Body/status sections; its ${read.rows.length} row(s) are not read`,
    "warning",
  );
}

function addRootFields(state: State, group: TableGroup, fields: DocField[], line: number): void {
  if (group.root.length > 0) {
    note(state, line, "table-merged", "a second table in the same section; its rows are added to the first", "warning");
  }
  appendAll(group.root, fields);
  if (state.response && !state.response.fields) state.response.fields = group.root;
  for (const shared of state.sharing) shared.fields ??= group.root;
}

function addParameters(state: State, location: ParameterLocation, rows: readonly TableRow[], line: number): void {
  addParameterList(
    state,
    location,
    rows.map((row) => parameterFromRow(row, location, state.file, state.diagnostics)),
    line,
  );
}

function addParameterList(
  state: State,
  location: ParameterLocation,
  parameters: readonly DocParameter[],
  line: number,
): void {
  if (state.parameterTables.has(location)) {
    note(
      state,
      line,
      "parameter-table-merged",
      `a second ${location} parameters table; its rows are merged with the first`,
      "warning",
    );
  }
  state.parameterTables.add(location);
  // A parameter listed twice is kept twice: the normaliser merges or reports the pair.
  appendAll(state.parameters, parameters);
}

/**
 * A parameters table with an `In` column lists every location at once. Rows in `body` describe the
 * request body: one `body` row whose nested rows are the fields (widdershins) gives those fields,
 * with the row's own description kept on the body; body rows without children are the fields.
 */
function addLocatedRows(state: State, read: ReadTable, line: number): void {
  const byLocation = new Map<string, TableRow[]>();
  let current: string | undefined;
  for (const row of read.rows) {
    // Nested rows inherit the location of the top-level row they sit under.
    if (!row.depth || current === undefined) {
      const location = parseLocation(row.in ?? "");
      if (!location) {
        note(
          state,
          row.line,
          "parameter-location-unknown",
          `row "${row.name}" is "in" "${row.in ?? ""}", not path/query/header/cookie/body; row not read`,
          "warning",
        );
        current = "?";
        continue;
      }
      current = location;
    }
    if (current === "?") continue;
    const rows = byLocation.get(current) ?? [];
    rows.push(row);
    byLocation.set(current, rows);
  }
  for (const [location, rows] of byLocation) {
    if (location === "body") continue;
    addParameters(
      state,
      location as ParameterLocation,
      rows.filter((row) => !row.depth),
      line,
    );
    for (const nested of rows.filter((row) => (row.depth ?? 0) > 0)) {
      note(
        state,
        nested.line,
        "parameter-nested-row",
        `row "${nested.name}" is nested under a ${location} parameter; parameters have no fields, row not read`,
        "warning",
      );
    }
  }
  const bodyRows = byLocation.get("body");
  if (!bodyRows) return;
  openBody(state, Infinity, bodyRows[0]!.line);
  const fields = fieldsFromRows(bodyRows, state.file, state.diagnostics);
  // A lone row named like its location (`body | body | any`) is the body itself, not a field of it.
  const container =
    fields.length === 1 && (fields[0]!.children || fields[0]!.name.trim().toLowerCase() === "body")
      ? fields[0]!
      : undefined;
  appendAll(state.body!.fields, container ? (container.children ?? []) : fields);
  // The container row's type says what the body is (an object, `[Pet]` an array of them).
  if (container) state.body!.type = container.type;
  if (container?.description) state.body!.description = container.description;
  state.phase = "parameters";
  state.subsection = undefined;
  state.group = undefined;
}

/** "Possible error messages:" introduces the list that follows; it is not the status sentence. */
function isLeadIn(text: string, next: Block | undefined): boolean {
  return text.endsWith(":") && next?.kind === "list";
}

function onParagraph(state: State, block: Extract<Block, { kind: "paragraph" }>, next: Block | undefined): void {
  if (block.text === "") return;
  const role = state.roles.paragraph?.(block.text, block.links);
  // Under a second media type everything repeats (or replaces) the first's: said once, at its label.
  if (state.otherMediaType && state.group && role?.role !== "media-type") return;
  if (role?.role === "label") {
    if (role.list && next?.kind === "list") state.nextList = { label: block.text, holds: role.list };
    return;
  }
  if (role?.role === "media-type") {
    const group = state.group;
    const read = state.mediaTypeRead;
    state.otherMediaType = undefined;
    if (group && group.root.length > 0) {
      if (isJsonMediaType(role.value) && read !== undefined && !isJsonMediaType(read)) {
        // JSON is what a client sends and reads: its fields replace those of an XML (or other) type.
        note(
          state,
          block.line,
          "media-type-replaced",
          `the fields shown for ${read} are replaced by those for ${role.value}`,
        );
        group.root.length = 0;
      } else {
        state.otherMediaType = role.value;
        note(
          state,
          block.line,
          "media-type-skipped",
          `the fields shown for ${role.value} are not read: ${read ?? "the first media type"} gives them`,
        );
      }
    }
    if (!state.otherMediaType) state.mediaTypeRead = role.value;
    return;
  }
  if (role?.role === "schema" && state.group && state.roles.fieldList) {
    const fields = fieldsOfSchemaLine(
      role.type,
      fieldListContext(state, state.roles.fieldList),
      block.line,
      block.links,
    );
    if (fields.length) addRootFields(state, state.group, fields, block.line);
    return;
  }
  if (state.fact) return addFact(state.facts, state.fact, [block.text]);
  const label = state.roles.label?.(block.text);
  if (label?.role === "status") return selectStatus(state, label.status, label.rest, Infinity, block.line);
  if (state.response && isLeadIn(block.text, next)) return;
  onProse(state, block.text, block.line);
}

function isJsonMediaType(mediaType: string): boolean {
  return /[/+]json\b/i.test(mediaType);
}

/** Prose: the operation's description, a status sentence, or (elsewhere) reported. */
function onProse(state: State, text: string, line: number): void {
  if (state.phase === "preamble") state.description.push(text);
  else if (state.response)
    state.response.description = [state.response.description, text].filter((s) => s !== "").join(" ");
  else
    note(
      state,
      line,
      "prose-ignored",
      `text "${excerpt(text)}" in the ${state.subsection ?? state.phase} section is not read`,
    );
}

function fieldListContext(state: State, roles: NonNullable<DialectRoles["fieldList"]>): FieldListContext {
  return {
    grammar: roles.grammar,
    ...(roles.models ? { models: roles.models } : {}),
    sink: { file: state.file, diagnostics: state.diagnostics },
  };
}

/** A preamble list that states the method or the URL ("Method: GET", "Path: /x"); false when it states neither. */
function readMethodOrUrlList(state: State, block: Extract<Block, { kind: "list" }>): boolean {
  const facts = block.items.map((item, i) => ({
    fact: state.roles.methodOrUrl?.(item),
    line: block.tree?.[i]?.line ?? block.line,
  }));
  if (!facts.some(({ fact }) => fact)) return false;
  for (const { fact, line } of facts) {
    if (fact?.url !== undefined && !state.url) state.url = { text: fact.url, line };
    if (fact?.method) state.evidence.push({ from: "method-block", method: fact.method, source: at(state, line) });
  }
  return true;
}

/** Under "401, 404" the list "`401` Authentication failed / `404` Not found" says what each status means. */
function readSharedStatuses(state: State, block: Extract<Block, { kind: "list" }>): boolean {
  const responses = [state.response!, ...state.sharing];
  const said = block.items.map((item) => /^(\S+)\s+(.*)$/s.exec(item.trim()));
  if (!said.every((m) => m && responses.some((r) => r.status === m[1]))) return false;
  for (const m of said) {
    const response = responses.find((r) => r.status === m![1])!;
    response.description = m![2]!.trim();
  }
  return true;
}

/** A bullet tree in a parameters, body or response part: parameters or fields (`./field-lists.ts`). */
function readFieldList(state: State, block: Extract<Block, { kind: "list" }>): boolean {
  const roles = state.roles.fieldList;
  if (!roles || !block.tree || state.phase === "preamble") return false;
  const context = fieldListContext(state, roles);
  const itemsOfArray = state.nextList?.holds === "array-items";
  state.nextList = undefined;
  const listed = fieldsFromList(block.tree, context);
  const fields = itemsOfArray && state.group ? arrayBody(listed, context, block.line) : listed;
  const location = state.subsection;
  if (state.phase === "parameters" && location && location !== "body") {
    const parameters = fields.map((f): DocParameter => ({
      name: f.name,
      in: location,
      type: f.type,
      required: f.required ?? location === "path",
      description: f.description,
      source: f.source,
    }));
    for (const f of fields.filter((field) => field.children?.length)) {
      note(
        state,
        f.source.line,
        "parameter-nested-row",
        `${location} parameter "${f.name}" lists fields; parameters have no fields, they are not read`,
        "warning",
      );
    }
    addParameterList(state, location, parameters, block.line);
    return true;
  }
  if (!state.group) return false;
  addRootFields(state, state.group, fields, block.line);
  return true;
}

function onList(state: State, block: Extract<Block, { kind: "list" }>): void {
  if (state.fact) return addFact(state.facts, state.fact, block.items);
  if (state.nextList?.holds === "not-fields") {
    note(state, block.line, "list-skipped", `the list after "${excerpt(state.nextList.label)}" is not read`);
    state.nextList = undefined;
    return;
  }
  if (state.otherMediaType && state.group) {
    state.nextList = undefined;
    return;
  }
  if (state.phase === "preamble" && readMethodOrUrlList(state, block)) return;
  if (state.response && state.sharing.length && readSharedStatuses(state, block)) return;
  if (readFieldList(state, block)) return;
  if (state.phase === "preamble") state.description.push(block.items.map((item) => `- ${item}`).join("\n"));
  else if (state.response) state.response.messages = [...(state.response.messages ?? []), ...block.items];
  else
    note(
      state,
      block.line,
      "prose-ignored",
      `a list of ${block.items.length} item(s) in the ${state.subsection ?? state.phase} section is not read`,
    );
}

/** The URL block: a URL or path, possibly after a method word ("GET https://…"). */
const URL_LINE = /^(?:([A-Z]+)\s+)?((?:https?:\/\/|\/)\S*)/;

function onCode(state: State, block: Extract<Block, { kind: "code" }>): void {
  const firstLine = block.text.trim().split("\n")[0]?.trim() ?? "";
  const urlLine = URL_LINE.exec(firstLine);
  if (state.phase === "preamble" && !state.url && urlLine?.[2]) {
    state.url = { text: urlLine[2], line: block.line };
    const method = urlLine[1] ? toHttpMethod(urlLine[1]) : undefined;
    if (method) state.evidence.push({ from: "method-block", method, source: at(state, block.line) });
    return;
  }
  const target = state.response ?? (state.subsection === "body" ? state.body : undefined);
  if (target) {
    try {
      target.example = JSON.parse(block.text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // The line where the parser stopped, so the author can find the bad token.
      const position = Number(/position (\d+)/.exec(reason)?.[1] ?? 0);
      const line = block.line + (block.text.slice(0, position).match(/\n/g)?.length ?? 0);
      note(state, line, "example-not-json", `a code block that is not JSON (${reason}); not read as an example`);
    }
    return;
  }
  note(state, block.line, "code-ignored", `code block "${excerpt(firstLine)}" is not read`);
}

function onSamples(state: State, block: Extract<Block, { kind: "samples" }>): void {
  for (const sample of block.samples) {
    state.samples.push(sample);
    appendAll(state.evidence, methodEvidenceFromSample(sample.text, at(state, sample.line)));
    appendAll(state.authEvidence, authEvidenceFromSample(sample.text, at(state, sample.line)));
  }
}

/** Without a URL block, the cURL sample still names the URL. */
function urlFromSamples(samples: readonly CodeSample[]): { text: string; line: number } | undefined {
  for (const sample of samples) {
    // A cURL command may continue over lines ending in "\": the URL can be on any of them.
    const match = /\bcurl\b[^\n]*?((?:https?:\/\/)[^\s'"\\]+)/.exec(sample.text.replace(/\\\n/g, " "));
    if (match?.[1]) return { text: match[1], line: sample.line };
  }
  return undefined;
}

function finish(state: State, heading: OperationHeading, section: string): DocOperation {
  const source = at(state, heading.line);
  const description = state.description.join("\n\n");
  let title = heading.title;
  if (title === "") {
    title = titleFromDescription(description) || (state.url?.text ?? "").replace(/^https?:\/\/[^/]+/, "");
    note(
      state,
      heading.line,
      "title-from-description",
      `the operation at line ${heading.line} has no heading; titled it "${title}"`,
    );
  }
  heading = { ...heading, text: heading.text || title };
  let url = state.url;
  if (!url) {
    url = urlFromSamples(state.samples);
    if (!url)
      throw DocsInputError.at(
        source,
        `operation "${heading.text}" has no URL block and no cURL sample naming one`,
        "url-missing",
      );
    note(
      state,
      url.line,
      "url-from-sample",
      `operation "${heading.text}" has no URL block; URL taken from the cURL sample`,
      "warning",
    );
  }
  // The normaliser decides the method from the evidence; an operation with none cannot be placed.
  if (state.evidence.length === 0) {
    throw DocsInputError.at(
      source,
      `operation "${heading.text}" states its method nowhere (not in its heading, URL line or code samples)`,
      "method-unknown",
    );
  }
  for (const response of state.responses) {
    if (response.description === "") response.description = state.statusWords.get(response) ?? "";
  }
  if (state.responses.length === 0)
    note(state, heading.line, "no-responses", `operation "${heading.text}" documents no response status`, "warning");
  if (state.body && state.body.fields.length === 0 && state.body.example === undefined) {
    note(state, state.body.source.line, "body-empty", "a Body section without a table or example", "warning");
  }
  return {
    url: url.text,
    title,
    description,
    section,
    methodEvidence: state.evidence,
    parameters: state.parameters,
    ...(state.body ? { body: state.body } : {}),
    responses: state.responses,
    ...factFields(state.facts),
    ...(state.authEvidence.length > 0 ? { authEvidence: state.authEvidence } : {}),
    ...(heading.id ? { anchor: heading.id } : {}),
    source,
  };
}
