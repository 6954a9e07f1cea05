/**
 * Chooses `components.schemas` before any operation is built. The normaliser collects every
 * operation's schemas (its request body, its JSON success bodies) as `SchemaUse`s; this module
 * decides which become named components and returns, for each use, the schema the operation will
 * carry (a `$ref` where a component stands for the resource). Identical object shapes (same
 * property names and types) become one named component; two views of one resource with the same
 * fields, where one leaves an object unexpanded that the other spells out, are one component
 * (reported). Shapes whose documented fields differ stay apart: each operation's body has the
 * fields its own docs list, the later shapes named after their operation. Request bodies become
 * components only when several operations share one. Nothing here changes the schemas it is given.
 */
import type { JsonSchema } from "./doc-types.js";
import { requestComponentName } from "./component-names.js";
import { pascalCase, splitWords, singular } from "../words/index.js";
import type { ReportLog } from "./report.js";
import { X_SOURCE } from "./provenance.js";
import { isRecord } from "../openapi/types.js";

/** One schema an operation will carry, with what naming a component for it needs to know. */
export interface SchemaUse {
  operationId: string;
  verb: string;
  /** Name its success body would take (`Client`, `WorkspaceStatistics`). */
  responseName: string;
  /** A JSON success body (its resource object may be shared) or a request body (shared whole, when several operations send it). */
  role: "response" | "body";
  /** The schema as the docs give it; its own object (built per operation), so it identifies the use. */
  schema: JsonSchema;
}

/** The components, and the schema each use takes in its operation. */
export interface ComponentPlan {
  /** Named components, in order of first use. */
  components: Record<string, JsonSchema>;
  /** The schema the operation carries for a use's schema: itself, or a copy with a `$ref` where a component stands. */
  place(schema: JsonSchema): JsonSchema;
}

const REF_PREFIX = "#/components/schemas/";

/** Where the resource object sits in a use's schema. */
type ResourceAt = { kind: "whole" } | { kind: "items" } | { kind: "property"; key: string };

function properties(schema: JsonSchema): Record<string, JsonSchema> {
  return isRecord(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
}

function hasProperties(schema: unknown): schema is JsonSchema {
  return isRecord(schema) && Object.keys(properties(schema)).length > 0;
}

/** Names and types only: descriptions, provenance, enums and formats do not make a shape differ. */
export function shapeSignature(schema: unknown): string {
  if (!isRecord(schema)) return "?";
  if (typeof schema.$ref === "string") return `ref(${schema.$ref})`;
  const parts = [JSON.stringify(schema.type ?? null)];
  const props = properties(schema);
  const names = Object.keys(props).sort();
  if (names.length > 0) parts.push(`{${names.map((name) => `${name}:${shapeSignature(props[name])}`).join(",")}}`);
  if (isRecord(schema.items)) parts.push(`[${shapeSignature(schema.items)}]`);
  if (Array.isArray(schema.anyOf)) parts.push(`anyOf(${schema.anyOf.map(shapeSignature).join("|")})`);
  return parts.join("");
}

function wordsMatch(name: string, component: string): boolean {
  const a = splitWords(name).map(singular);
  const b = splitWords(component).map(singular);
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * Where the resource object sits in a success body: the body itself, the items of a bare array,
 * or the one property of an envelope named after the resource (`{ "client": { … } }`).
 */
function resourceAt(schema: JsonSchema, name: string): ResourceAt | undefined {
  if (schema.type === "array" && hasProperties(schema.items)) return { kind: "items" };
  if (!hasProperties(schema)) return undefined;
  const entries = Object.entries(properties(schema));
  const [only] = entries;
  if (entries.length === 1 && only && hasProperties(only[1]) && wordsMatch(only[0], name))
    return { kind: "property", key: only[0] };
  return { kind: "whole" };
}

function resourceOf(schema: JsonSchema, at: ResourceAt): JsonSchema {
  if (at.kind === "items") return schema.items as JsonSchema;
  if (at.kind === "property") return properties(schema)[at.key]!;
  return schema;
}

/** A copy of the use's schema with the resource replaced by a reference; the original is left as it is. */
function withRef(schema: JsonSchema, at: ResourceAt, name: string): JsonSchema {
  if (at.kind === "items") return { ...schema, items: refTo(name) };
  if (at.kind === "property") return { ...schema, properties: { ...properties(schema), [at.key]: refTo(name) } };
  return refTo(name);
}

interface Candidate {
  use: SchemaUse;
  at: ResourceAt;
  /** The resource object. */
  schema: JsonSchema;
  signature: string;
  name: string;
}

interface Group {
  name: string;
  schema: JsonSchema;
  signatures: Set<string>;
  members: Candidate[];
}

/**
 * Two views of one property agree when their shapes are the same, or when one is an object the docs
 * left unexpanded (`csv_upload | object`) and the other spells out its fields: the bare one says
 * less, not something else.
 */
function compatibleProperty(a: unknown, b: unknown): boolean {
  if (shapeSignature(a) === shapeSignature(b)) return true;
  const bareObject = (s: unknown) => isRecord(s) && s.type === "object" && !hasProperties(s);
  const detailedObject = (s: unknown) => isRecord(s) && s.type === "object" && hasProperties(s);
  return (bareObject(a) && detailedObject(b)) || (detailedObject(a) && bareObject(b));
}

/**
 * The same property names, each of agreeing type (an object one view leaves unexpanded agrees with
 * the other's spelled-out one): two views of one documented shape.
 */
export function sameFieldSet(a: JsonSchema, b: JsonSchema): boolean {
  const pa = properties(a);
  const pb = properties(b);
  const names = Object.keys(pa);
  if (names.length !== Object.keys(pb).length) return false;
  return names.every((name) => Object.hasOwn(pb, name) && compatibleProperty(pa[name], pb[name]));
}

/** Union of two shapes of one resource: the first's properties in order, then the second's extras. */
export function unionShapes(a: JsonSchema, b: JsonSchema): JsonSchema {
  const merged: Record<string, JsonSchema> = { ...properties(a) };
  for (const [name, schema] of Object.entries(properties(b))) {
    // Where one view spells out an object the other left bare, the detailed one describes both.
    if (!Object.hasOwn(merged, name) || (!hasProperties(merged[name]) && hasProperties(schema))) merged[name] = schema;
  }
  const requiredA = Array.isArray(a.required) ? (a.required as string[]) : [];
  const requiredB = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  // Only what both shapes require is required of the union: each capture shows a valid object.
  const required = requiredA.filter((name) => requiredB.has(name));
  const union: JsonSchema = { ...a, properties: merged };
  if (required.length > 0) union.required = required;
  else delete union.required;
  return union;
}

function extraNames(a: JsonSchema, b: JsonSchema): string[] {
  const pa = properties(a);
  return Object.keys(properties(b)).filter((name) => !Object.hasOwn(pa, name));
}

function mostCommonName(candidates: readonly Candidate[]): string {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  let best = candidates[0]!.name;
  for (const [name, count] of counts) if (count > counts.get(best)!) best = name;
  return best;
}

function groupBySignature(candidates: readonly Candidate[]): Candidate[][] {
  const bySignature = new Map<string, Candidate[]>();
  for (const c of candidates) bySignature.set(c.signature, [...(bySignature.get(c.signature) ?? []), c]);
  return [...bySignature.values()];
}

function sourceOf(schema: JsonSchema): string {
  const first = Object.values(properties(schema))[0];
  return isRecord(first) && typeof first[X_SOURCE] === "string" ? (first[X_SOURCE] as string) : "";
}

/** Response resource groups: identical shapes together, then near-identical ones of one name reconciled. */
function responseGroups(candidates: readonly Candidate[], log: ReportLog): Group[] {
  const groups: Group[] = [];
  for (const members of groupBySignature(candidates)) {
    const name = mostCommonName(members);
    const schema = members[0]!.schema;
    // One component only where the documented field sets agree: an operation's body has the fields
    // its own docs list (PUT /me does not return the ~190 fields GET /me lists).
    const sameResource = groups.find((g) => g.name === name && sameFieldSet(g.schema, schema));
    if (sameResource) {
      const added = extraNames(sameResource.schema, schema);
      const missing = extraNames(schema, sameResource.schema);
      sameResource.schema = unionShapes(sameResource.schema, schema);
      sameResource.members.push(...members);
      log.inference(
        "component-reconciled",
        `${name}: shapes from ${members.map((m) => m.use.operationId).join(", ")} and ` +
          `${[...new Set(sameResource.members.filter((m) => !members.includes(m)).map((m) => m.use.operationId))].join(", ")} ` +
          `list the same fields; one component, with each object spelled out where either view does` +
          (added.length > 0 ? ` (adds ${added.join(", ")})` : "") +
          (missing.length > 0 ? ` (not shown by the second: ${missing.join(", ")})` : ""),
        sourceOf(schema),
      );
      continue;
    }
    groups.push({ name, schema, signatures: new Set([members[0]!.signature]), members: [...members] });
  }
  return groups;
}

/** A free component name: the wanted one, else one derived from the first operation, else numbered. */
function freeName(wanted: string, fallback: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  if (!taken.has(fallback)) return fallback;
  let n = 2;
  while (taken.has(`${fallback}${n}`)) n++;
  return `${fallback}${n}`;
}

function refTo(name: string): JsonSchema {
  return { $ref: `${REF_PREFIX}${name}` };
}

/**
 * Decides the components for the operations' schemas, in the order the uses are given (responses
 * first, then shared request bodies), and where each use refers to one.
 */
export function planComponents(uses: readonly SchemaUse[], log: ReportLog): ComponentPlan {
  const components: Record<string, JsonSchema> = {};
  const taken = new Set<string>();
  const placed = new Map<JsonSchema, JsonSchema>();

  const responseCandidates: Candidate[] = [];
  for (const use of uses) {
    if (use.role !== "response") continue;
    const at = resourceAt(use.schema, use.responseName);
    if (!at) continue;
    const schema = resourceOf(use.schema, at);
    responseCandidates.push({ use, at, schema, signature: shapeSignature(schema), name: use.responseName });
  }
  for (const group of responseGroups(responseCandidates, log)) {
    const first = group.members[0]!;
    const suffix = first.at.kind === "items" ? "Item" : "Response";
    const name = freeName(group.name, `${pascalCase(splitWords(first.use.operationId))}${suffix}`, taken);
    if (name !== group.name) {
      // Not a problem: a resource documented with different field sets gets one component per set,
      // the later ones named after the operation that returns them.
      log.inference(
        "component-named-by-operation",
        `${group.name} names a shape with other fields; the body of ${first.use.operationId} lists its own and is ${name}`,
        sourceOf(group.schema),
      );
    }
    taken.add(name);
    components[name] = group.schema;
    for (const member of group.members) placed.set(member.use.schema, withRef(member.use.schema, member.at, name));
  }

  const bodyCandidates: Candidate[] = [];
  for (const use of uses) {
    if (use.role !== "body" || !hasProperties(use.schema)) continue;
    bodyCandidates.push({
      use,
      at: { kind: "whole" },
      schema: use.schema,
      signature: shapeSignature(use.schema),
      name: use.responseName,
    });
  }
  for (const members of groupBySignature(bodyCandidates)) {
    if (new Set(members.map((m) => m.use.operationId)).size < 2) continue;
    const wanted = requestComponentName(members.map((m) => ({ verb: m.use.verb, resource: m.name })));
    const name = freeName(wanted, `${pascalCase(splitWords(members[0]!.use.operationId))}Request`, taken);
    taken.add(name);
    components[name] = members[0]!.schema;
    for (const member of members) placed.set(member.use.schema, refTo(name));
  }
  return { components, place: (schema) => placed.get(schema) ?? schema };
}
