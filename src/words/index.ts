/**
 * Words: the one set of rules for turning docs text into names, used by the normaliser (operationIds,
 * component names, tags) and the generator (method, class and file names). Docs write resources as
 * `workspace_users`, `time-entries`, `TrackReminders` or `Workspace users`, and specs have
 * operationIds like `repos/get-content`; everything is split into words first, so that every naming
 * rule works on one form. Generated names are public API: a change here is a breaking change unless
 * `npm run generate` leaves `spec/` and `generated/` as they are.
 */

/**
 * The words of a text as written, split at separators, case changes and digit runs:
 * "repos/get-content" → [repos, get, content]; "listIPs" → [list, I, Ps]; "HTTPServer" → [HTTP,
 * Server]; "get_v2_items" → [get, v, 2, items]. Letters of any script count.
 */
export function identifierWords(text: string): string[] {
  return text.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|[\p{Lo}\p{Lm}\p{Lt}]+|\p{N}+/gu) ?? [];
}

/**
 * Lower-case words of an identifier or a phrase: `TrackReminders` → ["track", "reminders"]; the
 * form every comparison and naming rule works on.
 *
 * The normaliser's own splitter, merged into this one, kept letters and digits together ("v2") and
 * knew ASCII letters only; no name in `spec/` depends on either, so the generator's rule won.
 */
export function splitWords(text: string): string[] {
  return identifierWords(text).map((word) => word.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Words as given, or a text split by `identifierWords`. */
const wordsOf = (text: string | readonly string[]) => (typeof text === "string" ? identifierWords(text) : text);

/** "Time entries" → "TimeEntries"; inner capitals survive ("GetHTTPStatus" stays). */
export function pascalCase(text: string | readonly string[]): string {
  return wordsOf(text).map(capitalise).join("");
}

/**
 * "list time entries" → "listTimeEntries". Words after the first keep their inner case, so an
 * operationId already in camelCase survives unchanged ("getHTTPStatus").
 */
export function camelCase(text: string | readonly string[]): string {
  const [first, ...rest] = wordsOf(text);
  return first === undefined ? "" : first.toLowerCase() + pascalCase(rest);
}

/** URL-safe slug for file names, anchors and docs links: "Time entries" → "time-entries". */
export function kebabCase(text: string): string {
  return splitWords(text).join("-");
}

/** "Workspace users" for a tag made from `workspace_users`. */
export function titleCase(words: readonly string[]): string {
  const [first, ...rest] = words;
  return first === undefined ? "" : [capitalise(first), ...rest].join(" ");
}

/** Applies `change` to the last word only: `time entries` → `time entry`. */
export function mapLastWord(words: readonly string[], change: (word: string) => string): string[] {
  const last = words[words.length - 1];
  return last === undefined ? [] : [...words.slice(0, -1), change(last)];
}

/** Words that look plural but are not, or whose singular is the same word. */
const INVARIANT = new Set([
  "status",
  "address",
  "access",
  "alias",
  "analysis",
  "basis",
  "bonus",
  "business",
  "canvas",
  "census",
  "news",
  "series",
  "species",
  "data",
  "metadata",
  "me",
  "settings",
  "statistics",
  "analytics",
  "details",
  "preferences",
  "insights",
]);
// Kept invariant on purpose: "settings", "statistics", "details"… name a singleton resource;
// their singular would read worse ("getStatistic").

const IRREGULAR_SINGULAR: Record<string, string> = { people: "person", children: "child", men: "man", women: "woman" };
const IRREGULAR_PLURAL: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_SINGULAR).map(([plural, single]) => [single, plural]),
);

/** English singular of one lower-case word, conservative: an unknown shape is left alone. */
export function singular(word: string): string {
  if (INVARIANT.has(word) || word.length <= 2) return word;
  const irregular = IRREGULAR_SINGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(ss|[^o]us|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** English plural of one lower-case word; a word that already reads plural is kept. */
export function plural(word: string): string {
  if (INVARIANT.has(word)) return word;
  const irregular = IRREGULAR_PLURAL[word];
  if (irregular) return irregular;
  if (IRREGULAR_SINGULAR[word]) return word;
  if (singular(word) !== word) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + "ies";
  if (/(s|x|ch|sh|z)$/.test(word)) return word + "es";
  return word + "s";
}

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

/** An identifier from a camel/Pascal name: never empty, never starting with a digit. */
export function toIdentifier(name: string, fallback: string): string {
  if (name === "") return fallback;
  return /^\p{N}/u.test(name) ? `_${name}` : name;
}
