/**
 * Identifiers for generated code: words from operationIds, tags and titles; method names inside a
 * tag's class; and name allocation that stays unique and deterministic however odd the spec is
 * (GitHub operationIds look like `repos/get-content`; some specs have none at all).
 */

/** Words reserved in JavaScript/TypeScript: never usable as a function, const or type name. */
const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with implements interface let package private protected public static " +
    "yield await any boolean number string symbol never unknown object undefined arguments eval"
  ).split(" "),
);

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/**
 * Splits text into words at separators, case changes and digit runs:
 * "repos/get-content" → [repos, get, content]; "listIPs" → [list, I, Ps]; "HTTPServer" → [HTTP, Server].
 */
export function splitWords(text: string): string[] {
  return (
    text.match(
      /\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|[\p{Lo}\p{Lm}\p{Lt}]+|\p{N}+/gu,
    ) ?? []
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Words after the first keep their inner case so an operationId already in camelCase survives unchanged. */
export function camelCase(text: string): string {
  const [first, ...rest] = splitWords(text);
  if (first === undefined) return "";
  return first.toLowerCase() + rest.map(capitalise).join("");
}

export function pascalCase(text: string): string {
  return splitWords(text).map(capitalise).join("");
}

export function kebabCase(text: string): string {
  return splitWords(text)
    .map((w) => w.toLowerCase())
    .join("-");
}

/** An identifier from a camel/Pascal name: never empty, never starting with a digit. */
export function toIdentifier(name: string, fallback: string): string {
  if (name === "") return fallback;
  return /^\p{N}/u.test(name) ? `_${name}` : name;
}

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
  {
    expand = (c: string) => [c],
    binding = true,
  }: { expand?: (candidate: string) => string[]; binding?: boolean } = {},
): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    const names = expand(candidate);
    if (
      names.every(
        (name) => !taken.has(name) && !(binding && isReservedWord(name)),
      )
    ) {
      for (const name of names) taken.add(name);
      return candidate;
    }
  }
}
