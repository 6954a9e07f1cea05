import { compareDeprecation, compareDescription, compareFacts, compareRequired } from "./compare-facts.js";
import type { LocatedChange } from "./compare-fields.js";
import { asRecord, type ParameterObject } from "../openapi/types.js";
import type { OperationView } from "./operations.js";
import { shapeOf, type SchemaFacts } from "./schema-facts.js";

interface ParameterView {
  /** `query.limit`, `path.id`, `header.X-Request-Id`. */
  location: string;
  name: string;
  required: boolean;
  deprecated: boolean;
  description?: string;
  schemaFacts: SchemaFacts;
}

/** The schema of a parameter: its `schema`, or the one inside its single `content` entry. */
function parameterSchema(parameter: ParameterObject): unknown {
  if (parameter.schema !== undefined) return parameter.schema;
  const media = Object.values(asRecord(parameter.content))[0];
  return asRecord(media).schema;
}

/**
 * Parameters keyed by `in` + name, except path parameters, which are keyed by their slot in the
 * template: a renamed `{id}` → `{client_id}` is the same URL for every client.
 */
function parameterViews(doc: unknown, view: OperationView): Map<string, ParameterView> {
  const views = new Map<string, ParameterView>();
  for (const parameter of view.parameters) {
    const { name, in: place } = parameter;
    const slot = place === "path" ? view.pathSlots.indexOf(name) : -1;
    const key = slot >= 0 ? `path:#${slot}` : `${place}:${place === "header" ? name.toLowerCase() : name}`;
    views.set(key, {
      location: `${place}.${name}`,
      name,
      required: place === "path" || parameter.required === true,
      deprecated: parameter.deprecated === true,
      description: typeof parameter.description === "string" ? parameter.description : undefined,
      schemaFacts: shapeOf(doc, { schema: parameterSchema(parameter), expanding: new Set() }).facts,
    });
  }
  return views;
}

/** Parameter rules: new required or newly required parameters break callers; removed ones warn. */
export function compareParameters(
  oldDoc: unknown,
  old: OperationView,
  newDoc: unknown,
  now: OperationView,
): LocatedChange[] {
  const before = parameterViews(oldDoc, old);
  const after = parameterViews(newDoc, now);
  const changes: LocatedChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    if (a && !b) {
      // oasdiff's level: the server will ignore or reject what old clients still send.
      changes.push({
        kind: "removed",
        level: "warning",
        location: a.location,
        message: `parameter ${a.location} removed`,
      });
      continue;
    }
    if (!a && b) {
      changes.push({
        kind: "added",
        level: b.required ? "breaking" : "info",
        location: b.location,
        message: `new ${b.required ? "required" : "optional"} parameter ${b.location}`,
      });
      continue;
    }
    if (!a || !b) continue;
    const subject = `parameter ${b.location}`;
    if (a.name !== b.name) {
      changes.push({
        kind: "changed",
        level: "info",
        location: b.location,
        message: `path parameter renamed from {${a.name}} to {${b.name}}`,
      });
    }
    const found = [
      ...compareRequired(a.required, b.required, "request", subject),
      ...compareFacts(
        { ...a.schemaFacts, deprecated: false, description: undefined },
        { ...b.schemaFacts, deprecated: false, description: undefined },
        "request",
        subject,
      ),
      ...compareDeprecation(a.deprecated, b.deprecated, subject),
      ...compareDescription(a.description, b.description, subject),
    ];
    changes.push(...found.map((c) => ({ ...c, location: b.location })));
  }
  return changes;
}
