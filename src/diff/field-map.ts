import { shapeOf, type SchemaAt, type SchemaFacts } from "./schema-facts.js";
import type { Direction } from "./types.js";

export interface FieldFacts extends SchemaFacts {
  /** Required by its parent object (for a root: the body is required / always present). */
  required: boolean;
}

/** Field path → facts, e.g. `body`, `body.admins[]`, `body.admins[].name`, `200.items[].name`, `200[]`. */
export type FieldMap = Map<string, FieldFacts>;

// Deep enough for any real payload; stops pathological (non-cyclic but exploding) schemas.
const MAX_DEPTH = 24;

/**
 * Walks a body or response schema into a flat map of field paths. Request bodies skip
 * `readOnly` fields and responses skip `writeOnly` ones: those never travel in that direction,
 * so changing them cannot affect a client.
 */
export function fieldMapOf(
  doc: unknown,
  schema: unknown,
  root: string,
  rootRequired: boolean,
  direction: Direction,
): FieldMap {
  const fields: FieldMap = new Map();
  const hidden = direction === "request" ? "readOnly" : "writeOnly";

  const walk = (at: SchemaAt, path: string, required: boolean, depth: number): void => {
    const shape = shapeOf(doc, at);
    fields.set(path, { ...shape.facts, required });
    if (depth >= MAX_DEPTH) return;
    for (const name of [...shape.properties.keys()].sort()) {
      const child = shape.properties.get(name);
      if (!child) continue;
      const childShape = shapeOf(doc, child);
      if (childShape.facts[hidden]) continue;
      walk(child, `${path}.${name}`, shape.requiredNames.has(name), depth + 1);
    }
    // Item and map-value schemas from several branches describe one slot: the first one wins.
    const items = shape.items[0];
    if (items) walk(items, `${path}[]`, true, depth + 1);
    const mapValues = shape.mapValues[0];
    if (mapValues) walk(mapValues, `${path}{}`, true, depth + 1);
  };

  walk({ schema, expanding: new Set() }, root, rootRequired, 0);
  return fields;
}
