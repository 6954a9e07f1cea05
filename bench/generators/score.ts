/**
 * Scores an extracted spec against the spec a docs page was rendered from: how much of the
 * original API came back through page → reader → normaliser. Pure: two parsed OpenAPI documents
 * in, counts out. Both sides are walked the same way (local `$ref`s followed, `allOf` merged,
 * `oneOf`/`anyOf` alternatives' properties united, arrays' items entered as `name[]`), so a
 * difference in counts is a difference in content, not in how the two specs spell it.
 *
 * Categories: operations (method + path template), parameters (in + name), request-body fields,
 * response fields (per status, walked through `$ref`s and nesting) and response statuses. For
 * each: expected (in the original), found (also in the extracted spec), invented (only in the
 * extracted spec), and among the found ones: right type, required matching, enum matching.
 */

type Json = Record<string, unknown>;

export interface CategoryScore {
  /** Items of the original spec. */
  expected: number;
  /** Expected items the extracted spec has too. */
  found: number;
  /** Found items whose type matches (an original without a decidable type matches anything). */
  rightType: number;
  /** Found items whose required flag matches the original's. */
  requiredRight: number;
  /** Found items whose original has an enum. */
  enumExpected: number;
  /** … of which the extracted enum has the same values. */
  enumRight: number;
  /** Items of the extracted spec the original does not have. */
  invented: number;
}

export interface SpecScore {
  operations: { expected: number; found: number; invented: number };
  parameters: CategoryScore;
  requestFields: CategoryScore;
  responseFields: CategoryScore;
  /** Response statuses of the matched operations. */
  responses: { expected: number; found: number; invented: number };
  /** What went wrong, one line each ("GET /pets: missing parameter query:limit"), capped. */
  problems: string[];
}

export interface ScoreOptions {
  /** Nesting depth at which walks stop (both sides alike); default 12. */
  maxDepth?: number;
  /** How many problem lines to keep; default 200. */
  maxProblems?: number;
}

/** How many levels into a recursive schema a page may show without inventing anything. */
const RECURSION_SHOWN = 2;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local `#/…` JSON pointer; undefined when it leads nowhere. */
function resolvePointer(doc: Json, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = doc;
  for (const raw of ref
    .slice(1)
    .split("/")
    .filter((p) => p !== "")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A schema (or parameter, response…) with its `$ref` chain followed; `refs` gets each ref seen. */
function deref(doc: Json, value: unknown, refs?: Set<string>): Json | undefined {
  let node = value;
  for (let hops = 0; hops < 32 && isRecord(node) && typeof node.$ref === "string"; hops++) {
    refs?.add(node.$ref);
    node = resolvePointer(doc, node.$ref);
  }
  return isRecord(node) ? node : undefined;
}

/** The path of a server URL (`https://x.io/v1/` → `/v1`), "" when it has none. */
function serverPath(doc: Json): string {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const url = isRecord(servers[0]) && typeof servers[0].url === "string" ? servers[0].url : "";
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return withoutOrigin.replace(/\/+$/, "");
}

/** A path template with placeholders blanked (`/a/{id}` and `/a/:id` → `/a/{}`), no trailing slash. */
export function pathKey(template: string): string {
  // A query in a path key is not part of the URL a page shows; a fragment (`/#X-Amz-Target=…`) is kept:
  // it is what tells AWS's operations on one URL apart, in the spec and on the pages that show it.
  const blanked = template
    .replace(/\?[^#]*/, "")
    .replace(/\{[^}]*\}/g, "{}")
    .replace(/\/:[A-Za-z_][A-Za-z0-9_]*/g, "/{}");
  return blanked.length > 1 ? blanked.replace(/\/+$/, "") : blanked;
}

interface Operation {
  label: string;
  keys: string[];
  op: Json;
  pathItem: Json;
}

function operationsOf(doc: Json): Operation[] {
  const base = serverPath(doc);
  const out: Operation[] = [];
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [template, rawItem] of Object.entries(paths)) {
    const pathItem = deref(doc, rawItem);
    if (!pathItem) continue;
    for (const method of METHODS) {
      const op = pathItem[method];
      if (!isRecord(op)) continue;
      const keys = [`${method} ${pathKey(template)}`];
      if (base) keys.push(`${method} ${pathKey(base + template)}`);
      out.push({ label: `${method.toUpperCase()} ${template}`, keys, op, pathItem });
    }
  }
  return out;
}

/** A schema's type word, as a docs page can show it: `string`, `array<integer>`, `object`, or `any`. */
export function typeSignature(doc: Json, schema: unknown, depth = 0): string {
  const s = deref(doc, schema);
  if (!s || depth > 4) return "any";
  const types = Array.isArray(s.type) ? s.type.filter((t) => t !== "null") : typeof s.type === "string" ? [s.type] : [];
  let type = types.length === 1 ? String(types[0]) : undefined;
  if (!type && Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      const sig = typeSignature(doc, part, depth + 1);
      if (sig !== "any") return sig;
    }
  }
  if (!type) {
    const alternatives = [s.oneOf, s.anyOf].find(Array.isArray) as unknown[] | undefined;
    if (alternatives) {
      const sigs = new Set(alternatives.map((a) => typeSignature(doc, a, depth + 1)).filter((t) => t !== "any"));
      if (sigs.size === 1) return [...sigs][0]!;
      return "any";
    }
  }
  if (!type && (isRecord(s.properties) || isRecord(s.additionalProperties))) type = "object";
  if (!type && s.items !== undefined) type = "array";
  if (!type && Array.isArray(s.enum) && s.enum.length > 0) {
    const first = s.enum.find((v) => v !== null);
    type =
      typeof first === "number"
        ? Number.isInteger(first)
          ? "integer"
          : "number"
        : typeof first === "boolean"
          ? "boolean"
          : "string";
  }
  if (!type) return "any";
  if (type === "array") return `array<${typeSignature(doc, s.items, depth + 1)}>`;
  return type;
}

/** Do two signatures agree? `any` on the original side agrees with everything, at any level. */
function typesAgree(original: string, extracted: string): boolean {
  if (original === "any") return true;
  const o = /^array<(.*)>$/.exec(original);
  const e = /^array<(.*)>$/.exec(extracted);
  if (o && e) return typesAgree(o[1]!, e[1]!);
  return original === extracted;
}

/** The enum a schema (or, for an array, its items) allows, as sorted text; undefined when none. */
function enumOf(doc: Json, schema: unknown): string[] | undefined {
  const s = deref(doc, schema);
  if (!s) return undefined;
  let values = Array.isArray(s.enum) ? s.enum : undefined;
  if (!values && s.const !== undefined) values = [s.const];
  if (!values) {
    const items = deref(doc, s.items);
    if (items && Array.isArray(items.enum)) values = items.enum;
  }
  if (!values && Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      const found = enumOf(doc, part);
      if (found) return found;
    }
  }
  if (!values) return undefined;
  const texts = values.filter((v) => v !== null).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return texts.length > 0 ? [...new Set(texts)].sort() : undefined;
}

interface Item {
  type: string;
  required: boolean;
  enum?: string[];
}

/** The properties and required names of an object schema, `allOf` merged, `oneOf`/`anyOf` united. */
function objectParts(
  doc: Json,
  schema: Json,
  refs: Set<string>,
  depth: number,
): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>();
  const required = new Set<string>();
  if (depth > 8) return { properties, required };
  if (isRecord(schema.properties))
    for (const [name, value] of Object.entries(schema.properties)) properties.set(name, value);
  if (Array.isArray(schema.required))
    for (const name of schema.required) if (typeof name === "string") required.add(name);
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const parts = schema[key];
    if (!Array.isArray(parts)) continue;
    for (const part of parts) {
      const resolved = deref(doc, part, refs);
      if (!resolved) continue;
      const inner = objectParts(doc, resolved, refs, depth + 1);
      for (const [name, value] of inner.properties) if (!properties.has(name)) properties.set(name, value);
      // A name required by one alternative of a oneOf/anyOf is not required of the whole.
      if (key === "allOf") for (const name of inner.required) required.add(name);
    }
  }
  return { properties, required };
}

/**
 * Every field under a schema, by path (`owner.address.city`, `tags[]`, `items[].id`; a root array's
 * fields start with `[]`). Walks stop at a `$ref` already on the way down (recursive schemas; met
 * more than `repeats` times) and at `maxDepth`.
 */
export function fieldsOf(doc: Json, schema: unknown, maxDepth = 12, repeats = 0): Map<string, Item> {
  const out = new Map<string, Item>();
  const seen = (stack: readonly string[], ref: string) => stack.filter((r) => r === ref).length > repeats;
  const walk = (node: unknown, prefix: string, stack: readonly string[], depth: number): void => {
    if (depth > maxDepth) return;
    // A ref already on the way down (more than `repeats` times): the recursion a page cannot show either.
    if (isRecord(node) && typeof node.$ref === "string" && seen(stack, node.$ref)) return;
    const refSet = new Set<string>();
    const s = deref(doc, node, refSet);
    if (!s) return;
    const refs = [...stack, ...refSet];
    const sig = typeSignature(doc, s);
    if (sig.startsWith("array<")) {
      walk(s.items, `${prefix}[]`, refs, depth + 1);
      return;
    }
    const partRefs = new Set<string>();
    const { properties, required } = objectParts(doc, s, partRefs, 0);
    const inner = [...refs, ...partRefs];
    for (const [name, value] of properties) {
      const path =
        prefix === "" ? name : prefix.endsWith("[]") && prefix.length === 2 ? `[].${name}` : `${prefix}.${name}`;
      const item: Item = { type: typeSignature(doc, value), required: required.has(name) };
      const values = enumOf(doc, value);
      if (values) item.enum = values;
      if (!out.has(path)) out.set(path, item);
      walk(value, path, inner, depth + 1);
    }
  };
  walk(schema, "", [], 0);
  return out;
}

/** The media type a page most likely documents: JSON first, then forms, then whatever is first. */
function chosenContent(content: unknown): Json | undefined {
  if (!isRecord(content)) return undefined;
  const types = Object.keys(content);
  const pick =
    types.find((t) => /^application\/json\b/i.test(t)) ??
    types.find((t) => /json/i.test(t)) ??
    types.find((t) => /form/i.test(t)) ??
    types[0];
  const media = pick === undefined ? undefined : content[pick];
  return isRecord(media) ? media : undefined;
}

function parametersOf(doc: Json, operation: Operation): Map<string, Item> {
  const out = new Map<string, Item>();
  const lists = [operation.pathItem.parameters, operation.op.parameters];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(doc, raw);
      if (!p || typeof p.name !== "string" || typeof p.in !== "string") continue;
      const name = p.in === "header" ? p.name.toLowerCase() : p.name;
      const schema = p.schema ?? chosenContent(p.content)?.schema;
      const item: Item = { type: typeSignature(doc, schema), required: p.in === "path" || p.required === true };
      const values = enumOf(doc, schema);
      if (values) item.enum = values;
      out.set(`${p.in}:${name}`, item);
    }
  }
  return out;
}

function requestFieldsOf(doc: Json, operation: Operation, maxDepth: number, repeats = 0): Map<string, Item> {
  const body = deref(doc, operation.op.requestBody);
  const schema = chosenContent(body?.content)?.schema;
  return schema === undefined ? new Map() : fieldsOf(doc, schema, maxDepth, repeats);
}

function responsesOf(doc: Json, operation: Operation): Map<string, Json> {
  const out = new Map<string, Json>();
  if (!isRecord(operation.op.responses)) return out;
  for (const [status, raw] of Object.entries(operation.op.responses)) {
    const response = deref(doc, raw);
    if (response) out.set(status.toLowerCase(), response);
  }
  return out;
}

function emptyCategory(): CategoryScore {
  return { expected: 0, found: 0, rightType: 0, requiredRight: 0, enumExpected: 0, enumRight: 0, invented: 0 };
}

function compareItems(
  label: string,
  kind: string,
  original: Map<string, Item>,
  extracted: Map<string, Item>,
  score: CategoryScore,
  problem: (line: string) => void,
  /** The original walked further into recursive schemas: a page showing one more level invents nothing. */
  deeper: Map<string, Item> = original,
): void {
  for (const [key, item] of original) {
    score.expected++;
    const got = extracted.get(key);
    if (!got) {
      problem(`${label}: missing ${kind} ${key}`);
      continue;
    }
    score.found++;
    if (typesAgree(item.type, got.type)) score.rightType++;
    else problem(`${label}: ${kind} ${key} has type ${got.type}, expected ${item.type}`);
    if (item.required === got.required) score.requiredRight++;
    else problem(`${label}: ${kind} ${key} required ${got.required}, expected ${item.required}`);
    if (item.enum) {
      score.enumExpected++;
      if (got.enum && got.enum.join("\u0000") === item.enum.join("\u0000")) score.enumRight++;
      else
        problem(
          `${label}: ${kind} ${key} enum ${JSON.stringify(got.enum ?? null)}, expected ${JSON.stringify(item.enum)}`,
        );
    }
  }
  for (const key of extracted.keys()) {
    if (original.has(key) || deeper.has(key)) continue;
    score.invented++;
    problem(`${label}: invented ${kind} ${key}`);
  }
}

/** Scores `extracted` against `original` (both parsed OpenAPI 3.x documents). */
export function scoreSpecs(original: Json, extracted: Json, options: ScoreOptions = {}): SpecScore {
  const maxDepth = options.maxDepth ?? 12;
  const maxProblems = options.maxProblems ?? 200;
  const problems: string[] = [];
  const problem = (line: string) => {
    if (problems.length < maxProblems) problems.push(line);
  };
  const score: SpecScore = {
    operations: { expected: 0, found: 0, invented: 0 },
    parameters: emptyCategory(),
    requestFields: emptyCategory(),
    responseFields: emptyCategory(),
    responses: { expected: 0, found: 0, invented: 0 },
    problems,
  };
  const extractedOps = operationsOf(extracted);
  const byKey = new Map<string, Operation>();
  for (const op of extractedOps) for (const key of op.keys) if (!byKey.has(key)) byKey.set(key, op);
  const used = new Set<Operation>();
  for (const want of operationsOf(original)) {
    score.operations.expected++;
    const got = want.keys.map((k) => byKey.get(k)).find((op) => op !== undefined && !used.has(op));
    if (!got) {
      problem(`${want.label}: operation missing`);
      continue;
    }
    used.add(got);
    score.operations.found++;
    compareItems(
      want.label,
      "parameter",
      parametersOf(original, want),
      parametersOf(extracted, got),
      score.parameters,
      problem,
    );
    compareItems(
      want.label,
      "body field",
      requestFieldsOf(original, want, maxDepth),
      requestFieldsOf(extracted, got, maxDepth),
      score.requestFields,
      problem,
      requestFieldsOf(original, want, maxDepth, RECURSION_SHOWN),
    );
    const wantResponses = responsesOf(original, want);
    const gotResponses = responsesOf(extracted, got);
    for (const [status, response] of wantResponses) {
      score.responses.expected++;
      const other = gotResponses.get(status);
      if (other) score.responses.found++;
      else problem(`${want.label}: missing response ${status}`);
      const fields = (doc: Json, r: Json | undefined, repeats = 0) => {
        const schema = chosenContent(r?.content)?.schema;
        return schema === undefined ? new Map<string, Item>() : fieldsOf(doc, schema, maxDepth, repeats);
      };
      compareItems(
        `${want.label} → ${status}`,
        "response field",
        fields(original, response),
        fields(extracted, other),
        score.responseFields,
        problem,
        fields(original, response, RECURSION_SHOWN),
      );
    }
    for (const [status, response] of gotResponses) {
      if (wantResponses.has(status)) continue;
      score.responses.invented++;
      problem(`${want.label}: invented response ${status}`);
      const schema = chosenContent(response.content)?.schema;
      if (schema !== undefined) score.responseFields.invented += fieldsOf(extracted, schema, maxDepth).size;
    }
  }
  for (const op of extractedOps) {
    if (used.has(op)) continue;
    score.operations.invented++;
    problem(`${op.label}: invented operation`);
  }
  return score;
}

/** Sums scores (over the APIs of one generator); problems are not kept. */
export function addScores(scores: readonly SpecScore[]): SpecScore {
  const total: SpecScore = {
    operations: { expected: 0, found: 0, invented: 0 },
    parameters: emptyCategory(),
    requestFields: emptyCategory(),
    responseFields: emptyCategory(),
    responses: { expected: 0, found: 0, invented: 0 },
    problems: [],
  };
  for (const s of scores) {
    for (const key of ["operations", "responses"] as const) {
      total[key].expected += s[key].expected;
      total[key].found += s[key].found;
      total[key].invented += s[key].invented;
    }
    for (const key of ["parameters", "requestFields", "responseFields"] as const) {
      for (const count of Object.keys(total[key]) as (keyof CategoryScore)[]) total[key][count] += s[key][count];
    }
  }
  return total;
}

/** `part / whole` as a percentage with one decimal; "—" when nothing was expected. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "—";
  const value = (100 * part) / whole;
  // Never round a miss up to 100 %.
  return `${(part < whole ? Math.min(Math.floor(value * 10) / 10, 99.9) : 100).toFixed(1)} %`;
}
