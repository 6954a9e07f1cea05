/**
 * Facts stated in a field's prose description: allowed values, required/optional, deprecation,
 * string formats, nullability. Precision comes first: a wrong enum makes valid requests fail
 * type-checking, while a missed one only loses a hint (the description stays in the output).
 * So every rule needs an explicit phrasing ("must be one of", "Allowed inputs:", quoted values
 * after "Can be"…), and anything ambiguous or conditional yields no fact.
 *
 * Each fact carries `evidence`: the exact substring of the description that supports it, so the
 * caller can cite it (x-source) and a reviewer can check it.
 */
import type { TypeCell } from "./doc-types.js";

export interface ProseFacts {
  /**
   * Allowed values, typed by the field type (numbers for integer/number fields). For an array
   * field ("Array of string") the values are those of the *items*: put the enum on `items`.
   */
  enum?: { values: (string | number)[]; evidence: string };
  required?: { value: boolean; evidence: string };
  deprecated?: { evidence: string };
  format?: { value: "date-time" | "date" | "uri" | "email"; evidence: string };
  nullable?: { evidence: string };
  /** The items of an array field may be null ("To filter records with no clients, use [null]"). */
  nullableItems?: { evidence: string };
}

export interface ProseContext {
  name: string;
  /**
   * The element's type cell as the normaliser parsed it once (typed-model.ts): which facts apply
   * (formats only to strings, enums typed by the items of an array) is read from its schema.
   */
  type: Pick<TypeCell, "schema" | "understood">;
  location: "path" | "query" | "header" | "cookie" | "body" | "response";
}

export function inferFromProse(description: string, context: ProseContext): ProseFacts {
  const text = description.replace(/\s+/g, " ").trim();
  const facts: ProseFacts = {};
  if (text === "" || text === "-") return facts;
  const scalar = scalarTypeOf(context.type);

  const enumFact = scalar.enumItemType ? inferEnum(text, scalar.enumItemType) : undefined;
  if (enumFact) facts.enum = enumFact;
  const required = inferRequired(text);
  if (required) facts.required = required;
  const deprecated = inferDeprecated(text);
  if (deprecated) facts.deprecated = deprecated;
  const format = scalar.isString ? inferFormat(text) : undefined;
  if (format) facts.format = format;
  const nullable = inferNullable(text);
  if (nullable) facts.nullable = nullable;
  const nullableItems = scalar.isArray ? inferNullableItems(text) : undefined;
  if (nullableItems) facts.nullableItems = nullableItems;
  return facts;
}

type EnumItemType = "string" | "integer" | "number";

/**
 * What kind of values an enum may hold for this type (the item type for arrays of scalars), and
 * whether the field itself is a string (formats apply only then).
 */
function scalarTypeOf(type: ProseContext["type"]): {
  enumItemType?: EnumItemType;
  isString: boolean;
  isArray: boolean;
} {
  const { schema, understood } = type;
  if (!understood) return { isString: false, isArray: false };
  const own = primaryType(schema.type);
  const items = schema.items as Record<string, unknown> | undefined;
  const base = own === "array" && items ? primaryType(items.type) : own;
  // A type word that already carries a format ("uuid", "date") is not a free-form string.
  const isString = own === "string" && schema.format === undefined;
  const enumItemType = base === "string" || base === "integer" || base === "number" ? base : undefined;
  return { enumItemType, isString, isArray: own === "array" };
}

/** `"string"` for `"string"` and for `["string", "null"]`. */
function primaryType(type: unknown): string | undefined {
  if (typeof type === "string") return type;
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== "null");
    return nonNull.length === 1 && typeof nonNull[0] === "string" ? nonNull[0] : undefined;
  }
  return undefined;
}

// ─── enums ────────────────────────────────────────────────────────────────────────────────

/** Opening quote → the closing quotes accepted for it (typographic quotes pair loosely in docs). */
const QUOTES: Record<string, string> = { "'": "'’", '"': '"”', "‘": "’'", "“": '”"', "`": "`" };
/** A quoted value: any opening quote, a short run without quotes or line breaks, a closing quote. */
const QUOTED = String.raw`(?:'[^'’\n]{1,60}['’]|"[^"”\n]{0,60}["”]|‘[^’'\n]{1,60}[’']|“[^”"\n]{1,60}[”"]|\x60[^\x60\n]{1,60}\x60)`;
/** Between two values of a list: ", ", " or ", " and ", ", or ", " / ", " | ". */
const SEPARATOR = String.raw`(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*[/|]\s*)`;
/** A bare (unquoted) value: one token, no spaces. Numbers may be negative or decimal. */
// Dots only between word characters ("clients.update"), so a sentence's full stop is not taken in.
const BARE = String.raw`(?:-?\d+(?:\.\d+)?|[A-Za-z][\w-]*(?:\.[\w-]+)*)`;

/**
 * Phrasings that introduce a closed list. `bare: true` ones are explicit enough ("Allowed
 * inputs:") that unquoted values are accepted; the others ("Can be") only with quoted values,
 * because "can be omitted", "can be used to…" are ordinary prose.
 */
const LIST_INTRODUCERS: { pattern: string; bare: boolean }[] = [
  {
    pattern: String.raw`\b(?:(?:must|should|can|may|will)\s+be\s+|(?:is|are)\s+)?one\s+of\s+the\s+following(?:\s+values)?\s*:?`,
    bare: true,
  },
  { pattern: String.raw`\b(?:must|should|can|may|will)\s+be\s+one\s+of\b:?`, bare: true },
  { pattern: String.raw`\b(?:is|are)\s+one\s+of\b:?`, bare: true },
  { pattern: String.raw`\bone\s+of\s*:`, bare: true },
  {
    pattern: String.raw`\b(?:possible|allowed|valid|accepted|supported|available)\s+(?:values|inputs|options)\s*(?::|are\b:?|is\b:?)`,
    bare: true,
  },
  // Not "Default values:" / "Example values:": those list defaults or samples, not the allowed set.
  { pattern: String.raw`(?<!\b(?:default|example|sample)\s)\b(?:enum|values)\s*:`, bare: true },
  { pattern: String.raw`\bone\s+of\b`, bare: false },
  { pattern: String.raw`\b(?:can|may|could)\s+(?:only\s+)?be(?:\s+set\s+to)?\b:?`, bare: false },
];

/**
 * A sentence that is only `Value: "x"`: the one value a field may take (a one-value enum or a
 * `const`, as Redoc draws it). Quoted, or a number, and alone in its sentence: "Value: the id of
 * the project" is prose.
 */
const SOLE_VALUE = /(?:^|[.!?]\s+)(Value:\s*(?:"([^"\n]{1,60})"|(-?\d+(?:\.\d+)?)))\.?(?=\s|$)/;

function soleValue(text: string, itemType: EnumItemType): ProseFacts["enum"] {
  const match = SOLE_VALUE.exec(text);
  const raw = match?.[2] ?? match?.[3];
  if (!match?.[1] || raw === undefined || raw.toLowerCase() === "null") return undefined;
  const value = typedValue(raw, itemType);
  return value === undefined ? undefined : { values: [value], evidence: match[1] };
}

function inferEnum(text: string, itemType: EnumItemType): ProseFacts["enum"] {
  const found =
    introducedList(text) ?? eitherOr(text) ?? useValueTo(text) ?? (itemType === "string" ? undefined : codeList(text));
  if (!found) return soleValue(text, itemType) ?? singleValue(text, itemType);
  if (isExampleList(text, found)) return undefined;
  const values = typedValues(found.values, itemType);
  if (!values || values.length < 2) return undefined;
  return { values, evidence: found.evidence };
}

/**
 * "Possible values: "2020-01-01"." — one quoted value after an explicit "possible/allowed values:"
 * ending its sentence: a one-value enum (Azure's `api-version`). Only this phrasing: one value
 * after "Can be" or "e.g." is an example, not the whole set.
 */
const SINGLE_VALUE = new RegExp(`\\b(?:possible|allowed)\\s+values?\\s*:\\s*(${QUOTED})(?=\\s*(?:$|[.;]))`, "i");

function singleValue(text: string, itemType: EnumItemType): ProseFacts["enum"] {
  const match = SINGLE_VALUE.exec(text);
  if (!match) return undefined;
  const values = typedValues([unquote(match[1]!)], itemType);
  return values?.length === 1 ? { values, evidence: match[0].trim() } : undefined;
}

interface RawList {
  values: string[];
  evidence: string;
}

/** "e.g.", "such as", "for example" before the list in its clause: the values are illustrations. */
const EXAMPLE_BEFORE =
  /\b(?:e\.\s?g\.?|for\s+example|for\s+instance|such\s+as|like|including|among\s+others)\b[^.;]*$/i;
/** "…, etc." / "…, and so on" / "…" after the list: the list is open. */
const OPEN_AFTER = /^\s*,?\s*(?:etc\b|and\s+so\s+on\b|and\s+more\b|and\s+others\b|\.\.\.|…)/i;

function isExampleList(text: string, list: RawList): boolean {
  const start = text.indexOf(list.evidence);
  if (start === -1) return false;
  return (
    EXAMPLE_BEFORE.test(text.slice(sentenceStartBefore(text, start), start)) ||
    OPEN_AFTER.test(text.slice(start + list.evidence.length))
  );
}

/**
 * One list pattern per introducer, compiled once (they are tried on every description). The list
 * must end the clause: a value followed by more words ("one of the projects") is prose, not a list.
 */
const INTRODUCED_LISTS: RegExp[] = LIST_INTRODUCERS.map(({ pattern, bare }) => {
  const value = bare ? `(?:${QUOTED}|${BARE})` : QUOTED;
  return new RegExp(
    `${pattern}\\s*(${value}(?:${SEPARATOR}${value})+)(?=\\s*(?:$|[.;,)(]|\\s-\\s)|\\s+or\\s+null\\b)`,
    "i",
  );
});

/** "must be one of: 'a', 'b'", "Can be “x”, “y”, “z”", "Allowed inputs: a, b and c". */
function introducedList(text: string): RawList | undefined {
  for (const list of INTRODUCED_LISTS) {
    const match = list.exec(text);
    if (match) return { values: splitValues(match[1]!), evidence: match[0].trim() };
  }
  return undefined;
}

/** "should be either 1 or 7": two values after "be either" / "is either", ending the clause. */
const EITHER_VALUE = `(?:${QUOTED}|${BARE})`;
const EITHER_OR = new RegExp(
  `\\b(?:(?:must|should|can|may|will)\\s+be|be|is|are)\\s+either\\s+(${EITHER_VALUE}\\s+or\\s+${EITHER_VALUE})(?=\\s*(?:$|[.;,)]))`,
  "i",
);

function eitherOr(text: string): RawList | undefined {
  const match = EITHER_OR.exec(text);
  return match ? { values: splitValues(match[1]!), evidence: match[0].trim() } : undefined;
}

/**
 * "Use 'active' to only list active clients, 'archived' to only list archived clients and 'both'
 * to retrieve …": each quoted value followed by "to <what it does>", in one sentence that starts
 * with "Use". Only quoted values count, so "Use this to filter" is not read.
 */
const USE_START = new RegExp(`\\bUse\\s+(?=${QUOTED}\\s+to\\b)`, "i");
const USE_VALUE = new RegExp(`(?:^Use\\s+|[,;]\\s*|\\s(?:and|or)\\s+|,\\s*(?:and|or)\\s+)(${QUOTED})\\s+to\\b`, "gi");

function useValueTo(text: string): RawList | undefined {
  const start = USE_START.exec(text);
  if (!start) return undefined;
  const sentence = sentenceFrom(text, start.index);
  const values: string[] = [];
  let end = 0;
  for (const m of sentence.matchAll(USE_VALUE)) {
    values.push(unquote(m[1]!));
    end = m.index + m[0].length;
  }
  return values.length >= 2 ? { values, evidence: sentence.slice(0, end) } : undefined;
}

/**
 * "0 - nearest, 1 - round up, -1 - round down" on a numeric field: every code is listed with its
 * meaning, which is a closed set. Needs at least two codes in one comma-separated run.
 */
const CODE_ITEM = String.raw`-?\d+\s*(?:\s[-–—]\s|=|:)\s*[A-Za-z][A-Za-z ]*`;
const CODE_LIST = new RegExp(
  `(?:^|(?<=[\\s.:;(]))(${CODE_ITEM}(?:\\s*,\\s*(?:(?:or|and)\\s+)?${CODE_ITEM})+)(?=\\s*(?:$|[.;)]))`,
);

function codeList(text: string): RawList | undefined {
  const match = CODE_LIST.exec(text);
  if (!match) return undefined;
  const run = match[1]!;
  const values = [...run.matchAll(/(?:^|,\s*(?:(?:or|and)\s+)?)(-?\d+)/g)].map((m) => m[1]!);
  return { values, evidence: run.trim() };
}

/** Where the sentence (or ;-clause) containing `index` starts; "e.g. " does not end a sentence. */
function sentenceStartBefore(text: string, index: number): number {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(/(?<!\b(?:e\.g|i\.e|etc|vs))[.;]\s+/gi)) start = m.index + m[0].length;
  return start;
}

/** The text from `start` to the end of its sentence (a period followed by a space, or the end). */
function sentenceFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.search(/\.(?:\s|$)/);
  return end === -1 ? rest : rest.slice(0, end);
}

const VALUE_TOKEN = new RegExp(`${QUOTED}|${BARE}`, "g");
const LEADING_SEPARATOR = new RegExp(`^${SEPARATOR}`, "i");

function splitValues(list: string): string[] {
  const values: string[] = [];
  // Walk value by value so that "or"/"and" between bare values are not taken as values.
  let rest = list;
  while (rest.length > 0) {
    VALUE_TOKEN.lastIndex = 0;
    const m = VALUE_TOKEN.exec(rest);
    if (!m || m.index !== 0) break;
    values.push(unquote(m[0]));
    rest = rest.slice(m[0].length).replace(LEADING_SEPARATOR, "");
  }
  return values;
}

function unquote(value: string): string {
  const first = value[0] ?? "";
  const closers = QUOTES[first];
  if (closers && value.length >= 2 && closers.includes(value[value.length - 1]!)) return value.slice(1, -1);
  return value;
}

/**
 * Values converted to the field's type; `undefined` (no fact) when any value does not fit, e.g.
 * words listed for an integer field: that list describes something else.
 */
function typedValues(raw: string[], itemType: EnumItemType): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  for (const value of raw) {
    // "null" in a list ("'a', 'b' or null") is nullability, not a value; the nullable rule
    // reports it from the same words.
    if (value.trim().toLowerCase() === "null") continue;
    const typed = typedValue(value.trim(), itemType);
    if (typed === undefined) return undefined;
    if (!out.includes(typed)) out.push(typed);
  }
  return out;
}

function typedValue(value: string, itemType: EnumItemType): string | number | undefined {
  // Only a quoted `""` gives an empty value (a bare value has a character): the empty string is a
  // value of a string enum (Scalar prints enums as JSON: `"", "USERNAME", "PASSWORD"`).
  if (value === "") return itemType === "string" ? "" : undefined;
  if (itemType === "string") return value;
  const pattern = itemType === "integer" ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/;
  return pattern.test(value) ? Number(value) : undefined;
}

// ─── required / optional ──────────────────────────────────────────────────────────────────

/**
 * Conditional presence ("required if Start is not informed", "optional unless …") describes a
 * rule between fields that a schema's `required` cannot express: no fact either way.
 */
const CONDITIONAL =
  /\b(?:required|mandatory|optional)\s+(?:only\s+)?(?:if|when|unless|in\s+case|whenever|for|on|with)\b/i;
/** "not required", "isn't mandatory": the field is optional. */
const NEGATED_REQUIRED = /\b(?:not|isn't|is\s+not|are\s+not|aren't|never)\s+(?:required|mandatory)\b/i;
/**
 * "required" as its own statement about this field: a clause of its own ("Identifier of the
 * level, required"), a parenthesis, or "is required". Not "the required permissions".
 */
const REQUIRED = /(?:^|[,;.(]\s*|\bis\s+(?:always\s+)?)(?:required|mandatory)(?=\s*(?:$|[,;.)!]))/i;
const OPTIONAL = /(?:^|[,;.(]\s*|\bis\s+)optional(?=\s*(?:$|[,;.)!]))/i;
/** "can be omitted if user_ids is provided": may be absent, so not required in the schema. */
const OMITTABLE = /\b(?:can|may)\s+be\s+omitted\b/i;

function inferRequired(text: string): ProseFacts["required"] {
  if (CONDITIONAL.test(text)) return undefined;
  const negated = NEGATED_REQUIRED.exec(text);
  const optional = OPTIONAL.exec(text) ?? OMITTABLE.exec(text) ?? negated;
  const required = negated ? null : REQUIRED.exec(text);
  // Both said in one description: a contradiction we cannot resolve from the text.
  if (optional && required) return undefined;
  if (optional) return { value: false, evidence: trimEvidence(optional[0]) };
  if (required) return { value: true, evidence: trimEvidence(required[0]) };
  return undefined;
}

// ─── deprecated ───────────────────────────────────────────────────────────────────────────

/**
 * Any standalone "deprecated" ("Current user is workspace admin Deprecated", "…, deprecated",
 * "DEPRECATED: use x"), except:
 * - a future one ("will be deprecated", "to be deprecated in favour of …"): OpenAPI's `deprecated`
 *   states the current status, and a field announced for deprecation still works and may be the
 *   only way to do something today; striking it through in editors would push users off it too
 *   early. The announcement stays visible in the description.
 * - a negated one ("not deprecated", "non-deprecated");
 * - "the deprecated <word>": another thing is deprecated ("replaces the deprecated foo field").
 */
const DEPRECATED = /\bdeprecated\b/gi;
const FUTURE_OR_NEGATED_BEFORE =
  /(?:\b(?:will|shall|to|soon|may|might|not|never)\s+(?:be\s+|get\s+|become\s+)?|\bnon-)$/i;
const ABOUT_ANOTHER_THING = /\bthe\s+$/i;

function inferDeprecated(text: string): ProseFacts["deprecated"] {
  for (const m of text.matchAll(DEPRECATED)) {
    const before = text.slice(0, m.index);
    if (FUTURE_OR_NEGATED_BEFORE.test(before) || ABOUT_ANOTHER_THING.test(before)) continue;
    // A quoted 'deprecated' is a value ("one of 'active', 'deprecated'"), not a status.
    if (/['"‘“`]$/.test(before)) continue;
    return { evidence: m[0] };
  }
  return undefined;
}

// ─── formats ──────────────────────────────────────────────────────────────────────────────

type Format = NonNullable<ProseFacts["format"]>["value"];

/** Timestamps counted in seconds are integers in disguise, never RFC 3339 strings. */
const NUMERIC_TIME = /\b(?:unix|epoch|seconds|milliseconds|millis)\b/i;
/** A duration or an offset written in ISO 8601 is not a point in time. */
const NOT_A_POINT_IN_TIME = /\b(?:duration|interval|period|offset|time\s*zone|timezone)\b/i;

const FORMAT_RULES: { value: Format; pattern: RegExp; unless?: RegExp }[] = [
  // "YYYY-MM-DD" first: "ISO 8601 date (YYYY-MM-DD)" is a date, not a date-time.
  { value: "date-time", pattern: /\bYYYY-MM-DD[T ]hh:mm\b/i },
  { value: "date", pattern: /\bYYYY-MM-DD\b/i, unless: /\bhh:mm\b|\btime\b/i },
  { value: "date-time", pattern: /\btimestamps?\b/i, unless: NUMERIC_TIME },
  { value: "date-time", pattern: /\bdate[ -]?and[ -]?time\b|\bdate[ -]?time\b|\bdatetime\b/i, unless: NUMERIC_TIME },
  {
    value: "date-time",
    pattern: /\b(?:ISO[ -]?8601|RFC[ -]?3339)\b/i,
    unless: new RegExp(`${NUMERIC_TIME.source}|${NOT_A_POINT_IN_TIME.source}`, "i"),
  },
  // "When was the last update" (the Toggl `at` field): a question about a moment.
  { value: "date-time", pattern: /^when\s+(?:was|were|did|has|had)\b[^.]*/i },
  {
    value: "uri",
    pattern: /^(?:the\s+|an?\s+)?(?:absolute\s+|full\s+|public\s+)?(?:URL|URI)\s+(?:of|to|for|where|pointing)\b/i,
    unless: /\b(?:relative|path|slug|encoded)\b/i,
  },
  { value: "uri", pattern: /\b(?:must|should)\s+be\s+a\s+valid\s+(?:URL|URI)\b/i, unless: /\b(?:relative|path)\b/i },
  { value: "email", pattern: /^(?:the\s+)?e-?mail(?:\s+address)?\s+(?:of|for)\b/i },
  { value: "email", pattern: /\b(?:must|should)\s+be\s+a\s+valid\s+e-?mail(?:\s+address)?\b/i },
];

function inferFormat(text: string): ProseFacts["format"] {
  for (const rule of FORMAT_RULES) {
    const match = rule.pattern.exec(text);
    if (match && !rule.unless?.test(text)) return { value: rule.value, evidence: trimEvidence(match[0]) };
  }
  return undefined;
}

// ─── nullable ─────────────────────────────────────────────────────────────────────────────

const NULLABLE_PATTERNS: RegExp[] = [
  /\b(?:can|may|might|could|will)\s+(?:also\s+)?be\s+null\b/i,
  /\bnullable\b/i,
  /\bnull\s+(?:if|when|for|unless|in\s+case)\b/i,
  /\bor\s+null\b/i,
  // A description cell that is only "null" (api-time_entries.html: `description | string | null`).
  /^\s*null\s*\.?\s*$/i,
  // "in case that is null it means …": only with a pronoun for the field itself, not
  // "true if the end time is null", which is about something else.
  /\b(?:it|this|that|which|the\s+value|this\s+field)\s+(?:is|are)\s+null\b/i,
];
/**
 * A negation anywhere in the clause before "null" ("cannot be null", "must not be empty or null",
 * "non-null") turns the statement around.
 */
const NEGATION = /\b(?:not|never|cannot|can't|won't|mustn't|non)\b/i;
/**
 * A condition in the clause before "null" ("true if the duration is positive or null") makes
 * the null about the condition's subject, not about this field.
 */
const CONDITION = /\b(?:if|whether|when|unless)\b/i;

/**
 * A sentence that opens with "If null, …" states what a null value means (api-me.html, quota
 * `organization_id`: "If null, represents the quota for requests that do not …"); its "if" is the
 * statement, not a condition on something else.
 */
const IF_NULL_SENTENCE = /(?:^|[.;]\s+)(if\s+(?:it\s+is\s+|this\s+is\s+)?null)\b/i;

function inferNullable(text: string): ProseFacts["nullable"] {
  const ifNull = IF_NULL_SENTENCE.exec(text)?.[1];
  if (ifNull) return { evidence: ifNull };
  for (const pattern of NULLABLE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const nullAt = match.index + match[0].toLowerCase().indexOf("null");
    const clause = clauseBefore(text, nullAt);
    if (NEGATION.test(clause) || CONDITION.test(clause)) continue;
    return { evidence: match[0] };
  }
  return undefined;
}

/** "use [null]": a JSON array holding null is a documented value, so the items admit null. */
const NULL_ITEM = /\[\s*null\s*\]/i;

function inferNullableItems(text: string): ProseFacts["nullableItems"] {
  const match = NULL_ITEM.exec(text);
  return match ? { evidence: match[0] } : undefined;
}

/** The text of the clause (since the last , ; . or parenthesis) that ends at `index`. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const boundary = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(". "),
    before.lastIndexOf("("),
  );
  return before.slice(boundary + 1);
}

/** Evidence without the clause punctuation the patterns had to consume. */
function trimEvidence(matched: string): string {
  return matched.replace(/^[\s,;.(]+/, "").trim();
}
