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

/** English singular of one word, enough for API nouns: entries → entry, boxes → box, clients → client. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/ies$/.test(lower) && lower.length > 3)
    return word.slice(0, -3) + (word.endsWith("IES") ? "Y" : "y");
  if (/(ss|x|ch|sh|z)es$/.test(lower)) return word.slice(0, -2);
  if (/[^su]s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** A noun phrase reduced for comparison: lower case, last word singular ("Time entries" → "timeentry"). */
function nounKey(words: readonly string[]): string {
  const last = words[words.length - 1];
  if (last === undefined) return "";
  return [...words.slice(0, -1), singular(last)].join("").toLowerCase();
}

/**
 * The method name inside a tag's class: the camelCased operationId, minus the tag's noun when it is
 * exactly what follows the leading verb (tag Clients: listClients → list, createClient → create).
 * A leading `<tag>/` or `<tag>.` segment (GitHub: `repos/get-content` in tag repos) is dropped first.
 */
export function methodNameFor(
  operationId: string,
  tag: string | undefined,
): string {
  if (tag === undefined) return camelCase(operationId);
  const tagKey = nounKey(splitWords(tag));
  let words = splitWords(operationId);
  const separator = operationId.search(/[/.:]/);
  if (
    separator > 0 &&
    nounKey(splitWords(operationId.slice(0, separator))) === tagKey
  ) {
    const remainder = splitWords(operationId.slice(separator + 1));
    if (remainder.length > 0) words = remainder;
  }
  const [verb, ...rest] = words;
  if (verb === undefined) return "";
  const name = rest.length > 0 && nounKey(rest) === tagKey ? [verb] : words;
  return camelCase(name.join(" "));
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

/**
 * Method names for one class: the short name when no other operation in the class wants it, else the
 * full camelCased operationId, then a numeric suffix. `reserved` holds the class's own members.
 */
export function methodNamesForClass(
  operationIds: readonly string[],
  tag: string | undefined,
  reserved: readonly string[],
): string[] {
  const short = operationIds.map((id) =>
    toIdentifier(methodNameFor(id, tag), "operation"),
  );
  const wanted = new Map<string, number>();
  for (const name of short) wanted.set(name, (wanted.get(name) ?? 0) + 1);
  const preferred = short.map((name, i) =>
    (wanted.get(name) ?? 0) > 1
      ? toIdentifier(camelCase(operationIds[i] ?? ""), "operation")
      : name,
  );
  const taken = new Set(reserved);
  // Member names may be reserved words (`clients.delete`), so only exact clashes count here.
  return preferred.map((name) => claimName(name, taken, { binding: false }));
}
