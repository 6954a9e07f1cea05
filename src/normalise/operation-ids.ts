/**
 * operationIds: verb + resource, camelCase (`listClients`, `getClient`, `archiveClient`). The
 * generator turns them into method names by stripping the tag's noun, so they must read as
 * "what this does to which resource", be unique, and come out the same on every run.
 */
import type { HttpMethod } from "../model/types.js";
import { camelCase, mapLastWord, pascalCase, plural, singular, splitWords } from "./names.js";
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
  get: "get", load: "get", fetch: "get", retrieve: "get", read: "get", show: "get", view: "get", find: "get",
  create: "create", add: "create", new: "create", insert: "create", register: "create",
  change: "update", update: "update", edit: "update", modify: "update", set: "update", patch: "update",
  replace: "update", rename: "update",
  delete: "delete", remove: "delete", destroy: "delete",
  archive: "archive", unarchive: "restore", restore: "restore",
  search: "search", invite: "invite", duplicate: "duplicate", start: "start", stop: "stop",
};

/** Words that name the verb when they come later in a title ("Rates list", "Rates creation"). */
const TRAILING_VERB_NOUNS: Record<string, string> = {
  list: "list", listing: "list", creation: "create", create: "create", update: "update", deletion: "delete",
  delete: "delete", removal: "delete", retrieval: "get",
};

/** A last path segment that is itself the action (`/clients/{id}/archive`). */
const PATH_ACTIONS = new Set([
  "archive", "unarchive", "restore", "activate", "deactivate", "invite", "accept", "reject", "approve", "cancel",
  "start", "stop", "duplicate", "copy", "clone", "move", "merge", "reset", "resend", "publish", "unpublish",
  "lock", "unlock", "enable", "disable", "pin", "unpin", "join", "leave", "transfer", "verify", "confirm",
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

/** The methods a title verb can honestly describe; a mismatch means the title is not a verb phrase. */
function verbFitsMethod(verb: string, method: HttpMethod): boolean {
  switch (verb) {
    case "list":
    case "get":
      return method === "get";
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

function pathShape(path: string): PathShape {
  const segments = pathSegments(path).filter((segment) => !isVersionSegment(segment));
  const last = segments[segments.length - 1];
  const literals = segments.filter((segment) => !isPathParameterSegment(segment));
  const lastLiteral = literals[literals.length - 1];
  if (last !== undefined && !isPathParameterSegment(last) && lastLiteral && literals.length > 1) {
    const action = lastLiteral.toLowerCase();
    if (PATH_ACTIONS.has(action)) {
      const before = segments[segments.length - 2];
      return { literals: literals.slice(0, -1), endsInParameter: before !== undefined && isPathParameterSegment(before), action };
    }
  }
  return { literals, endsInParameter: last !== undefined && isPathParameterSegment(last) };
}

function methodVerb(method: HttpMethod, shape: PathShape, returnsArray: boolean | undefined): string {
  switch (method) {
    case "get":
      return shape.endsInParameter || returnsArray === false ? "get" : "list";
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
  if (fromTitle && verbFitsMethod(fromTitle, op.method)) {
    // "Get workspace users" on a collection returns the list; "Get … constraints" returns one object.
    if (fromTitle === "get" && !shape.endsInParameter && op.returnsArray !== false) return "list";
    return fromTitle;
  }
  return methodVerb(op.method, shape, op.returnsArray);
}

/**
 * Resource words for a verb: plural for lists and collection-wide changes, singular for item
 * operations and creation, as written for a singleton read (`getStatistics`).
 */
export function operationResource(op: OperationNaming, verb: string): string[] {
  const shape = pathShape(op.path);
  const last = shape.literals[shape.literals.length - 1];
  if (last === undefined) return [];
  const words = splitWords(last);
  if (verb === "list") return mapLastWord(words, plural);
  if (verb === "create" || shape.endsInParameter) return mapLastWord(words, singular);
  if (verb === "get") return words;
  return mapLastWord(words, plural);
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

/**
 * Unique operationIds, one per operation, in input order. Where two operations would share a name,
 * the one with the shortest path keeps it and the others are qualified by their parent resources
 * (`listOrganizationWorkspaceUsers`); a numeric suffix is the last resort.
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
    const ordered = [...indexes].sort(
      (a, b) => pathSegments(ops[a]!.path).length - pathSegments(ops[b]!.path).length || a - b,
    );
    taken.add(id);
    for (const index of ordered.slice(1)) {
      const op = ops[index]!;
      let candidate = id;
      for (let depth = 1; depth <= pathShape(op.path).literals.length && (taken.has(candidate) || ids.includes(candidate)); depth++) {
        candidate = qualifiedId(op, depth);
      }
      for (let n = 2; taken.has(candidate); n++) candidate = `${qualifiedId(op, Number.MAX_SAFE_INTEGER)}${n}`;
      result[index] = candidate;
      taken.add(candidate);
    }
  }
  return result;
}

/** `listClients` → `ListClients`, for component names derived from an operation. */
export function operationIdToPascal(id: string): string {
  return pascalCase(splitWords(id));
}
