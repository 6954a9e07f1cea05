/** Shared state of one downgrade run: where we are (a JSON pointer) and what was lost on the way. */

import { childPointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";

export function isExtension(key: string): boolean {
  return key.startsWith("x-");
}

export interface DowngradeContext {
  /** Whole (cloned) input, for resolving references. */
  readonly source: JsonObject;
  readonly warnings: string[];
  /** Security scheme names dropped because 3.0 cannot express them. */
  readonly droppedSecuritySchemes: Set<string>;
}

export function warn(ctx: DowngradeContext, pointer: string, message: string): void {
  ctx.warnings.push(`${pointer}: ${message}`);
}

/** Maps each entry of a record, keeping key order (the output must be as deterministic as the input). */
export function mapEntries(
  value: unknown,
  pointer: string,
  each: (item: unknown, pointer: string, key: string) => unknown,
): JsonObject {
  const out: JsonObject = {};
  if (!isRecord(value)) return out;
  for (const [key, item] of Object.entries(value)) out[key] = each(item, childPointer(pointer, key), key);
  return out;
}
