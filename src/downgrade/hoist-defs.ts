import { childPointer } from "../openapi/pointer.js";
import { isRecord, type JsonObject } from "../openapi/types.js";

/** A `$defs` entry found in the input, and the component name it moves to. */
export interface HoistedDef {
  pointer: string;
  name: string;
  schema: unknown;
}

/**
 * 3.0 has no `$defs`, but `$ref`s may point into them; dropping them would leave refs dangling.
 * Every entry moves to `components.schemas` under `<Owner>_<Name>` (unique), found by pointer.
 */
export function findDefs(source: JsonObject): HoistedDef[] {
  const components = isRecord(source.components) ? source.components : {};
  const taken = new Set(Object.keys(isRecord(components.schemas) ? components.schemas : {}));
  const found: HoistedDef[] = [];
  const visit = (value: unknown, pointer: string, owner: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, childPointer(pointer, i), owner));
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const here = childPointer(pointer, key);
      if (key === "$defs" && isRecord(child)) {
        for (const [name, schema] of Object.entries(child)) {
          let unique = `${owner}_${name}`.replace(/[^A-Za-z0-9._-]/g, "_");
          for (let n = 2; taken.has(unique); n++) unique = `${owner}_${name}_${n}`.replace(/[^A-Za-z0-9._-]/g, "_");
          taken.add(unique);
          found.push({ pointer: childPointer(here, name), name: unique, schema });
          visit(schema, childPointer(here, name), unique);
        }
      } else {
        const isComponentSchema = pointer === "#/components/schemas";
        visit(child, here, isComponentSchema ? key : owner);
      }
    }
  };
  visit(source, "#", "Schema");
  return found;
}

/** Points every `$ref` into a moved `$defs` entry at its new home. */
export function retargetRefs(value: unknown, defs: HoistedDef[]): unknown {
  if (Array.isArray(value)) return value.map((v) => retargetRefs(v, defs));
  if (!isRecord(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") {
      const def = defs.find((d) => child === d.pointer || child.startsWith(`${d.pointer}/`));
      out.$ref = def ? `#/components/schemas/${def.name}${child.slice(def.pointer.length)}` : child;
    } else {
      out[key] = retargetRefs(child, defs);
    }
  }
  return out;
}
