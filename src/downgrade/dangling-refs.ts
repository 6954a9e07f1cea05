import { childPointer, isRecord, warn, type DowngradeContext } from "./context.js";

function resolves(doc: unknown, ref: string): boolean {
  let current: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return false;
  }
  return current !== undefined;
}

/**
 * Dropping a keyword can drop the target of a `$ref` (`$defs`, `webhooks`, `pathItems`…).
 * A local ref that no longer resolves is reported, so the loss is never silent.
 */
export function warnDanglingRefs(output: unknown, ctx: DowngradeContext): void {
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, childPointer(pointer, i)));
    if (!isRecord(value)) return;
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#/") && !resolves(output, ref)) {
      warn(ctx, pointer, `$ref ${ref} no longer resolves (its target was dropped)`);
    }
    for (const [key, child] of Object.entries(value)) visit(child, childPointer(pointer, key));
  };
  visit(output, "#");
}
