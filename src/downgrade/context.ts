/** Shared state of one downgrade run: where we are (a JSON pointer) and what was lost on the way. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isReference(value: unknown): value is JsonRecord & { $ref: string } {
  return isRecord(value) && typeof value.$ref === "string";
}

export function isExtension(key: string): boolean {
  return key.startsWith("x-");
}

/** RFC 6901 pointer to a child: `~` and `/` in keys are escaped so the pointer stays exact. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export interface DowngradeContext {
  /** Whole (cloned) input, for resolving references. */
  readonly source: JsonRecord;
  readonly warnings: string[];
  /** Security scheme names dropped because 3.0 cannot express them. */
  readonly droppedSecuritySchemes: Set<string>;
}

export function warn(ctx: DowngradeContext, pointer: string, message: string): void {
  ctx.warnings.push(`${pointer}: ${message}`);
}

/** Maps each entry of a record, keeping key order (the output must be as deterministic as the input). */
export function mapEntries(value: unknown, pointer: string, each: (item: unknown, pointer: string, key: string) => unknown): JsonRecord {
  const out: JsonRecord = {};
  if (!isRecord(value)) return out;
  for (const [key, item] of Object.entries(value)) out[key] = each(item, childPointer(pointer, key), key);
  return out;
}
