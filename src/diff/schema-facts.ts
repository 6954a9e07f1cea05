import { resolvePointer } from "../openapi/pointer.js";
import { asRecord, isRecord, type JsonObject } from "../openapi/types.js";

/**
 * What a client can rely on about one value (a parameter, a body or response field), reduced to
 * the facts the rules compare. Schema spelling differences that mean the same thing collapse here:
 * `type: [T, "null"]`, 3.0's `nullable: true` and an `anyOf` with a `{type: "null"}` branch all
 * read as `types: [T], nullable: true`.
 */
export interface SchemaFacts {
  /** Non-null JSON types, sorted; empty means "any type". */
  types: string[];
  nullable: boolean;
  format?: string;
  /** Allowed values as JSON text (so `1` and `"1"` differ), sorted; undefined when unconstrained. */
  enumValues?: string[];
  deprecated: boolean;
  description?: string;
  readOnly: boolean;
  writeOnly: boolean;
}

/** A schema reached through zero or more `$ref`s; `expanding` holds the refs open above it. */
export interface SchemaAt {
  schema: unknown;
  expanding: ReadonlySet<string>;
}

/** Facts plus the sub-schemas a walk descends into. */
export interface SchemaShape {
  facts: SchemaFacts;
  properties: Map<string, SchemaAt>;
  requiredNames: Set<string>;
  /** Array item schemas (several when `anyOf` branches are arrays of different things). */
  items: SchemaAt[];
  /** Map values (`additionalProperties: {schema}`). */
  mapValues: SchemaAt[];
}

const JSON_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];

function emptyShape(): SchemaShape {
  return {
    facts: { types: [], nullable: false, deprecated: false, readOnly: false, writeOnly: false },
    properties: new Map(),
    requiredNames: new Set(),
    items: [],
    mapValues: [],
  };
}

function declaredTypes(schema: JsonObject): string[] {
  const raw = schema.type;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((t): t is string => typeof t === "string" && JSON_TYPES.includes(t));
}

function enumOf(schema: JsonObject): string[] | undefined {
  if ("const" in schema) return [JSON.stringify(schema.const)];
  if (!Array.isArray(schema.enum)) return undefined;
  return [...new Set(schema.enum.map((v) => JSON.stringify(v)))].sort();
}

/** Follows a schema's `$ref`; `undefined` target when the ref is already open above (a cycle). */
function followRef(
  doc: unknown,
  at: SchemaAt,
): { schema: JsonObject; expanding: ReadonlySet<string>; cyclic: boolean } {
  let schema = asRecord(at.schema);
  let expanding = at.expanding;
  while (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (expanding.has(ref)) return { schema: asRecord(resolvePointer(doc, ref)), expanding, cyclic: true };
    const target = resolvePointer(doc, ref);
    expanding = new Set([...expanding, ref]);
    // 3.1 lets keywords sit beside $ref; they refine the target, so keep them over it.
    const { $ref: _ref, ...siblings } = schema;
    schema = { ...asRecord(target), ...siblings };
  }
  return { schema, expanding, cyclic: false };
}

function mergeInto(target: SchemaShape, branch: SchemaShape, requiredMerge: "union" | "keep"): void {
  for (const [name, at] of branch.properties) if (!target.properties.has(name)) target.properties.set(name, at);
  if (requiredMerge === "union") for (const name of branch.requiredNames) target.requiredNames.add(name);
  target.items.push(...branch.items);
  target.mapValues.push(...branch.mapValues);
  target.facts.deprecated ||= branch.facts.deprecated;
  target.facts.format ??= branch.facts.format;
  target.facts.description ??= branch.facts.description;
}

/**
 * Reduces a schema to its shape: own keywords, then `allOf` (all apply: properties and required
 * names add up) and `anyOf`/`oneOf` (any may apply: types add up, a name is required only when
 * every branch requires it). A `$ref` already being expanded above is a cycle: its facts are
 * read but nothing below it is walked again.
 */
export function shapeOf(doc: unknown, at: SchemaAt): SchemaShape {
  if (at.schema === true || at.schema === undefined) return emptyShape();
  const { schema, expanding, cyclic } = followRef(doc, at);
  const shape = emptyShape();
  const facts = shape.facts;
  const types = declaredTypes(schema);
  facts.nullable = types.includes("null") || schema.nullable === true;
  const nonNull = new Set(types.filter((t) => t !== "null"));
  if (typeof schema.format === "string") facts.format = schema.format;
  facts.enumValues = enumOf(schema);
  facts.deprecated = schema.deprecated === true;
  if (typeof schema.description === "string") facts.description = schema.description;
  facts.readOnly = schema.readOnly === true;
  facts.writeOnly = schema.writeOnly === true;
  if (types.length === 1 && types[0] === "null") facts.enumValues = undefined;

  if (!cyclic) {
    const child = (s: unknown): SchemaAt => ({ schema: s, expanding });
    for (const [name, s] of Object.entries(asRecord(schema.properties))) shape.properties.set(name, child(s));
    if (Array.isArray(schema.required))
      for (const n of schema.required) if (typeof n === "string") shape.requiredNames.add(n);
    if (schema.items !== undefined && typeof schema.items !== "boolean") shape.items.push(child(schema.items));
    if (isRecord(schema.additionalProperties)) shape.mapValues.push(child(schema.additionalProperties));

    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const branch = shapeOf(doc, child(part));
      mergeInto(shape, branch, "union");
      for (const t of branch.facts.types) nonNull.add(t);
      if (branch.facts.enumValues && !facts.enumValues) facts.enumValues = branch.facts.enumValues;
    }
    const alternatives = [
      ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
      ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
    ].map((part) => shapeOf(doc, child(part)));
    const nonNullAlternatives = alternatives.filter((b) => !isNullOnly(b));
    if (alternatives.length > nonNullAlternatives.length) facts.nullable = true;
    for (const branch of nonNullAlternatives) {
      mergeInto(shape, branch, "keep");
      if (branch.facts.nullable) facts.nullable = true;
      for (const t of branch.facts.types) nonNull.add(t);
    }
    if (nonNullAlternatives.some((b) => b.facts.types.length === 0)) nonNull.clear(); // one branch takes anything
    const requiredInEvery = nonNullAlternatives.map((b) => b.requiredNames);
    if (requiredInEvery.length > 0) {
      const first = requiredInEvery[0] ?? new Set<string>();
      for (const name of first) if (requiredInEvery.every((set) => set.has(name))) shape.requiredNames.add(name);
    }
    const branchEnums = nonNullAlternatives.map((b) => b.facts.enumValues);
    if (!facts.enumValues && branchEnums.length > 0 && branchEnums.every((e) => e !== undefined)) {
      facts.enumValues = [...new Set(branchEnums.flatMap((e) => e ?? []))].sort();
    }
  }
  // An object with properties but no declared type is still an object to every client.
  if (nonNull.size === 0 && shape.properties.size > 0) nonNull.add("object");
  facts.types = [...nonNull].sort();
  return shape;
}

function isNullOnly(shape: SchemaShape): boolean {
  return shape.facts.types.length === 0 && shape.facts.nullable && shape.properties.size === 0;
}
