/**
 * A JSON Schema (OpenAPI 3.1 dialect) read off a JSON example, for docs that show request and
 * response shapes only as examples. An example shows what *can* appear, not what must, so no
 * property is marked required; arrays take the merged shape of all their elements, so that a
 * key seen in only one element is still listed.
 */
import { openObject, type JsonSchema } from "./doc-types.js";

/** Infer a schema from one example value. Deterministic; never throws. */
export function schemaFromExample(value: unknown): JsonSchema {
  return schemaFromSamples([value]);
}

/** The order in which the variants of a mixed-kind union are listed, so output is stable. */
const KIND_ORDER = ["object", "array", "string", "integer", "number", "boolean", "null"] as const;
type Kind = (typeof KIND_ORDER)[number];

/**
 * One schema describing every sample. Samples are grouped by JSON kind; each group gives one
 * variant, and the variants are combined (a single kind plus `null` becomes a type list).
 */
function schemaFromSamples(samples: unknown[], key?: string): JsonSchema {
  const byKind = new Map<Kind, unknown[]>();
  for (const sample of samples) {
    const kind = kindOf(sample);
    if (kind === undefined) continue;
    const group = byKind.get(kind) ?? [];
    group.push(sample);
    byKind.set(kind, group);
  }
  // An integer-valued sample next to a fractional one is the same field: a number.
  const integers = byKind.get("integer");
  const numbers = byKind.get("number");
  if (integers && numbers) {
    numbers.push(...integers);
    byKind.delete("integer");
  }

  const variants: JsonSchema[] = [];
  for (const kind of KIND_ORDER) {
    const group = byKind.get(kind);
    if (group) variants.push(variantOf(kind, group, key));
  }
  return combineVariants(variants);
}

function kindOf(value: unknown): Kind | undefined {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "bigint":
      return "integer";
    case "number":
      // NaN and Infinity are not JSON; treat them as "some number" rather than failing.
      return Number.isInteger(value) ? "integer" : "number";
    case "object":
      return "object";
    default:
      // undefined, functions, symbols: not JSON, contributes nothing.
      return undefined;
  }
}

function variantOf(kind: Kind, samples: unknown[], key: string | undefined): JsonSchema {
  switch (kind) {
    case "object":
      return objectSchema(samples as Record<string, unknown>[]);
    case "array":
      return arraySchema(samples as unknown[][], key);
    case "string":
      return stringSchema(samples as string[], key);
    default:
      return { type: kind };
  }
}

/** Every key seen in any sample, in first-seen order; each typed from all the values it took. */
function objectSchema(samples: Record<string, unknown>[]): JsonSchema {
  const valuesByKey = new Map<string, unknown[]>();
  for (const sample of samples) {
    for (const [key, value] of Object.entries(sample)) {
      const values = valuesByKey.get(key) ?? [];
      values.push(value);
      valuesByKey.set(key, values);
    }
  }
  // An empty example object says nothing about its keys: any may appear.
  if (valuesByKey.size === 0) return openObject();
  const properties: Record<string, JsonSchema> = {};
  for (const [key, values] of valuesByKey) properties[key] = schemaFromSamples(values, key);
  return { type: "object", properties };
}

/** Items describe every element of every sample array; `{}` when all arrays are empty. */
function arraySchema(samples: unknown[][], key: string | undefined): JsonSchema {
  const elements = samples.flat(1);
  return { type: "array", items: elements.length === 0 ? {} : schemaFromSamples(elements, key) };
}

/**
 * Names that make an email or URI example mean a format. A date or date-time value is unambiguous
 * on its own, but `"value": "jane@example.com"` in a contact method only shows one possible value
 * (a phone number would be another), so `email`/`uri` are claimed only when the field's name says
 * so too: a wrong format rejects valid data, a missing one only loses a hint.
 */
const NAME_SAYS: Partial<Record<StringFormat, RegExp>> = {
  email: /e-?mail/i,
  uri: /ur[il]|link|href|website|avatar|image|logo|icon|callback|endpoint/i,
};

/** A format is claimed only when every sample string has it (and, for email/uri, the name agrees). */
function stringSchema(samples: string[], key: string | undefined): JsonSchema {
  const formats = new Set(samples.map(formatOfString));
  const [only] = formats;
  if (formats.size !== 1 || only === undefined) return { type: "string" };
  const nameRule = NAME_SAYS[only];
  if (nameRule && !(key && nameRule.test(key))) return { type: "string" };
  return { type: "string", format: only };
}

// RFC 3339 date-time as JSON Schema's `date-time` format checks it: seconds and offset required.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/i;

export type StringFormat = "date-time" | "date" | "uri" | "email";

/** The format a single example string shows, if any. */
export function formatOfString(value: string): StringFormat | undefined {
  const dateTime = DATE_TIME.exec(value);
  if (dateTime)
    return isCalendarDate(dateTime[2]!, dateTime[3]!) && isClockTime(dateTime[4]!, dateTime[5]!, dateTime[6]!)
      ? "date-time"
      : undefined;
  const date = DATE.exec(value);
  if (date) return isCalendarDate(date[2]!, date[3]!) ? "date" : undefined;
  if (EMAIL.test(value)) return "email";
  if (ABSOLUTE_URL.test(value) && URL.canParse(value)) return "uri";
  return undefined;
}

function isCalendarDate(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isClockTime(hours: string, minutes: string, seconds: string): boolean {
  // 60 seconds: RFC 3339 allows a leap second.
  return Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds) <= 60;
}

/**
 * One variant is the schema itself; one variant plus `null` folds into a type list
 * (`["string", "null"]`); several kinds become `anyOf`, because properties/items/format of one
 * kind must not be read as applying to another.
 */
function combineVariants(variants: JsonSchema[]): JsonSchema {
  const nonNull = variants.filter((v) => v.type !== "null");
  const hasNull = nonNull.length < variants.length;
  if (variants.length === 0) return {};
  if (nonNull.length === 0) return { type: "null" };
  if (nonNull.length === 1) {
    const only = nonNull[0]!;
    return hasNull ? { ...only, type: [only.type, "null"] } : only;
  }
  return { anyOf: variants };
}
