import { compareFacts, compareRequired, type FactChange } from "./compare-facts.js";
import type { FieldMap } from "./field-map.js";
import type { Direction } from "./types.js";

export interface LocatedChange extends FactChange {
  location: string;
}

/** `body.a` is below `body`, `body.a[]` below `body.a`, `200{}` below `200`. */
function isBelow(path: string, ancestor: string): boolean {
  return path.length > ancestor.length && path.startsWith(ancestor) && ".[{".includes(path[ancestor.length] ?? "");
}

/** Keeps only the topmost of a set of paths: a removed object's own fields are not news. */
function topmost(paths: string[]): string[] {
  return paths.filter((p) => !paths.some((other) => isBelow(p, other)));
}

function fieldLabel(path: string, direction: Direction): string {
  const isRoot = !/[.[{]/.test(path);
  if (isRoot) return direction === "request" ? "request body" : `response ${path} body`;
  return `field ${path}`;
}

/**
 * Compares two field maps of the same body or response. Added and removed fields are judged by
 * direction: a new required request field or a removed response field breaks clients; a removed
 * request field or a new optional one does not.
 */
export function compareFieldMaps(old: FieldMap, now: FieldMap, direction: Direction): LocatedChange[] {
  const changes: LocatedChange[] = [];
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort();
  const removed = new Set(topmost(paths.filter((p) => old.has(p) && !now.has(p))));
  const added = new Set(topmost(paths.filter((p) => !old.has(p) && now.has(p))));

  for (const path of paths) {
    const before = old.get(path);
    const after = now.get(path);
    const label = fieldLabel(path, direction);
    if (before && after) {
      const found = [
        ...compareFacts(before, after, direction, label),
        ...compareRequired(before.required, after.required, direction, label),
      ];
      changes.push(...found.map((c) => ({ ...c, location: path })));
    } else if (before && removed.has(path)) {
      changes.push({
        kind: "removed",
        location: path,
        level: direction === "response" ? "breaking" : "info",
        message: `${direction} ${label} removed`,
      });
    } else if (after && added.has(path)) {
      const breaks = direction === "request" && after.required;
      const adjective = direction === "response" ? "" : after.required ? "required " : "optional ";
      changes.push({
        kind: "added",
        location: path,
        level: breaks ? "breaking" : "info",
        message: `new ${adjective}${direction} ${label}`,
      });
    }
  }
  return changes;
}
