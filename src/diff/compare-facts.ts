import type { SchemaFacts } from "./schema-facts.js";
import type { ChangeKind, ChangeLevel, Direction } from "./types.js";

/** A change before it is told which operation and location it belongs to. */
export interface FactChange {
  kind: ChangeKind;
  level: ChangeLevel;
  message: string;
}

function typeText(types: string[]): string {
  return types.length === 0 ? "any" : types.join(" | ");
}

/** Every value of type `a` is also a value of type `b` (integers are numbers; "any" holds all). */
function typeFitsIn(a: string[], b: string[]): boolean {
  if (b.length === 0) return true;
  if (a.length === 0) return false;
  return a.every((t) => b.includes(t) || (t === "integer" && b.includes("number")));
}

/**
 * Type rules, as oasdiff draws them: a client *sends* request values, so the server may widen
 * what it accepts but not narrow it; a client *reads* response values, so the server may narrow
 * what it returns but not widen it. Any other type change breaks one side.
 */
function compareTypes(old: SchemaFacts, now: SchemaFacts, direction: Direction, subject: string): FactChange[] {
  const changes: FactChange[] = [];
  if (typeText(old.types) !== typeText(now.types)) {
    const safe = direction === "request" ? typeFitsIn(old.types, now.types) : typeFitsIn(now.types, old.types);
    changes.push({
      kind: "changed",
      level: safe ? "info" : "breaking",
      message: `${subject} type changed from ${typeText(old.types)} to ${typeText(now.types)}`,
    });
  }
  if (old.nullable !== now.nullable) {
    const breaks = direction === "request" ? old.nullable : now.nullable;
    changes.push({
      kind: "changed",
      level: breaks ? "breaking" : "info",
      message: `${subject} ${now.nullable ? "became nullable" : "is no longer nullable"}`,
    });
  }
  if (old.format !== now.format) {
    changes.push({
      kind: "changed",
      level: "warning",
      message: `${subject} format changed from ${old.format ?? "none"} to ${now.format ?? "none"}`,
    });
  }
  return changes;
}

/**
 * Enum rules: values a client may send must not disappear (request); values a client may read
 * should not appear unannounced (response: a warning, since a strict client switch may fail).
 */
function compareEnums(old: SchemaFacts, now: SchemaFacts, direction: Direction, subject: string): FactChange[] {
  const before = old.enumValues;
  const after = now.enumValues;
  if (before === undefined && after === undefined) return [];
  if (before === undefined || after === undefined) {
    const narrowed = after !== undefined; // a new enum restricts; dropping it frees
    const level: ChangeLevel =
      direction === "request" ? (narrowed ? "breaking" : "info") : narrowed ? "info" : "warning";
    return [
      {
        kind: narrowed ? "added" : "removed",
        level,
        message: narrowed
          ? `${subject} is now restricted to ${after.join(", ")}`
          : `${subject} is no longer restricted to an enum`,
      },
    ];
  }
  const changes: FactChange[] = [];
  for (const value of before.filter((v) => !after.includes(v))) {
    changes.push({
      kind: "removed",
      level: direction === "request" ? "breaking" : "info",
      message: `enum value ${value} removed from ${subject}`,
    });
  }
  for (const value of after.filter((v) => !before.includes(v))) {
    changes.push({
      kind: "added",
      level: direction === "request" ? "info" : "warning",
      message: `enum value ${value} added to ${subject}`,
    });
  }
  return changes;
}

/** Required rules: a request may not start demanding more; a response may not start promising less. */
export function compareRequired(
  oldRequired: boolean,
  newRequired: boolean,
  direction: Direction,
  subject: string,
): FactChange[] {
  if (oldRequired === newRequired) return [];
  const breaks = direction === "request" ? newRequired : !newRequired;
  return [
    {
      kind: "changed",
      level: breaks ? "breaking" : "info",
      message: `${subject} became ${newRequired ? "required" : "optional"}`,
    },
  ];
}

export function compareDeprecation(oldDeprecated: boolean, newDeprecated: boolean, subject: string): FactChange[] {
  if (oldDeprecated === newDeprecated) return [];
  return newDeprecated
    ? [{ kind: "changed", level: "warning", message: `${subject} deprecated` }]
    : [{ kind: "changed", level: "info", message: `${subject} no longer deprecated` }];
}

export function compareDescription(
  oldText: string | undefined,
  newText: string | undefined,
  subject: string,
): FactChange[] {
  if ((oldText ?? "") === (newText ?? "")) return [];
  return [{ kind: "changed", level: "info", message: `${subject} description changed` }];
}

/** Every rule that applies to a value present on both sides, in a fixed order. */
export function compareFacts(old: SchemaFacts, now: SchemaFacts, direction: Direction, subject: string): FactChange[] {
  return [
    ...compareTypes(old, now, direction, subject),
    ...compareEnums(old, now, direction, subject),
    ...compareDeprecation(old.deprecated, now.deprecated, subject),
    ...compareDescription(old.description, now.description, subject),
  ];
}
