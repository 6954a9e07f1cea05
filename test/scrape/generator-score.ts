/**
 * Test helper: what a page read by a reader (`DocPage`) got right about the spec the page was
 * rendered from, counted from the spec itself (never hard-coded). Both sides are walked the same
 * way: local `$ref`s followed, `allOf` merged, `oneOf`/`anyOf` properties united, the items of an
 * array entered; a body that is an array of objects is compared by its items' fields (the reader
 * gives it as the normaliser's bare-array `items` field). Types are compared as JSON Schema type
 * words after the normaliser's one type-cell parser reads the page's text; enums after its prose
 * rules read the description.
 */
import type { DocField, DocPage } from "../../src/model/types.js";
import { parseTypeCell, type JsonSchema } from "../../src/normalise/doc-types.js";
import { decideMethod } from "../../src/normalise/method-evidence.js";
import { inferFromProse } from "../../src/normalise/prose.js";

type Json = Record<string, unknown>;

export interface Tally {
  expected: number;
  found: number;
  invented: number;
  rightType: number;
  requiredRight: number;
  enumExpected: number;
  enumRight: number;
  problems: string[];
}

export interface PageScore {
  operations: Tally;
  parameters: Tally;
  requestFields: Tally;
  responseFields: Tally;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

function tally(): Tally {
  return {
    expected: 0,
    found: 0,
    invented: 0,
    rightType: 0,
    requiredRight: 0,
    enumExpected: 0,
    enumRight: 0,
    problems: [],
  };
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deref(spec: Json, value: unknown): Json | undefined {
  let node = value;
  for (let hops = 0; hops < 32 && isRecord(node) && typeof node.$ref === "string"; hops++) {
    let target: unknown = spec;
    for (const part of node.$ref.replace(/^#\//, "").split("/")) {
      target = isRecord(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    node = target;
  }
  return isRecord(node) ? node : undefined;
}

/** The type word of a schema ("string", "array", "object"…), null dropped; undefined when it states none. */
function typeWord(schema: Json | undefined, spec?: Json, depth = 0): string | undefined {
  if (!schema) return undefined;
  const types = [schema.type].flat().filter((t): t is string => typeof t === "string" && t !== "null");
  if (types.length === 1) return types[0];
  if (schema.properties) return "object";
  // allOf: the first branch that states a type (a `$ref` plus a description-only branch).
  if (Array.isArray(schema.allOf) && spec && depth < 8) {
    for (const branch of schema.allOf) {
      const word = typeWord(deref(spec, branch), spec, depth + 1);
      if (word) return word;
    }
  }
  return undefined;
}

interface SpecField {
  required: boolean;
  type?: string;
  enum?: unknown[];
  children: Map<string, SpecField>;
}

/** The properties of an object schema (through `$ref`, `allOf`, `oneOf`/`anyOf`, array items), by name. */
function specFields(spec: Json, raw: unknown, trail: readonly Json[] = []): Map<string, SpecField> {
  const out = new Map<string, SpecField>();
  const schema = deref(spec, raw);
  if (!schema || trail.includes(schema) || trail.length >= 3 * MAX_DEPTH) return out;
  const next = [...trail, schema];
  if (typeWord(schema, spec) === "array") return specFields(spec, itemsOf(spec, schema), next);
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const branch of branches) unite(out, specFields(spec, branch, next));
  }
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, rawProperty] of Object.entries(isRecord(schema.properties) ? schema.properties : {})) {
    const property = deref(spec, rawProperty);
    const items = property ? deref(spec, itemsOf(spec, property)) : undefined;
    const enumSource = property?.enum ? property : items?.enum ? items : undefined;
    const field: SpecField = { required: required.has(name), children: specFields(spec, rawProperty, next) };
    const type = typeWord(property, spec);
    if (type) field.type = type;
    if (enumSource) field.enum = enumSource.enum as unknown[];
    out.set(name, field);
  }
  return out;
}

/** The items of an array schema, also when an `allOf` wrapper holds them (`allOf: [{ $ref: List }]`). */
function itemsOf(spec: Json, schema: Json, depth = 0): unknown {
  if (schema.items !== undefined || depth > 8) return schema.items;
  for (const branch of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const target = deref(spec, branch);
    const items = target ? itemsOf(spec, target, depth + 1) : undefined;
    if (items !== undefined) return items;
  }
  return undefined;
}

/** Alternatives united: a name in several branches keeps the first, with the children of all. */
function unite(into: Map<string, SpecField>, from: Map<string, SpecField>): void {
  for (const [name, field] of from) {
    const seen = into.get(name);
    if (!seen) into.set(name, field);
    else unite(seen.children, field.children);
  }
}

function pageFields(fields: readonly DocField[]): readonly DocField[] {
  // The bare-array form: the items' fields are the body's.
  const [only] = fields;
  if (fields.length === 1 && only?.name === "items" && /^array\b/i.test(only.type)) return only.children ?? [];
  return fields;
}

function docTypeWord(typeText: string): string | undefined {
  const { schema, understood: known } = parseTypeCell(typeText);
  return known ? typeWord(schema as JsonSchema) : undefined;
}

/** Both walks stop here: the spec's at its depth bound, the page's at the same depth. */
const MAX_DEPTH = 10;

function compareFields(
  expected: Map<string, SpecField>,
  shown: readonly DocField[],
  t: Tally,
  where: string,
  location: "body" | "response",
  depth = 0,
): void {
  if (depth >= MAX_DEPTH) return;
  const byName = new Map(shown.map((f) => [f.name, f]));
  for (const [name, field] of expected) {
    t.expected++;
    const doc = byName.get(name);
    if (!doc) {
      t.problems.push(`${where}: missing field ${name}`);
      continue;
    }
    t.found++;
    const docType = docTypeWord(doc.type);
    if (field.type === undefined || docType === field.type) t.rightType++;
    else t.problems.push(`${where}.${name}: type "${doc.type}" (${docType}) is ${field.type}`);
    if ((doc.required ?? false) === field.required) t.requiredRight++;
    else t.problems.push(`${where}.${name}: required ${doc.required} is ${field.required}`);
    if (field.enum) {
      t.enumExpected++;
      const found = inferFromProse(doc.description, { name, type: parseTypeCell(doc.type), location }).enum?.values;
      if (found && sameValues(found, field.enum)) t.enumRight++;
      else t.problems.push(`${where}.${name}: enum ${JSON.stringify(found)} is ${JSON.stringify(field.enum)}`);
    }
    compareFields(field.children, pageFields(doc.children ?? []), t, `${where}.${name}`, location, depth + 1);
  }
  for (const doc of shown) {
    if (!expected.has(doc.name)) {
      t.invented++;
      t.problems.push(`${where}: invented field ${doc.name}`);
    }
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  const key = (values: readonly unknown[]) => JSON.stringify(values.map(String).sort());
  return key(a) === key(b);
}

/** JSON bodies only: what a page shows as fields is the JSON media type's schema. */
function jsonSchemaOf(content: unknown): unknown {
  if (!isRecord(content)) return undefined;
  const type = Object.keys(content).find((m) => /json/i.test(m));
  return type && isRecord(content[type]) ? content[type].schema : undefined;
}

export function scorePage(page: DocPage, spec: Json): PageScore {
  const score: PageScore = {
    operations: tally(),
    parameters: tally(),
    requestFields: tally(),
    responseFields: tally(),
  };
  // The method as the normaliser decides it from the page's evidence.
  const shown = new Map(page.operations.map((op) => [`${decideMethod(op.methodEvidence) ?? "?"} ${op.url}`, op]));
  const expectedKeys = new Set<string>();
  for (const [path, rawItem] of Object.entries(isRecord(spec.paths) ? spec.paths : {})) {
    const item = deref(spec, rawItem) ?? {};
    for (const method of METHODS) {
      const op = deref(spec, item[method]);
      if (!op) continue;
      const key = `${method} ${path}`;
      expectedKeys.add(key);
      score.operations.expected++;
      const doc = shown.get(key);
      if (!doc) {
        score.operations.problems.push(`missing operation ${key}`);
        continue;
      }
      score.operations.found++;
      // Parameters: path-level then operation-level (the latter wins), by location and name.
      const parameters = new Map<string, Json>();
      for (const raw of [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]) {
        const p = deref(spec, raw);
        if (p && typeof p.name === "string" && typeof p.in === "string") parameters.set(`${p.in}:${p.name}`, p);
      }
      const docParameters = new Map(doc.parameters.map((p) => [`${p.in}:${p.name}`, p]));
      const t = score.parameters;
      for (const [pkey, p] of parameters) {
        t.expected++;
        const d = docParameters.get(pkey);
        if (!d) {
          t.problems.push(`${key}: missing parameter ${pkey}`);
          continue;
        }
        t.found++;
        const schema = deref(spec, p.schema);
        const type = typeWord(schema, spec);
        if (type === undefined || docTypeWord(d.type) === type) t.rightType++;
        else t.problems.push(`${key} ${pkey}: type "${d.type}" is ${type}`);
        if (d.required === (p.required === true || p.in === "path")) t.requiredRight++;
        else t.problems.push(`${key} ${pkey}: required ${d.required}`);
        const values = schema?.enum ?? deref(spec, schema?.items)?.enum;
        if (Array.isArray(values)) {
          t.enumExpected++;
          const found = inferFromProse(d.description, {
            name: d.name,
            type: parseTypeCell(d.type),
            location: d.in === "cookie" ? "header" : d.in,
          }).enum?.values;
          if (found && sameValues(found, values)) t.enumRight++;
          else t.problems.push(`${key} ${pkey}: enum ${JSON.stringify(found)} is ${JSON.stringify(values)}`);
        }
      }
      for (const pkey of docParameters.keys()) {
        if (!parameters.has(pkey)) {
          t.invented++;
          t.problems.push(`${key}: invented parameter ${pkey}`);
        }
      }
      const body = deref(spec, op.requestBody);
      compareFields(
        specFields(spec, jsonSchemaOf(body?.content)),
        pageFields(doc.body?.fields ?? []),
        score.requestFields,
        `${key} body`,
        "body",
      );
      for (const [status, rawResponse] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
        const response = deref(spec, rawResponse);
        const docResponse = doc.responses.find((r) => r.status === status);
        compareFields(
          specFields(spec, jsonSchemaOf(response?.content)),
          pageFields(docResponse?.fields ?? []),
          score.responseFields,
          `${key} ${status}`,
          "response",
        );
      }
    }
  }
  for (const key of shown.keys()) {
    if (!expectedKeys.has(key)) {
      score.operations.invented++;
      score.operations.problems.push(`invented operation ${key}`);
    }
  }
  return score;
}

/** found / expected (1 when nothing was expected). */
export function ratio(found: number, expected: number): number {
  return expected === 0 ? 1 : found / expected;
}

/** One line per category, for a report. */
export function formatScore(name: string, score: PageScore): string {
  const parts = (Object.entries(score) as [string, Tally][]).map(
    ([category, t]) =>
      `${category} ${t.found}/${t.expected} (invented ${t.invented}, type ${t.rightType}, required ${t.requiredRight}, enum ${t.enumRight}/${t.enumExpected})`,
  );
  return `${name}: ${parts.join("; ")}`;
}
