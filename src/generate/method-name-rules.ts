/**
 * The naming rules for generated methods: every operation gets a two-level name `namespace.method`
 * relative to its API (`timeEntries.list`, `reports.detailed.searchTimeEntries` once mounted). Pure
 * functions over the facts the docs give: the docs section (tag), the title (summary), the HTTP
 * method and the path. The names people guess come from three observations:
 * - the namespace is the resource the operation acts on (the path's last noun: `project_users` →
 *   `projectUsers`), or the docs section when the section names that resource or one that owns it
 *   (section Workspaces, `/workspaces/{id}/alerts` → `workspaces.createAlert`), or the section itself
 *   when it is a kind of the API's own thing ("Detailed reports" in the Reports API → `detailed`);
 * - the verb comes from the title (List, Get/Load, Create/Add, Update/Edit/Change, Delete/Remove,
 *   Search, Export…), then from an action in the path (`…/stop`, `/search/…`), then from the HTTP
 *   method (a GET of a collection lists it);
 * - the method says only what the namespace does not (`clients.list`, not `clients.listClients`).
 * Collisions inside a namespace are resolved with more specific words of the same operation (a
 * path action, `patch`, `For<Owner>`), never with numbers; `method-names.ts` allocates them.
 */
import { camelCase, pascalCase, plural, singular, splitWords } from "../words/index.js";

/** What the rules read of one operation. */
export interface OperationFacts {
  method: string;
  path: string;
  summary?: string;
  /** The operation's first tag: its docs section. */
  tag?: string;
  operationId?: string;
  /** The path of an operation-level server URL ("/insights/api/v1"), which prefixes `path`. */
  serverPath?: string;
}

export interface MethodName {
  namespace: string;
  method: string;
}

/** Title words that name the verb, in the order tried; the value is the method's verb. */
const TITLE_VERBS: Record<string, string> = {
  list: "list",
  lists: "list",
  get: "get",
  gets: "get",
  load: "get",
  loads: "get",
  retrieve: "get",
  retrieves: "get",
  return: "get",
  returns: "get",
  fetch: "get",
  create: "create",
  creates: "create",
  add: "create",
  adds: "create",
  update: "update",
  updates: "update",
  edit: "update",
  edits: "update",
  editing: "update",
  change: "update",
  changes: "update",
  apply: "update",
  patch: "patch",
  delete: "delete",
  deletes: "delete",
  remove: "delete",
  removes: "delete",
  search: "search",
  searches: "search",
  export: "export",
  exports: "export",
  stop: "stop",
  stops: "stop",
  archive: "archive",
  archives: "archive",
  restore: "restore",
  restores: "restore",
  accept: "accept",
  accepts: "accept",
  reject: "reject",
  rejects: "reject",
  resend: "resend",
  resends: "resend",
  leave: "leave",
  leaves: "leave",
  start: "start",
  starts: "start",
};

/** Path segments that are actions rather than resources (`…/{id}/stop`, `/search/…`, `/ping/…`). */
const PATH_VERBS = new Set([
  "accept",
  "activate",
  "archive",
  "cancel",
  "deactivate",
  "disable",
  "enable",
  "export",
  "leave",
  "lock",
  "ping",
  "reject",
  "resend",
  "reset",
  "restore",
  "revoke",
  "search",
  "start",
  "stop",
  "test",
  "unarchive",
  "unlock",
  "validate",
  "verify",
]);

/** Segments naming a file format: a saved report's `/csv`, a detailed report's `.pdf`. */
const FORMAT_WORDS = new Set(["csv", "pdf", "xlsx", "xls", "json", "xml", "txt", "zip", "ics"]);

/** Path views of a collection that read as adjectives: `/time_entries/current` → `timeEntries.current()`. */
const ADJECTIVE_VIEWS = new Set(["current", "latest", "active", "recent", "paginated"]);

/** Plural-looking nouns that name one thing: a GET of them reads one object (`limits.get`, `getStatistics`). */
const SINGLETON_NOUNS = new Set(["statistics", "limits", "constraints", "settings", "preferences", "details", "quota"]);

/** Plurals the shared word rules keep invariant but a method name wants (`listStatuses`). */
const METHOD_PLURALS: Record<string, string> = { status: "statuses" };
const pluralForMethod = (word: string) => METHOD_PLURALS[word] ?? plural(word);

/** One meaningful piece of a path. */
type PathPart =
  | { kind: "noun"; words: string[] }
  | { kind: "param"; name: string }
  | { kind: "verb"; words: string[] }
  | { kind: "format"; format: string | undefined };

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

/** A noun phrase's identity for comparison: lower case, every word singular ("Time entries" → "time entry"). */
function nounKey(words: readonly string[]): string {
  return lower(words).map(singular).join(" ");
}

/** Leading segments up to a version (`/v1/…`, `/insights/api/v1/…`): a base path, not a resource. */
function basePathSegments(path: string): string[] {
  const segments = path.split("/").filter((s) => s !== "");
  const version = segments.findLastIndex((s) => /^v\d+$/i.test(s));
  return version >= 0 && segments.slice(0, version).every((s) => !s.startsWith("{"))
    ? segments.slice(0, version + 1)
    : [];
}

/** The path parts after its base path. */
function pathParts(path: string): PathPart[] {
  const segments = path
    .split("/")
    .filter((s) => s !== "")
    .slice(basePathSegments(path).length);
  const parts: PathPart[] = [];
  for (const segment of segments) {
    const param = /^\{(.+)\}$/.exec(segment);
    if (param) {
      parts.push({ kind: "param", name: param[1] ?? "" });
      continue;
    }
    const dotted = /^([^.{]+)\.(\{[^}]+\}|[A-Za-z0-9]+)$/.exec(segment);
    const base = dotted ? (dotted[1] ?? segment) : segment;
    const words = splitWords(base);
    if (words.length === 1 && FORMAT_WORDS.has(words[0] ?? "")) parts.push({ kind: "format", format: words[0] });
    else if (PATH_VERBS.has(words[0] ?? "")) parts.push({ kind: "verb", words });
    else if (words.length > 0) parts.push({ kind: "noun", words });
    if (dotted) {
      const format = dotted[2] ?? "";
      parts.push({ kind: "format", format: format.startsWith("{") ? undefined : format.toLowerCase() });
    }
  }
  return parts;
}

/** The operation's path without a trailing format (`/x/time_entries.pdf` → `/x/time_entries`), if it has one. */
export function pathWithoutFormat(path: string): string | undefined {
  const dotted = /^(.*\/[^/.{]+)\.(\{[^}]+\}|[A-Za-z0-9]+)$/.exec(path);
  if (dotted) return dotted[1];
  const trailing = /^(.*)\/([A-Za-z]+)$/.exec(path);
  return trailing && FORMAT_WORDS.has(trailing[2]!.toLowerCase()) ? trailing[1] : undefined;
}

function isPluralNoun(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? "";
  return singular(last) !== last;
}

/** A noun that names many things: listed by a GET, singular inside a method that acts on one. */
function isCollectionNoun(words: readonly string[]): boolean {
  return isPluralNoun(words) && !SINGLETON_NOUNS.has(words[words.length - 1] ?? "");
}

/** The section's own noun: its words minus the API title's ("Detailed reports" in "Toggl Reports API v3" → detailed). */
export function sectionNoun(
  tag: string | undefined,
  apiTitle: string,
): { words: string[]; isKindOfApi: boolean } | undefined {
  if (tag === undefined) return undefined;
  const titleKeys = new Set(splitWords(apiTitle).map(singular));
  const words = splitWords(tag);
  const own = words.filter((w) => !titleKeys.has(singular(w)));
  if (own.length === 0) return { words, isKindOfApi: false };
  return { words: own, isKindOfApi: own.length < words.length };
}

/** The title's verb: the first of its first three words that names one ("Rates list", "Bulk editing…"). */
export function titleVerb(summary: string | undefined): string | undefined {
  for (const word of splitWords(summary ?? "").slice(0, 3)) {
    const verb = TITLE_VERBS[word];
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/** The resource an operation's path targets, and what else the path says about it. */
export interface PathReading {
  parts: PathPart[];
  /** Index in `parts` of the target noun, or -1 when the path names none (`/ping/{a}/{b}`). */
  target: number;
  /** Adjectives after a collection, said before its noun (`/projects/paginated` → paginated projects). */
  adjectives: string[];
  /** Attribute nouns after a collection, said after it (`/workspaces/statistics`, `/projects/status`). */
  attributes: string[][];
  /** A path action (`stop`, `search`, `reset_token`) and whether it leads the nouns (`/search/time_entries`). */
  action?: { words: string[]; leading: boolean };
  format?: string | undefined;
  hasFormat: boolean;
  /** A parameter after the target identifies one of it (`/clients/{client_id}`, `/users/{username}`). */
  targetHasId: boolean;
  /** An identifying parameter that is a key rather than an id (`/preferences/{client}`). */
  trailingParam?: string;
}

type Param = Extract<PathPart, { kind: "param" }>;

/** The noun of an id-like parameter (`subscription_id` → subscription); undefined for keys (`client`, `username`). */
function paramNoun(name: string): string[] | undefined {
  const words = splitWords(name);
  if (words.length < 2 || !/^ids?$/.test(words[words.length - 1] ?? "")) return undefined;
  return words.slice(0, -1);
}

/** `{workspace_id}` after `/subscriptions` scopes them; `{subscription_id}`, `{setup_id}` or `{client}` picks one. */
function identifies(param: Param, target: readonly string[]): boolean {
  const noun = paramNoun(param.name);
  if (noun === undefined) return true;
  return singular(noun[noun.length - 1] ?? "") === singular(target[target.length - 1] ?? "");
}

export function readPath(path: string): PathReading {
  const parts = pathParts(path);
  let end = parts.length;
  const adjectives: string[] = [];
  const attributes: string[][] = [];
  // A singular noun right after a collection (no id between) is a view of that collection.
  while (end >= 2) {
    const last = parts[end - 1]!;
    const before = parts[end - 2]!;
    if (last.kind !== "noun" || before.kind !== "noun" || !isPluralNoun(before.words) || isPluralNoun(last.words))
      break;
    if (last.words.length === 1 && ADJECTIVE_VIEWS.has(last.words[0] ?? "")) adjectives.unshift(last.words[0]!);
    else attributes.unshift(last.words);
    end--;
  }
  let target = -1;
  for (let i = end - 1; i >= 0; i--) {
    if (parts[i]!.kind === "noun") {
      target = i;
      break;
    }
  }
  const verbIndex = parts.findIndex((p) => p.kind === "verb");
  const verbPart = parts[verbIndex];
  const action = verbPart?.kind === "verb" ? { words: verbPart.words, leading: target > verbIndex } : undefined;
  const formatPart = parts.find((p) => p.kind === "format");
  const targetPart = parts[target];
  const params: Param[] = [];
  for (const p of parts.slice(target + 1, end)) {
    if (p.kind === "noun") break;
    if (p.kind === "param") params.push(p);
  }
  const ids = targetPart?.kind === "noun" ? params.filter((p) => identifies(p, targetPart.words)) : [];
  const key = ids.find((p) => paramNoun(p.name) === undefined);
  return {
    parts,
    target,
    adjectives,
    attributes,
    ...(action ? { action } : {}),
    format: formatPart?.kind === "format" ? formatPart.format : undefined,
    hasFormat: formatPart !== undefined,
    targetHasId: ids.length > 0,
    ...(key ? { trailingParam: key.name } : {}),
  };
}

/** Sections and path segments are named as their authors wrote them (`timeEntries`, `me`, `emojis`). */
const namespaceOf = (words: readonly string[]) => camelCase(words.join(" "));
/** A namespace read from an id parameter is the collection it picks from (`subscription_id` → subscriptions). */
const collectionOf = (words: readonly string[]) =>
  camelCase([...words.slice(0, -1), plural(words[words.length - 1] ?? "")].join(" "));

/** Where the namespace comes from, which decides what the method must still say. */
type NamespaceChoice =
  | { from: "section-kind"; namespace: string }
  | { from: "owner"; namespace: string; index: number }
  | { from: "target"; namespace: string }
  | { from: "param"; namespace: string }
  | { from: "fallback"; namespace: string };

export type { NamespaceChoice };

export function chooseNamespace(op: OperationFacts, reading: PathReading, apiTitle: string): NamespaceChoice {
  const section = sectionNoun(op.tag, apiTitle);
  if (section?.isKindOfApi) return { from: "section-kind", namespace: camelCase(section.words.join(" ")) };
  const nouns = reading.parts
    .map((p, index) => ({ p, index }))
    .filter((x): x is { p: Extract<PathPart, { kind: "noun" }>; index: number } => x.p.kind === "noun");
  if (section) {
    const key = nounKey(section.words);
    const match = nouns.filter((n) => nounKey(n.p.words) === key).pop();
    if (match) {
      if (match.index === reading.target) return { from: "target", namespace: namespaceOf(section.words) };
      return { from: "owner", namespace: namespaceOf(section.words), index: match.index };
    }
    // A section named after its base path (Insights under /insights/api/v1) owns its operations.
    const base = [op.serverPath ?? "", ...basePathSegments(op.path)].join("/");
    const serverKeys = splitWords(base).map(singular);
    if (serverKeys.includes(key)) return { from: "section-kind", namespace: camelCase(section.words.join(" ")) };
  }
  const target = reading.parts[reading.target];
  if (target?.kind === "noun") return { from: "target", namespace: namespaceOf(target.words) };
  const lastId = reading.parts
    .filter((p): p is Extract<PathPart, { kind: "param" }> => p.kind === "param")
    .map((p) => paramNoun(p.name))
    .filter((w): w is string[] => w !== undefined)
    .pop();
  if (lastId) return { from: "param", namespace: collectionOf(lastId) };
  if (section) return { from: "fallback", namespace: camelCase(section.words.join(" ")) };
  return { from: "fallback", namespace: "api" };
}

/** The verb without context: title, then a leading path action, then what the HTTP method does to the target. */
function chooseVerb(op: OperationFacts, reading: PathReading): string {
  const fromTitle = titleVerb(op.summary);
  const method = op.method.toLowerCase();
  const target = reading.parts[reading.target];
  const isCollection =
    target?.kind === "noun" &&
    !reading.targetHasId &&
    isCollectionNoun(target.words) &&
    reading.attributes.length === 0;
  if (reading.hasFormat) return "export";
  // "Get workspace users" lists them; "Returns the list of…" too. A POST titled "List clients" lists, never creates.
  if (fromTitle === "get" && method === "get" && isCollection) return "list";
  if (fromTitle !== undefined) return fromTitle;
  if (reading.action?.leading) return reading.action.words[0]!;
  if (method === "get") return isCollection ? "list" : "get";
  if (method === "post") return "create";
  if (method === "put" || method === "patch") return "update";
  if (method === "delete") return "delete";
  return method;
}

/** A noun phrase in the number the verb wants: `listRates`, `createRate`, `deleteAlert` (by id), `updateUsers` (bulk). */
function inNumber(words: readonly string[], verb: string, one: boolean): string[] {
  const last = words[words.length - 1] ?? "";
  const head = words.slice(0, -1).map(singular);
  if (verb === "list") return [...head, pluralForMethod(last)];
  if (one || verb === "create") return [...head, singular(last)];
  return [...head, last];
}

/** The words a method name is made of, before casing: [verb, …object]. */
export interface MethodWords {
  verb: string;
  object: string[];
}

type NounPart = Extract<PathPart, { kind: "noun" }>;

/**
 * The preferred method for one operation: a verb plus only what its namespace does not already say.
 * `owner` namespaces name the nouns below the owner (`workspaces.createAlert`), `target` ones the
 * views (`projects.listStatuses`), section kinds the path's own nouns (`detailed.searchTimeEntries`).
 */
export function preferredMethodWords(op: OperationFacts, reading: PathReading, choice: NamespaceChoice): MethodWords {
  const verb = chooseVerb(op, reading);
  const { action, parts, adjectives, attributes } = reading;
  // A trailing action is the whole method (`timeEntries.stop`, `me.resetToken`).
  if (action && !action.leading && !reading.hasFormat) return { verb: camelCase(action.words.join(" ")), object: [] };
  const target = parts[reading.target];
  const targetWords = target?.kind === "noun" ? target.words : [];
  const one = reading.targetHasId && attributes.length === 0;
  if (choice.from === "target" || choice.from === "param") {
    if (reading.hasFormat) return { verb: "export", object: reading.format ? [reading.format] : [] };
    // `timeEntries.current()`: the view is the method when nothing else is said.
    if (adjectives.length === 1 && attributes.length === 0 && (verb === "get" || verb === "list")) {
      return { verb: adjectives[0]!, object: [] };
    }
    const attributeWords = attributes.flat();
    return { verb, object: attributeWords.length > 0 ? inNumber(attributeWords, verb, false) : adjectives };
  }
  if (choice.from === "owner") {
    const between = parts
      .slice(choice.index + 1, reading.target)
      .filter((p): p is NounPart => p.kind === "noun")
      .flatMap((p) => p.words.map(singular));
    const phrase = [
      ...between,
      ...adjectives,
      ...targetWords.slice(0, -1),
      ...(reading.target > choice.index ? targetWords.slice(-1) : []),
    ];
    if (attributes.length > 0) {
      return { verb, object: [...phrase.map(singular), ...inNumber(attributes.flat(), verb, false)] };
    }
    return { verb, object: phrase.length > 0 ? inNumber(phrase, verb, one) : [] };
  }
  if (choice.from === "section-kind") return sectionKindMethod(verb, reading, choice.namespace, op.summary);
  return { verb, object: [] };
}

/**
 * In a section that is a kind of the API's thing (a report kind), the method says which of its things:
 * `searchTimeEntries`, `getTimeEntryTotals`, `exportEmployeeProfitability` (`/profitability/employees`),
 * or nothing when the path's only thing is the section's own item (`saved.get({ report_token })`).
 * A leading `<scope>/{id}` (`/workspace/{workspace_id}`) and the section's own word say nothing new.
 */
function sectionKindMethod(
  verb: string,
  reading: PathReading,
  namespace: string,
  summary: string | undefined,
): MethodWords {
  const { parts } = reading;
  const nouns = parts.map((p, i) => ({ p, i })).filter((x): x is { p: NounPart; i: number } => x.p.kind === "noun");
  const ownKey = nounKey(splitWords(namespace));
  const isScope = (x: { i: number }, n: number) => n === 0 && parts[x.i + 1]?.kind === "param" && nouns.length > 1;
  const named = nouns.filter((x, n) => !isScope(x, n) && nounKey(x.p.words) !== ownKey);
  const exportFormat = reading.hasFormat && reading.format ? [reading.format] : [];
  if (named.length === 0) return { verb, object: exportFormat };
  // The path's only thing, picked by a parameter, is the section's own item: `/shared/{report_token}`.
  if (nouns.length === 1 && parts[nouns[0]!.i + 1]?.kind === "param") return { verb, object: exportFormat };
  const last = named[named.length - 1]!;
  const before = named[named.length - 2];
  const head = inNumber(last.p.words, verb, parts[last.i + 1]?.kind === "param");
  // `/profitability/employees` is employees' profitability; `/search/time_entries/totals`: time entries' totals.
  const adjacent = before && before.i === last.i - 1 ? before.p.words : undefined;
  // …unless the title names only the last of them ("Load totals detailed report" → getTotals).
  const titleKeys = new Set(splitWords(summary ?? "").map(singular));
  const mentions = (words: readonly string[]) => words.every((w) => titleKeys.has(singular(w)));
  const modifier = adjacent && !(mentions(last.p.words) && !mentions(adjacent)) ? adjacent : undefined;
  if (modifier && isCollectionNoun(last.p.words))
    return { verb, object: [...last.p.words.map(singular), ...modifier, ...exportFormat] };
  if (modifier) return { verb, object: [...modifier.map(singular), ...head, ...exportFormat] };
  return { verb, object: [...head, ...exportFormat] };
}

export function methodFromWords(words: MethodWords): string {
  return camelCase([words.verb, ...words.object].join(" "));
}

/**
 * Alternatives for a method whose preferred name another operation of the namespace also wants, most
 * natural first, all built from this operation's own path and title: its path action (`search`),
 * `patch` beside a PUT's `update`, `For<Owner>` / `For<Key>` (Octokit's `listForRepo`), then the title's
 * other words (`bulkUpdate`).
 */
export function alternativeMethods(op: OperationFacts, reading: PathReading, preferred: MethodWords): string[] {
  const alternatives: string[] = [];
  const objectText = preferred.object.join(" ");
  const leadingAction = reading.action?.leading ? reading.action.words[0] : undefined;
  if (leadingAction && leadingAction !== preferred.verb) alternatives.push(camelCase(`${leadingAction} ${objectText}`));
  if (op.method.toLowerCase() === "patch" && preferred.verb === "update")
    alternatives.push(camelCase(`patch ${objectText}`));
  if (reading.trailingParam) {
    const key = paramNoun(reading.trailingParam) ?? splitWords(reading.trailingParam);
    alternatives.push(`${methodFromWords(preferred)}For${pascalCase(key.join(" "))}`);
  }
  const nouns = reading.parts.slice(0, Math.max(reading.target, 0)).filter((p) => p.kind === "noun");
  for (const owner of nouns.reverse()) {
    if (owner.kind !== "noun" || owner.words.join(" ") === "me") continue;
    alternatives.push(`${methodFromWords(preferred)}For${pascalCase(singular(owner.words.join(" ")))}`);
  }
  const used = new Set([preferred.verb, ...preferred.object].flatMap((w) => splitWords(w)).map(singular));
  const extra = splitWords(op.summary ?? "")
    .filter(
      (w) => /^[a-z]{3,}$/.test(w) && TITLE_VERBS[w] === undefined && !used.has(singular(w)) && !STOP_WORDS.has(w),
    )
    .slice(0, 2);
  if (extra.length > 0) alternatives.push(camelCase([...extra, preferred.verb, ...preferred.object].join(" ")));
  return alternatives;
}

/** English function words a title's qualifier never uses. */
const STOP_WORDS = new Set([
  "the",
  "and",
  "for",
  "from",
  "with",
  "that",
  "this",
  "into",
  "all",
  "its",
  "given",
  "which",
  "who",
  "are",
  "was",
  "existing",
  "new",
  "single",
  "specific",
  "their",
  "your",
  "our",
  "by",
  "of",
]);
