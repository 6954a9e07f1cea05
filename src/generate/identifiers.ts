/**
 * Identifiers the generator invents: an operationId for an operation without one, a class name from
 * a title, and name allocation that stays unique and deterministic however odd the spec is (GitHub
 * operationIds look like `repos/get-content`; some specs have none at all). The word rules they
 * use are `src/words/`, shared with the normaliser.
 */
import { camelCase, isReservedWord, pascalCase } from "../words/index.js";

/** An operationId for operations without one: method + path words, path parameters as `By<Name>`. */
export function operationIdFromRoute(method: string, path: string): string {
  const segments = path.split("/").filter((s) => s !== "");
  const words = segments.map((s) => {
    const param = /^\{(.+)\}$/.exec(s);
    return param ? `By ${param[1]}` : s;
  });
  return camelCase([method, ...words].join(" "));
}

/** A PascalCase class name from a spec title ("Toggl Track API v9" → "TogglTrackAPIV9"). */
export function classNameFromTitle(title: string): string {
  const name = pascalCase(title);
  if (name === "") return "Client";
  return /^\p{N}/u.test(name) ? `Api${name}` : name;
}

/**
 * Picks the first free name among `base`, `base2`, `base3`… where a candidate is free when every
 * name `expand` derives from it is untaken (and, for bindings, not a reserved word); marks them
 * taken. Deterministic given the call order.
 */
export function claimName(
  base: string,
  taken: Set<string>,
  { expand = (c: string) => [c], binding = true }: { expand?: (candidate: string) => string[]; binding?: boolean } = {},
): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    const names = expand(candidate);
    if (names.every((name) => !taken.has(name) && !(binding && isReservedWord(name)))) {
      for (const name of names) taken.add(name);
      return candidate;
    }
  }
}
