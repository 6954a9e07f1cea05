/**
 * Word-level helpers for the names the normaliser invents (operationIds, component names, tags).
 * Docs write resources as `workspace_users`, `time-entries`, `TrackReminders` or `Workspace users`;
 * everything is split into lower-case words first so that every naming rule works on one form.
 */

/** Lower-case words of an identifier or a phrase: `TrackReminders` → ["track", "reminders"]. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function pascalCase(words: readonly string[]): string {
  return words.map(capitalise).join("");
}

export function camelCase(words: readonly string[]): string {
  const [first, ...rest] = words;
  return first === undefined ? "" : first + pascalCase(rest);
}

/** "Workspace users" for a tag made from `workspace_users`. */
export function titleCase(words: readonly string[]): string {
  const [first, ...rest] = words;
  return first === undefined ? "" : [capitalise(first), ...rest].join(" ");
}

/** Words that look plural but are not, or whose singular is the same word. */
const INVARIANT = new Set([
  "status", "address", "access", "alias", "analysis", "basis", "bonus", "business", "canvas", "census",
  "news", "series", "species", "data", "metadata", "me", "settings", "statistics", "analytics", "details",
  "preferences", "insights",
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

/** Applies `change` to the last word only: `time entries` → `time entry`. */
export function mapLastWord(words: readonly string[], change: (word: string) => string): string[] {
  const last = words[words.length - 1];
  return last === undefined ? [] : [...words.slice(0, -1), change(last)];
}

/** URL-safe slug for anchors and docs links: "Time entries" → "time-entries". */
export function kebabCase(text: string): string {
  return splitWords(text).join("-");
}
