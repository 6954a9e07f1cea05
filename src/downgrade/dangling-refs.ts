import { warn, type DowngradeContext } from "./context.js";
import { childPointer, resolvePointer } from "../openapi/pointer.js";
import { isRecord } from "../openapi/types.js";

/**
 * Dropping a keyword can drop the target of a `$ref` (`$defs`, `webhooks`, `pathItems`…).
 * A local ref that no longer resolves is reported, so the loss is never silent.
 */
export function warnDanglingRefs(output: unknown, ctx: DowngradeContext): void {
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, childPointer(pointer, i)));
    if (!isRecord(value)) return;
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#/") && resolvePointer(output, ref) === undefined) {
      warn(ctx, pointer, `$ref ${ref} no longer resolves (its target was dropped)`);
    }
    for (const [key, child] of Object.entries(value)) visit(child, childPointer(pointer, key));
  };
  visit(output, "#");
}
