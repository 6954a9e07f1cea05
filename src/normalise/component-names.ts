/**
 * Names for the schemas the components step lifts out: the resource an operation returns
 * (`Client`, `WorkspaceUser`, `TrackReminder`), or, for a singleton read, the noun phrase of its
 * title (`WorkspaceStatistics` for "Workspace statistics"). Derived from the docs, not from
 * counters, so names stay put when pages are added.
 */
import { mapLastWord, pascalCase, singular, splitWords } from "../words/index.js";
import { operationResource, type OperationNaming } from "./operation-ids.js";
import { isPathParameterSegment, pathSegments } from "./paths.js";

/** Title words that are not part of the thing's name. */
const NOISE = new Set([
  "a",
  "an",
  "the",
  "single",
  "of",
  "from",
  "by",
  "for",
  "id",
  "ids",
  "given",
  "specific",
  "current",
  "all",
  "new",
  "get",
  "gets",
  "load",
  "loads",
  "fetch",
  "retrieve",
  "retrieves",
  "read",
  "show",
  "view",
  "list",
  "lists",
  "returns",
]);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => singular(word) === singular(b[i]!));
}

/**
 * A singleton read ("GET /workspaces/{id}/statistics") is named from its title when the title
 * ends with the resource and qualifies it ("Workspace statistics"), since the bare resource word
 * ("Statistics") says too little.
 */
function singletonName(title: string, resource: readonly string[]): string | undefined {
  const words = splitWords(title).filter((word) => !NOISE.has(word));
  if (words.length <= resource.length) return undefined;
  const tail = words.slice(words.length - resource.length);
  return sameWords(tail, resource) ? pascalCase(words) : undefined;
}

/** The component name an operation's success body would take. */
export function responseComponentName(op: OperationNaming, verb: string): string {
  const resource = operationResource(op, verb);
  const last = pathSegments(op.path).at(-1);
  const isSingletonRead = verb === "get" && last !== undefined && !isPathParameterSegment(last);
  if (isSingletonRead) {
    const fromTitle = singletonName(op.title, resource);
    if (fromTitle) return fromTitle;
  }
  return pascalCase(mapLastWord(resource, singular)) || "Resource";
}

/** `<Verb><Resource>Request`, or `<Resource>Request` when operations of different verbs share the body. */
export function requestComponentName(users: readonly { verb: string; resource: string }[]): string {
  const [first] = users;
  if (!first) return "Request";
  const verbs = new Set(users.map((u) => u.verb));
  return verbs.size === 1
    ? `${pascalCase(splitWords(first.verb))}${first.resource}Request`
    : `${first.resource}Request`;
}
