/**
 * Provenance: every operation, parameter and schema property carries `x-source: "file:line"` so a
 * reader of the spec (or of a generated JSDoc comment) can open the docs line it came from.
 */
import { formatLocation } from "../model/errors.js";
import type { SourceLocation } from "../model/types.js";

export const X_SOURCE = "x-source";
export const X_INFERRED_FROM = "x-inferred-from";

export function sourceRef(source: SourceLocation): string {
  return formatLocation(source);
}
