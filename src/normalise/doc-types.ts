/**
 * The documented type text of a field or parameter ("integer", "Array of object", "[]integer",
 * "string | null") turned into a JSON Schema (OpenAPI 3.1 dialect). This is the one reader of type
 * cells. The normaliser parses each cell once, when it first sees a field or parameter
 * (`parseTypeCell`, called by typed-model.ts), and every later rule (schemas, parameters, prose
 * facts, capture merge) reads that result, never the text; the assembler's "is this cell a type?"
 * check for a row whose name cell went missing (src/scrape/assemble/table-rows.ts) asks
 * `isKnownTypeText`. Docs sites write types loosely, so it accepts the common spellings (casing,
 * plurals, `T[]`, Go's `[]T`, `Array<T>`, unions) and says, via `understood`, when it could not
 * read the text, so that the caller keeps the original and warns instead of guessing.
 *
 * A bare object word ("object", "map") is an open object (`additionalProperties: true`): the docs
 * say a JSON object is there without listing its keys, so any key may be present. A nested table,
 * when the docs give one, closes it (src/normalise/schemas.ts).
 */
import { singular } from "../words/index.js";

export type JsonSchema = Record<string, unknown>;

/** A type cell, parsed: what the page wrote and the schema it stands for. */
export interface TypeCell {
  /** The cell verbatim, for messages and `x-docs-type`. */
  readonly text: string;
  /**
   * The schema the text stands for; `{}` (any value) for an empty or "-" cell. Frozen: one parse
   * is shared by every rule that reads it, so a rule that needs to change it works on a copy.
   */
  readonly schema: Readonly<JsonSchema>;
  /** False when the text names nothing we can map; `schema` is then `{}` (any value). */
  readonly understood: boolean;
}

/**
 * Single words (already lower-cased) and the schema they stand for. A fresh object is built per
 * lookup so that callers may mutate what they get back.
 */
const SCALAR_WORDS: Record<string, () => JsonSchema> = {
  integer: () => ({ type: "integer" }),
  int: () => ({ type: "integer" }),
  long: () => ({ type: "integer", format: "int64" }),
  int32: () => ({ type: "integer", format: "int32" }),
  int64: () => ({ type: "integer", format: "int64" }),
  number: () => ({ type: "number" }),
  numeric: () => ({ type: "number" }),
  decimal: () => ({ type: "number" }),
  float: () => ({ type: "number", format: "float" }),
  double: () => ({ type: "number", format: "double" }),
  string: () => ({ type: "string" }),
  str: () => ({ type: "string" }),
  text: () => ({ type: "string" }),
  boolean: () => ({ type: "boolean" }),
  bool: () => ({ type: "boolean" }),
  object: () => openObject(),
  map: () => openObject(),
  dict: () => openObject(),
  dictionary: () => openObject(),
  hash: () => openObject(),
  struct: () => openObject(),
  array: () => ({ type: "array", items: {} }),
  list: () => ({ type: "array", items: {} }),
  uuid: () => ({ type: "string", format: "uuid" }),
  date: () => ({ type: "string", format: "date" }),
  // Toggl (and most JSON APIs) send timestamps as RFC 3339 strings; an API that sends Unix
  // seconds documents the type as "integer", which never reaches this word.
  datetime: () => ({ type: "string", format: "date-time" }),
  "date-time": () => ({ type: "string", format: "date-time" }),
  "date time": () => ({ type: "string", format: "date-time" }),
  timestamp: () => ({ type: "string", format: "date-time" }),
  time: () => ({ type: "string", format: "time" }),
  email: () => ({ type: "string", format: "email" }),
  uri: () => ({ type: "string", format: "uri" }),
  url: () => ({ type: "string", format: "uri" }),
  binary: () => ({ type: "string", format: "binary" }),
  file: () => ({ type: "string", format: "binary" }),
  null: () => ({ type: "null" }),
  // Words that honestly mean "any JSON value": `{}` is the exact translation, not a guess.
  any: () => ({}),
  mixed: () => ({}),
  json: () => ({}),
};

/** An object whose keys the docs do not list. */
export function openObject(): JsonSchema {
  return { type: "object", additionalProperties: true };
}

/** True for the schema of a bare object word: `{ type: "object", additionalProperties: true }` and nothing else. */
export function isOpenObject(schema: JsonSchema): boolean {
  return schema.type === "object" && schema.additionalProperties === true && schema.properties === undefined;
}

/** "Array of X", "Arrays of X", "List of X" (the element text is captured). */
const ARRAY_OF = /^(?:array|list)s?\s+of\s+(.+)$/;
/** "Array<X>", "List<X>", and "array[X]" (widdershins' parameter arrays). */
const ARRAY_GENERIC = /^(?:array|list)\s*(?:<\s*(.+)\s*>|\[\s*(.+)\s*\])$/;
/** "X[]" (nests: "integer[][]"). */
const ARRAY_SUFFIX = /^(.+?)\s*\[\s*\]$/;
/** Go's "[]X" (nests: "[][]string"); Toggl writes `[]integer` for id lists. */
const ARRAY_PREFIX = /^\[\s*\]\s*(.+)$/;
/** JSON Schema's words as generated pages print them: "[X]" (array of X; nests: "[[X]]"). */
const ARRAY_BRACKETS = /^\[\s*([^\]\s].*)\]$/;
/** "type(format)": "string(date-time)", "integer(int64)", "number(double)". */
const WITH_PAREN_FORMAT = /^([a-z]+)\s*\(\s*([a-z0-9][a-z0-9._ -]*)\s*\)$/;
/** A schema's name ("Pet", "error_response"): a type the page defines elsewhere. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_.-]*$/;
/** "Map of X", "map<string, X>", "map[string]X": an object whose values are X. */
const MAP_OF = /^(?:map|dict|dictionary)\s+of\s+(.+)$/;
const MAP_GENERIC = /^(?:map|dict|record)\s*<\s*string\s*,\s*(.+)\s*>$/;
const MAP_GO = /^map\[string\](.+)$/;
/**
 * "enum[slim, steve]", "enum[0, 1][]": the allowed values written where the type goes
 * (openapi-to-md). The values keep their case; the type follows from them: all integers →
 * integer, all numbers → number, true/false → boolean, else string.
 */
const ENUM_LIST = /^enum\s*\[([^\]]*)\]((?:\s*\[\s*\])*)$/i;

function enumListSchema(typeText: string): JsonSchema | undefined {
  const match = ENUM_LIST.exec(typeText.replace(/`/g, "").trim());
  if (!match) return undefined;
  const words = match[1]!
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w !== "");
  if (words.length === 0) return undefined;
  let schema: JsonSchema;
  if (words.every((w) => /^-?\d+$/.test(w))) schema = { type: "integer", enum: words.map(Number) };
  else if (words.every((w) => /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(w)))
    schema = { type: "number", enum: words.map(Number) };
  else if (words.every((w) => w === "true" || w === "false"))
    schema = { type: "boolean", enum: words.map((w) => w === "true") };
  else schema = { type: "string", enum: words };
  for (let arrays = (match[2]!.match(/\[/g) ?? []).length; arrays > 0; arrays--)
    schema = { type: "array", items: schema };
  return schema;
}

/** JSON Schema's own notation, as Redoc prints it: "integer <int64>", "string <date-time>". */
const WITH_ANGLE_FORMAT = /^(.+?)\s*<\s*([a-z][\w.-]*)\s*>$/;
/** A type followed by its schema's title, as Redoc prints it: "object (SkinData)", "Array of objects (Pet)". */
const WITH_TITLE = /^(.+?)\s+\(\s*[\w.\- ]+\s*\)$/;

/** True when the text is a type the docs' tables use (a reader's check that a cell is not shifted). */
export function isKnownTypeText(typeText: string): boolean {
  if (enumListSchema(typeText)) return true;
  const text = cleanTypeText(typeText);
  return text !== "" && text !== "-" && text !== "—" && readType(text, 0) !== undefined;
}

/** True when the cell stands for an object or an array of objects (a nested table may describe it). */
export function isObjectType(cell: Pick<TypeCell, "schema">): boolean {
  const { schema } = cell;
  const items = schema.items as JsonSchema | undefined;
  return schema.type === "object" || (schema.type === "array" && items?.type === "object");
}

/** True when the cell stands for a JSON array (`Array of X`, `[]X`, `X[]`, `List of X`, `array | null`). */
export function isArrayType(cell: Pick<TypeCell, "schema">): boolean {
  const type = cell.schema.type;
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

/**
 * Two cells state the same type when they parse to the same schema ("Array of integer" and
 * "[]integer" are one type written twice); cells not understood agree only when written alike.
 */
export function sameTypeCell(a: TypeCell, b: TypeCell): boolean {
  if (a.understood && b.understood) return JSON.stringify(a.schema) === JSON.stringify(b.schema);
  return a.understood === b.understood && cleanTypeText(a.text) === cleanTypeText(b.text);
}

/** Read a documented type cell; never throws. */
export function parseTypeCell(typeText: string): TypeCell {
  // `enum[a, b]` (docusaurus-plugin-openapi-docs): the values keep their case, so before cleaning.
  const listed = enumListSchema(typeText);
  if (listed) return { text: typeText, schema: deepFreeze(listed), understood: true };
  const text = cleanTypeText(typeText);
  // "-" or an empty cell: the docs do not state a type. `{}` says exactly that.
  if (text === "" || text === "-" || text === "—") return { text: typeText, schema: deepFreeze({}), understood: true };
  const schema = readType(text, 0);
  return { text: typeText, schema: deepFreeze(schema ?? {}), understood: schema !== undefined };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) if (typeof child === "object" && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

/** Lower-case, drop code quotes and surrounding punctuation, collapse spaces. */
function cleanTypeText(typeText: string): string {
  return typeText
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;:,]+$/, "")
    .toLowerCase();
}

/** Deep enough for any real "Array of Array of …"; stops runaway recursion on odd input. */
const MAX_DEPTH = 8;

/** "string, format: date-time" (Scalar): a type followed by its JSON Schema format, kept verbatim. */
const FORMAT_SUFFIX = /^(.+?),\s*format:\s*([\w.-]+)$/;

function readType(text: string, depth: number): JsonSchema | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = text
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  if (t === "") return undefined;

  const suffixed = FORMAT_SUFFIX.exec(t);
  if (suffixed) {
    const base = readType(suffixed[1]!, depth + 1);
    // The format applies to the value; for an array, to its items.
    if (!base) return undefined;
    const target =
      base.type === "array" && base.items && typeof base.items === "object" ? (base.items as JsonSchema) : base;
    target.format = suffixed[2]!;
    return base;
  }
  // Before unions: the format or title belongs to the whole ("string or null <date-time>").
  const withFormat = WITH_ANGLE_FORMAT.exec(t);
  if (withFormat?.[1] && withFormat[2]) {
    const base = readType(withFormat[1], depth + 1);
    const types = base ? (Array.isArray(base.type) ? base.type : [base.type]).filter((type) => type !== "null") : [];
    const scalar = types.length === 1 && typeof types[0] === "string" && types[0] !== "object" && types[0] !== "array";
    if (base && scalar) return { ...base, format: withFormat[2] };
  }
  const withTitle = WITH_TITLE.exec(t);
  if (withTitle?.[1]) {
    const base = readType(withTitle[1], depth + 1);
    if (base) return base;
  }

  const members = splitUnion(t);
  if (members.length > 1) return readUnion(members, depth);

  const bracketed = ARRAY_BRACKETS.exec(t)?.[1];
  if (bracketed !== undefined && !t.startsWith("[]")) {
    // `[Pet]`: an array of a schema the page defines elsewhere; its fields, when shown, come nested.
    const items = readType(bracketed, depth + 1) ?? (SCHEMA_NAME.test(bracketed.trim()) ? {} : undefined);
    return items ? { type: "array", items } : undefined;
  }
  const formatted = WITH_PAREN_FORMAT.exec(t);
  if (formatted) {
    const base = scalarWord(formatted[1]!);
    if (base && (base.type === "string" || base.type === "integer" || base.type === "number"))
      return { ...base, format: formatted[2]!.trim() };
  }

  const arrayElement =
    ARRAY_OF.exec(t)?.[1] ??
    ARRAY_GENERIC.exec(t)?.[1] ??
    ARRAY_GENERIC.exec(t)?.[2] ??
    ARRAY_SUFFIX.exec(t)?.[1] ??
    ARRAY_PREFIX.exec(t)?.[1];
  if (arrayElement !== undefined) {
    const items = readType(arrayElement, depth + 1) ?? readType(singular(arrayElement), depth + 1);
    return items ? { type: "array", items } : undefined;
  }

  const mapValue = MAP_OF.exec(t)?.[1] ?? MAP_GENERIC.exec(t)?.[1] ?? MAP_GO.exec(t)?.[1];
  if (mapValue !== undefined) {
    const values = readType(mapValue, depth + 1) ?? readType(singular(mapValue), depth + 1);
    return values ? { type: "object", additionalProperties: values } : undefined;
  }

  return scalarWord(t) ?? scalarWord(singular(t));
}

function scalarWord(word: string): JsonSchema | undefined {
  const make = Object.hasOwn(SCALAR_WORDS, word) ? SCALAR_WORDS[word] : undefined;
  return make?.();
}

/**
 * Split "string | null", "string or null", "integer, string" at the top level only, so that
 * "map<string, integer>" stays one member.
 */
function splitUnion(text: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "<" || c === "(" || c === "[") depth++;
    if (c === ">" || c === ")" || c === "]") depth--;
    // "¦" is widdershins' union bar ("string¦null"): a "|" would break its Markdown table.
    if (depth === 0 && (c === "|" || c === "," || c === "¦")) {
      members.push(current);
      current = "";
      continue;
    }
    if (depth === 0 && text.startsWith(" or ", i)) {
      members.push(current);
      current = "";
      i += 3;
      continue;
    }
    current += c;
  }
  members.push(current);
  return members.map((m) => m.trim()).filter((m) => m !== "");
}

/**
 * A union becomes a type list when at most one member is not `null` ("string | null" →
 * `type: ["string", "null"]`, the 3.1 way to say nullable), and `anyOf` otherwise.
 */
function readUnion(members: string[], depth: number): JsonSchema | undefined {
  const schemas: JsonSchema[] = [];
  for (const member of members) {
    const schema = readType(member, depth + 1);
    if (!schema) return undefined;
    schemas.push(schema);
  }
  const hasNull = schemas.some(isNullSchema);
  const others = dedupeSchemas(schemas.filter((s) => !isNullSchema(s)));
  if (others.length === 0) return { type: "null" };
  if (others.length === 1) {
    const only = others[0]!;
    if (!hasNull) return only;
    if (typeof only.type === "string") return { ...only, type: [only.type, "null"] };
    // `{}` (any) already admits null.
    if (only.type === undefined) return only;
  }
  return { anyOf: hasNull ? [...others, { type: "null" }] : others };
}

function isNullSchema(schema: JsonSchema): boolean {
  return schema.type === "null" && Object.keys(schema).length === 1;
}

function dedupeSchemas(schemas: JsonSchema[]): JsonSchema[] {
  const seen = new Set<string>();
  return schemas.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
