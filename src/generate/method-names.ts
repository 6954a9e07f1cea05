/**
 * The generated client's method names, `namespace.method` per operation, keyed by "<METHOD> <path>".
 * A name the build decided (`x-method-name`, from the checked-in names table spec/<api>.names.json)
 * always wins: method names are public API. Every other operation is named by the rules in
 * `method-name-rules.ts`, and the names are allocated so that none collides inside a namespace,
 * with words of the operation itself, never a numeric suffix.
 */
import {
  alternativeMethods,
  chooseNamespace,
  methodFromWords,
  pathWithoutFormat,
  preferredMethodWords,
  readPath,
  type MethodName,
  type NamespaceChoice,
  type OperationFacts,
} from "./method-name-rules.js";
import { DocsInputError } from "../model/errors.js";
import { dereference } from "../openapi/pointer.js";
import { PATH_ITEM_METHODS, isRecord } from "../openapi/types.js";
import { camelCase, toIdentifier } from "../words/index.js";
import { operationIdFromRoute } from "./identifiers.js";

export type { MethodName, OperationFacts } from "./method-name-rules.js";

export const METHOD_NAME_EXTENSION = "x-method-name";

/** Members of the runtime's client a namespace must not shadow. */
const CLIENT_MEMBERS = new Set([
  "raw",
  "call",
  "paginate",
  "paginateAll",
  "quota",
  "constructor",
  "options",
  "defaults",
]);
/** Members of every namespace class besides its methods. */
const NAMESPACE_MEMBERS = new Set(["client", "constructor"]);

/** `"GET /me/time_entries"`: how an operation is keyed in the names table and the resolved map. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** `"timeEntries.list"` → { timeEntries, list }; undefined unless both halves are identifiers. */
export function parseMethodName(text: unknown): MethodName | undefined {
  if (typeof text !== "string") return undefined;
  const match = /^([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(text);
  return match ? { namespace: match[1]!, method: match[2]! } : undefined;
}

export const formatMethodName = (name: MethodName) => `${name.namespace}.${name.method}`;

/** Why a (stamped or tabled) name cannot be generated, or undefined when it can. */
export function methodNameProblem(name: MethodName): string | undefined {
  if (CLIENT_MEMBERS.has(name.namespace))
    return `namespace "${name.namespace}" would hide the client's own member of that name`;
  if (NAMESPACE_MEMBERS.has(name.method))
    return `method "${name.method}" would hide the namespace's own member of that name`;
  return undefined;
}

function serverPathOf(servers: unknown): string | undefined {
  if (!Array.isArray(servers) || !isRecord(servers[0]) || typeof servers[0].url !== "string") return undefined;
  try {
    return new URL(servers[0].url, "http://relative.invalid").pathname;
  } catch {
    return undefined;
  }
}

/** An operation the rules may consult, with its name when it already has one. */
export type KnownOperation = OperationFacts & { stamped?: MethodName };

/** One operation of a document, as the naming rules read it. */
export interface DocumentOperation extends OperationFacts {
  key: string;
  /** The name the build stamped, when present and well-formed. */
  stamped?: MethodName;
  /** An `x-method-name` that is not "namespace.method", for the error. */
  invalidStamp?: unknown;
}

/** The document's operations in document order; `$ref`'d path items are followed one level. */
export function documentOperations(document: unknown): DocumentOperation[] {
  const doc = isRecord(document) ? document : {};
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const operations: DocumentOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const target = dereference(doc, rawItem);
    const item = isRecord(target) ? target : {};
    for (const method of PATH_ITEM_METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
      const raw = op[METHOD_NAME_EXTENSION];
      const stamped = parseMethodName(raw);
      const serverPath = serverPathOf(op.servers) ?? serverPathOf(item.servers);
      operations.push({
        key: operationKey(method, path),
        method,
        path,
        ...(typeof op.summary === "string" ? { summary: op.summary } : {}),
        ...(tag !== undefined ? { tag } : {}),
        ...(typeof op.operationId === "string" ? { operationId: op.operationId } : {}),
        ...(serverPath !== undefined && serverPath !== "/" ? { serverPath } : {}),
        ...(stamped ? { stamped } : {}),
        ...(raw !== undefined && !stamped ? { invalidStamp: raw } : {}),
      });
    }
  }
  return operations;
}

const apiTitleOf = (document: unknown) =>
  isRecord(document) && isRecord(document.info) && typeof document.info.title === "string" ? document.info.title : "";

/** A rule-named operation's wishes, most natural first. */
interface Proposal {
  op: OperationFacts & { key: string };
  namespace: string;
  candidates: string[];
  /** Lower sorts first when two operations want the same name: the shorter path is the plainer one. */
  rank: number;
}

/**
 * An export in a format (`…/time_entries.pdf`, `/shared/{token}/csv`) goes beside the operation that
 * reads the same thing without a format, whatever section documents it: `detailed.exportPdf`.
 */
function formatlessTwin(op: OperationFacts, byPath: ReadonlyMap<string, KnownOperation>): KnownOperation | undefined {
  const base = pathWithoutFormat(op.path);
  return base === undefined ? undefined : byPath.get(base);
}

function propose(
  op: OperationFacts & { key: string },
  apiTitle: string,
  order: number,
  byPath: ReadonlyMap<string, KnownOperation>,
): Proposal {
  const reading = readPath(op.path);
  const twin = formatlessTwin(op, byPath);
  const choice: NamespaceChoice = twin
    ? {
        from: "target",
        namespace: twin.stamped?.namespace ?? chooseNamespace(twin, readPath(twin.path), apiTitle).namespace,
      }
    : chooseNamespace(op, reading, apiTitle);
  const words = preferredMethodWords(op, reading, choice);
  const namespace = toIdentifier(choice.namespace, "api");
  const preferred = methodFromWords(words);
  const candidates = [preferred, ...alternativeMethods(op, reading, words)];
  if (op.operationId !== undefined) candidates.push(camelCase(op.operationId));
  candidates.push(operationIdFromRoute(op.method, op.path));
  const segments = op.path.split("/").filter((s) => s !== "").length;
  return {
    op,
    namespace: CLIENT_MEMBERS.has(namespace) ? `${namespace}Api` : namespace,
    candidates: [...new Set(candidates.map((c) => toIdentifier(c, "call")))].filter((c) => !NAMESPACE_MEMBERS.has(c)),
    rank: segments * 10_000 + order,
  };
}

/** Names already taken per namespace. */
export type TakenNames = Map<string, Set<string>>;

function takenIn(taken: TakenNames, namespace: string): Set<string> {
  let names = taken.get(namespace);
  if (!names) taken.set(namespace, (names = new Set()));
  return names;
}

/**
 * Names operations by the rules, around names already taken (a table's, or stamped ones): an
 * operation whose preferred name nobody else wants gets it; operations wanting the same name get
 * it in rank order (shorter path first), the others their alternatives. Deterministic.
 */
export function nameOperations(
  operations: readonly (OperationFacts & { key: string })[],
  apiTitle: string,
  taken: TakenNames = new Map(),
  /** The API's other operations, with their names, which the rules may look at (an export's formatless twin). */
  context: readonly KnownOperation[] = [],
): Map<string, MethodName> {
  const byPath = new Map<string, KnownOperation>();
  for (const op of [...context, ...operations]) if (!byPath.has(op.path)) byPath.set(op.path, op);
  const proposals = operations.map((op, i) => propose(op, apiTitle, i, byPath));
  const wanted = new Map<string, number>();
  const wish = (p: Proposal) => `${p.namespace}.${p.candidates[0]}`;
  for (const p of proposals) wanted.set(wish(p), (wanted.get(wish(p)) ?? 0) + 1);
  const names = new Map<string, MethodName>();
  const claim = (p: Proposal, method: string) => {
    takenIn(taken, p.namespace).add(method);
    names.set(p.op.key, { namespace: p.namespace, method });
  };
  // Uncontested wishes first, so an alternative never takes another operation's natural name.
  for (const p of proposals) {
    const first = p.candidates[0]!;
    if (wanted.get(wish(p)) === 1 && !takenIn(taken, p.namespace).has(first)) claim(p, first);
  }
  for (const p of [...proposals].sort((a, b) => a.rank - b.rank)) {
    if (names.has(p.op.key)) continue;
    const free = takenIn(taken, p.namespace);
    const method = p.candidates.find((c) => !free.has(c)) ?? lastResort(p.candidates.at(-1) ?? "call", free);
    claim(p, method);
  }
  return names;
}

/** Never reached by Toggl or GitHub (the route-based candidate is unique per operation), but total. */
function lastResort(base: string, taken: Set<string>): string {
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/**
 * Every operation's `namespace.method`, keyed by "<METHOD> <path>": `x-method-name` where the
 * document carries one, the naming rules elsewhere (never colliding with a stamped name).
 */
export function resolveMethodNames(document: unknown, specPath = "<document>"): Map<string, MethodName> {
  const operations = documentOperations(document);
  const taken: TakenNames = new Map();
  const resolved = new Map<string, MethodName>();
  const owners = new Map<string, string>();
  for (const op of operations) {
    if (op.invalidStamp !== undefined) {
      throw DocsInputError.at(
        { file: specPath, line: 1 },
        `${op.key}: ${METHOD_NAME_EXTENSION} ${JSON.stringify(op.invalidStamp)} is not "namespace.method"`,
        "bad-spec",
      );
    }
    if (!op.stamped) continue;
    const dotted = formatMethodName(op.stamped);
    const problem = methodNameProblem(op.stamped);
    if (problem !== undefined) {
      throw DocsInputError.at(
        { file: specPath, line: 1 },
        `${op.key}: ${METHOD_NAME_EXTENSION} ${dotted}: ${problem}`,
        "bad-spec",
      );
    }
    const owner = owners.get(dotted);
    if (owner !== undefined) {
      throw DocsInputError.at(
        { file: specPath, line: 1 },
        `${op.key}: ${METHOD_NAME_EXTENSION} ${dotted} is already the name of ${owner}`,
        "bad-spec",
      );
    }
    owners.set(dotted, op.key);
    takenIn(taken, op.stamped.namespace).add(op.stamped.method);
    resolved.set(op.key, op.stamped);
  }
  const named = nameOperations(
    operations.filter((op) => !op.stamped),
    apiTitleOf(document),
    taken,
    operations.filter((op) => op.stamped),
  );
  return new Map(operations.map((op) => [op.key, resolved.get(op.key) ?? named.get(op.key)!]));
}
