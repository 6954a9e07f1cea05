import { formatMethodName, resolveMethodNames, type MethodName } from "../generate/method-names.js";
import type { LocatedChange } from "./compare-fields.js";

/** Each operation's generated method name (`x-method-name`, else the naming rules), keyed by `METHOD /path`. */
export type MethodNames = ReadonlyMap<string, MethodName>;

export function methodNamesOf(doc: object): MethodNames {
  return resolveMethodNames(doc);
}

export function methodNameText(names: MethodNames, label: string): string | undefined {
  const name = names.get(label);
  return name ? formatMethodName(name) : undefined;
}

/**
 * A generated method name is public API: callers write `toggl.clients.list(…)`, so a renamed method
 * breaks every one of them even when the HTTP operation is untouched.
 */
export function compareMethodNames(
  oldNames: MethodNames,
  oldLabel: string,
  newNames: MethodNames,
  newLabel: string,
): LocatedChange[] {
  const before = methodNameText(oldNames, oldLabel);
  const after = methodNameText(newNames, newLabel);
  if (before === undefined || after === undefined || before === after) return [];
  return [
    { kind: "changed", level: "breaking", location: "operation", message: `method renamed: ${before} → ${after}` },
  ];
}
