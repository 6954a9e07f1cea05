import type { DocOperation, HttpMethod } from "../../src/model/types.js";
import { decideMethod } from "../../src/normalise/method-evidence.js";

/** The method the normaliser will decide for an operation a reader produced (readers only record evidence). */
export function methodOf(op: DocOperation): HttpMethod | undefined {
  return decideMethod(op.methodEvidence);
}
