/**
 * `target.push(...items)` passes every item as an argument, and a call takes at most ~100,000 of
 * them before V8 throws "Maximum call stack size exceeded": a table of a few hundred thousand rows
 * is enough. Readers append lists whose length comes from the page with this instead.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
