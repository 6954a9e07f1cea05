/**
 * operationIds: verb + resource, camelCase (`listClients`, `getClient`, `archiveClient`). The
 * generator turns them into method names by stripping the tag's noun, so they must read as
 * "what this does to which resource", be unique, and come out the same on every run.
 */
import type { HttpMethod } from "../model/types.js";
import { camelCase, mapLastWord, plural, singular, splitWords } from "../words/index.js";
import { FORMAT_MEDIA_TYPES, formatWords } from "./media-types.js";
import { isPathParameterSegment, pathSegments } from "./paths.js";

export interface OperationNaming {
  method: HttpMethod;
  /** OpenAPI path template relative to the server. */
  path: string;
  title: string;
  /** Whether the success response is a JSON array; undefined when the docs do not show it. */
  returnsArray?: boolean;
}

/** First word of a title → verb. Inflected forms ("Archives", "Changes") are reduced first. */
const TITLE_VERBS: Record<string, string> = {
  list: "list",
  get: "get",
  load: "get",
  fetch: "get",
  retrieve: "get",
  read: "get",
  show: "get",
  view: "get",
  find: "get",
  create: "create",
  add: "create",
  new: "create",
  insert: "create",
  register: "create",
  change: "update",
  update: "update",
  edit: "update",
  modify: "update",
  set: "update",
  patch: "update",
  replace: "update",
  rename: "update",
  delete: "delete",
  remove: "delete",
  destroy: "delete",
  archive: "archive",
  unarchive: "restore",
  restore: "restore",
  search: "search",
  invite: "invite",
  duplicate: "duplicate",
  start: "start",
  stop: "stop",
  export: "export",
  send: "send",
  validate: "validate",
};

/** Words that name the verb when they come later in a title ("Rates list", "Rates creation"). */
const TRAILING_VERB_NOUNS: Record<string, string> = {
  list: "list",
  listing: "list",
  creation: "create",
  create: "create",
  update: "update",
  deletion: "delete",
  delete: "delete",
  removal: "delete",
  retrieval: "get",
};

/** A last path segment that is itself the action (`/clients/{id}/archive`). */
const PATH_ACTIONS = new Set([
  "archive",
  "unarchive",
  "restore",
  "activate",
  "deactivate",
  "invite",
  "accept",
  "reject",
  "approve",
  "cancel",
  "start",
  "stop",
  "duplicate",
  "copy",
  "clone",
  "move",
  "merge",
  "reset",
  "resend",
  "publish",
  "unpublish",
  "lock",
  "unlock",
  "enable",
  "disable",
  "pin",
  "unpin",
  "join",
  "leave",
  "transfer",
  "verify",
  "confirm",
  "validate",
  "ping",
]);

/** Path segments that carry no resource meaning (API prefixes and versions). */
function isVersionSegment(segment: string): boolean {
  return /^v\d+(\.\d+)?$/i.test(segment) || segment.toLowerCase() === "api";
}

function titleVerb(title: string): string | undefined {
  const words = splitWords(title);
  const first = words[0];
  if (first !== undefined) {
    for (const form of [first, first.replace(/s$/, ""), first.replace(/es$/, "")]) {
      const verb = TITLE_VERBS[form];
      if (verb) return verb;
    }
  }
  for (const word of words.slice(1)) {
    const verb = TRAILING_VERB_NOUNS[word];
    if (verb) return verb;
  }
  return undefined;
}

/**
 * The methods a title verb can honestly describe; a mismatch means the title is not a verb phrase.
 * A read may be sent as a POST when its filters travel in the body (Reports: "List clients" on
 * `POST …/filters/clients`, "Load project summary"), but "List of tags" on a POST is a noun phrase.
 */
function verbFitsMethod(verb: string, method: HttpMethod, title: string): boolean {
  switch (verb) {
    case "list":
    case "get":
      return method === "get" || (method === "post" && !/^\s*\w+\s+of\b/i.test(title));
    case "delete":
      return method === "delete";
    case "create":
      return method === "post" || method === "put";
    case "update":
      return method === "put" || method === "patch" || method === "post";
    case "search":
      return method === "get" || method === "post";
    default:
      return method !== "get" || verb === "search";
  }
}

interface PathShape {
  /** Literal segments, API prefixes dropped. */
  literals: string[];
  /** True when the path ends in a `{param}` (an item, not a collection). */
  endsInParameter: boolean;
  action?: string;
}

/**
 * A last segment that names a file (`time_entries.pdf`, `time_entries.{extension}`): the resource is
 * the name before the dot, and a literal format stays as a trailing word (`…TimeEntriesPdf`), so the
 * PDF export and the `.{extension}` export of one report have different names.
 */
function withoutFileExtension(segments: readonly string[]): string[] {
  const last = segments.at(-1);
  if (last === undefined) return [...segments];
  const match = /^([^{}.]+)\.(\{[^}]+\}|[a-z0-9]+)$/i.exec(last);
  if (!match) return [...segments];
  const format = match[2]!.startsWith("{") ? [] : [match[2]!];
  return [...segments.slice(0, -1), [match[1]!, ...format].join("_")];
}

function pathShape(path: string): PathShape {
  const segments = withoutFileExtension(pathSegments(path).filter((segment) => !isVersionSegment(segment)));
  const last = segments[segments.length - 1];
  const literals = segments.filter((segment) => !isPathParameterSegment(segment));
  // `/validate/{workspace_id}/{subscription_id}/{validation_code}`: the only literal is the action,
  // done to the thing the last `…_id` placeholder identifies.
  const only = literals.length === 1 ? literals[0]!.toLowerCase() : undefined;
  if (only !== undefined && PATH_ACTIONS.has(only) && segments[0]?.toLowerCase() === only) {
    const target = segments
      .filter(isPathParameterSegment)
      .map((p) => p.slice(1, -1))
      .filter((name) => /_id$/.test(name))
      .at(-1);
    if (target) return { literals: [target.replace(/_id$/, "")], endsInParameter: true, action: only };
  }
  const lastLiteral = literals[literals.length - 1];
  if (last !== undefined && !isPathParameterSegment(last) && lastLiteral && literals.length > 1) {
    const action = lastLiteral.toLowerCase();
    if (PATH_ACTIONS.has(action)) {
      const before = segments[segments.length - 2];
      return {
        literals: literals.slice(0, -1),
        endsInParameter: before !== undefined && isPathParameterSegment(before),
        action,
      };
    }
  }
  return { literals, endsInParameter: last !== undefined && isPathParameterSegment(last) };
}

function methodVerb(method: HttpMethod, shape: PathShape, returnsArray: boolean | undefined): string {
  switch (method) {
    case "get": {
      if (shape.endsInParameter || returnsArray === false) return "get";
      // Shape not shown and the path ends in no plural noun (`/me/logged`, `/me/web-timer`): one thing.
      const last = splitWords(shape.literals.at(-1) ?? "").at(-1);
      if (returnsArray === undefined && last !== undefined && singular(last) === last) return "get";
      return "list";
    }
    case "post":
      return "create";
    case "put":
    case "patch":
      return "update";
    case "delete":
      return "delete";
    default:
      return method;
  }
}

/** The verb of an operation: path action, else the title's verb when it fits the method, else the method. */
export function operationVerb(op: OperationNaming): string {
  const shape = pathShape(op.path);
  if (shape.action) return camelCase(splitWords(shape.action));
  const fromTitle = titleVerb(op.title);
  if (fromTitle && verbFitsMethod(fromTitle, op.method, op.title)) {
    // "Get workspace users" on a collection returns the list; "Get … constraints" returns one object.
    // A POST read ("Load totals") is a list only when its body is shown to be an array.
    const listed = op.method === "get" ? op.returnsArray !== false : op.returnsArray === true;
    if (fromTitle === "get" && !shape.endsInParameter && listed) return "list";
    // "Retrieves existing subscriptions" of `GET /subscriptions/{workspace_id}`: the body is an array.
    if (fromTitle === "get" && op.method === "get" && op.returnsArray === true) return "list";
    return fromTitle;
  }
  return methodVerb(op.method, shape, op.returnsArray);
}

/** Last path segments that qualify the collection before them rather than name a resource. */
const QUALIFIER_SEGMENTS = new Set(["current", "running", "active", "latest", "paginated", "all"]);

/**
 * Resource words for a verb: plural for lists and collection-wide changes, singular for item
 * operations and creation, as written for a singleton read (`getStatistics`).
 */
export function operationResource(op: OperationNaming, verb: string): string[] {
  if (verb === "export") return exportedThing(op);
  const shape = pathShape(op.path);
  const last = shape.literals[shape.literals.length - 1];
  if (last === undefined) return [];
  const words = splitWords(last);
  const previous = shape.literals.at(-2);
  // `/me/time_entries/current`: the current time entry; `/me/projects/paginated`: projects, paginated.
  if (previous !== undefined && words.length === 1 && QUALIFIER_SEGMENTS.has(words[0]!)) {
    const noun = splitWords(previous);
    if (verb === "list") return [...mapLastWord(noun, plural), ...words];
    return [...words, ...mapLastWord(noun, singular)];
  }
  if (verb === "list") return mapLastWord(words, plural);
  if (verb === "create" || shape.endsInParameter) return mapLastWord(words, singular);
  if (verb === "get") return words;
  return mapLastWord(words, plural);
}

/** Title words that do not name the exported thing ("Export CSV for saved report"). */
const EXPORT_NOISE = new Set(["a", "an", "the", "in", "for", "of", "as", "format", "form", "file", "report's"]);

/** "xslx" is the docs' "xlsx" with two letters swapped: a format word all the same. */
function isFormatWord(word: string): boolean {
  const letters = (w: string) => [...w].sort().join("");
  return (
    formatWords(word).length > 0 || Object.keys(FORMAT_MEDIA_TYPES).some((format) => letters(format) === letters(word))
  );
}

/**
 * What an export produces, from its title ("Export detailed report" → detailed report), followed by
 * the format its URL fixes (`….pdf`, `…/csv`), so the PDF and the `.{extension}` exports of one
 * report differ: `exportDetailedReportPdf`, `exportDetailedReport`. Falls back to the path's words.
 */
function exportedThing(op: OperationNaming): string[] {
  const titleWords = splitWords(op.title)
    .slice(1)
    .filter((word) => !EXPORT_NOISE.has(word) && !isFormatWord(word));
  const last = pathSegments(op.path).at(-1) ?? "";
  const format = /\.([a-z0-9]+)$/i.exec(last)?.[1] ?? (isFormatWord(last.toLowerCase()) ? last : undefined);
  const thing = titleWords.length > 0 ? titleWords : splitWords(pathShape(op.path).literals.at(-1) ?? "");
  return [...thing, ...(format ? [format.toLowerCase()] : [])];
}

/** The unprefixed operationId: `listClients`. */
export function baseOperationId(op: OperationNaming): string {
  const verb = operationVerb(op);
  return camelCase([...splitWords(verb), ...operationResource(op, verb)]);
}

/** Parent resource words for disambiguation, nearest first (`/me/…` reads as "my"). */
function parentQualifiers(op: OperationNaming, resource: string[]): string[][] {
  const parents = pathShape(op.path).literals.slice(0, -1).reverse();
  const resourceHead = resource[0];
  return parents
    .map((parent) => (parent.toLowerCase() === "me" ? ["my"] : mapLastWord(splitWords(parent), singular)))
    .filter((words) => !(words.length === 1 && words[0] === resourceHead));
}

function qualifiedId(op: OperationNaming, depth: number): string {
  const verb = operationVerb(op);
  const resource = operationResource(op, verb);
  const qualifiers = parentQualifiers(op, resource).slice(0, depth).reverse();
  return camelCase([...splitWords(verb), ...qualifiers.flat(), ...resource]);
}

/** The title, without its verb and filler words, is the resource's name ("List projects", "TrackReminders"). */
function titleNamesResource(op: OperationNaming): boolean {
  const verb = operationVerb(op);
  const resource = operationResource(op, verb).map(singular);
  const words = splitWords(op.title).filter((word) => !TITLE_FILLER.has(word));
  const rest = titleVerb(op.title) !== undefined && TITLE_VERBS[words[0] ?? ""] !== undefined ? words.slice(1) : words;
  return rest.length === resource.length && rest.every((word, i) => singular(word) === resource[i]);
}

const TITLE_FILLER = new Set(["a", "an", "the", "of", "all"]);

/** `getMyClientPreferences` for `GET /me/preferences/{client}`: every parent, then the trailing placeholder's words. */
function placeholderQualifiedId(op: OperationNaming): string {
  const last = pathSegments(op.path).at(-1);
  if (last === undefined || !isPathParameterSegment(last)) return qualifiedId(op, Number.MAX_SAFE_INTEGER);
  const verb = operationVerb(op);
  const resource = operationResource(op, verb);
  const qualifiers = parentQualifiers(op, resource).reverse();
  const placeholder = splitWords(last.slice(1, -1)).filter((word) => word !== "id" && word !== "ids");
  // `{subscription_id}` of `/subscriptions/…` names the resource itself, not a qualifier.
  if (placeholder.map(singular).join(" ") === resource.map(singular).join(" "))
    return qualifiedId(op, Number.MAX_SAFE_INTEGER);
  return camelCase([...splitWords(verb), ...qualifiers.flat(), ...placeholder, ...resource]);
}

/** `patchSubscription` for a PATCH whose verb-based name is taken by the PUT of the same path. */
function methodQualifiedId(op: OperationNaming): string {
  const verb = operationVerb(op);
  return camelCase([op.method, ...operationResource(op, verb)]);
}

/**
 * Unique operationIds, one per operation, in input order. Where two operations would share a name,
 * the one with the shortest path keeps it and the others are qualified by their parent resources
 * (`listOrganizationWorkspaceUsers`), then by the HTTP method when they share a path; a numeric
 * suffix is the last resort (two operations with one method and path), never reached by real docs.
 */
export function assignOperationIds(ops: readonly OperationNaming[]): string[] {
  const ids = ops.map(baseOperationId);
  const taken = new Set<string>();
  const byId = new Map<string, number[]>();
  ids.forEach((id, index) => byId.set(id, [...(byId.get(id) ?? []), index]));
  const result: string[] = [...ids];
  for (const [id, indexes] of byId) {
    if (indexes.length === 1) {
      taken.add(id);
      continue;
    }
    // The caller's own view (`/me/clients`) yields the plain name to the resource's home
    // (`/workspaces/{id}/clients`), then the shortest path keeps it.
    // Then an operation whose title names just the resource ("List projects") keeps it over one
    // whose title says more ("Load projects' data trends").
    const underMe = (index: number) => (pathSegments(ops[index]!.path)[0]?.toLowerCase() === "me" ? 1 : 0);
    const saysMore = (index: number) => (titleNamesResource(ops[index]!) ? 0 : 1);
    const ordered = [...indexes].sort(
      (a, b) =>
        underMe(a) - underMe(b) ||
        saysMore(a) - saysMore(b) ||
        pathSegments(ops[a]!.path).length - pathSegments(ops[b]!.path).length ||
        a - b,
    );
    taken.add(id);
    for (const index of ordered.slice(1)) {
      const op = ops[index]!;
      let candidate = id;
      for (
        let depth = 1;
        depth <= pathShape(op.path).literals.length && (taken.has(candidate) || ids.includes(candidate));
        depth++
      ) {
        candidate = qualifiedId(op, depth);
      }
      // `/me/preferences/{client}` vs `/me/preferences`: the trailing placeholder names the item.
      if (taken.has(candidate)) candidate = placeholderQualifiedId(op);
      // Same path, different method (PUT and PATCH of one subscription): the method word tells them apart.
      if (taken.has(candidate)) candidate = methodQualifiedId(op);
      for (let n = 2; taken.has(candidate); n++) candidate = `${qualifiedId(op, Number.MAX_SAFE_INTEGER)}${n}`;
      result[index] = candidate;
      taken.add(candidate);
    }
  }
  return result;
}
