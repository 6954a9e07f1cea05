/**
 * The checked-in names table, spec/<api>.names.json: "<METHOD> <path>" → "namespace.method" for
 * every operation of one API. Generated method names are public API, so the build never changes a
 * name it finds there: it keeps every entry, names new operations by the rules (around the names
 * already taken), drops the entries of operations that no longer exist (and says so), writes the
 * table back as a build output (`build --check` fails when it is stale) and stamps each name into
 * the spec as `x-method-name`, which is all the generator reads.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathShape } from "../diff/operations.js";
import { DocsInputError } from "../model/errors.js";
import { PATH_ITEM_METHODS, isRecord, type JsonObject } from "../openapi/types.js";
import {
  documentOperations,
  formatMethodName,
  METHOD_NAME_EXTENSION,
  methodNameProblem,
  nameOperations,
  parseMethodName,
  type MethodName,
  type TakenNames,
} from "../generate/method-names.js";

/** "<METHOD> <path>" → name, as the table file holds it. */
export type NamesTable = Map<string, MethodName>;

const NAMES_TABLE_COMMENT =
  'Generated method names of this API\'s client: "<METHOD> <path>" → "namespace.method". ' +
  "`npm run generate` keeps every entry, adds names for new operations and drops those of removed ones. " +
  "The names are public API: editing one here renames the method, a breaking change for every caller.";

/** What a build did to the table, for the build's output. */
export interface NamesTableChanges {
  added: string[];
  dropped: string[];
  /** Entries kept for an operation whose path was respelled (`{id}` → `{client_id}`, a base path moved to `servers`). */
  rekeyed: { from: string; to: string }[];
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}

/** Reads a table file; every problem is `file:line: message`. */
export function parseNamesTable(text: string, file: string): NamesTable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : 1;
    throw DocsInputError.at(
      { file, line },
      `names table is not valid JSON: ${(error as Error).message}`,
      "bad-names-table",
    );
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw DocsInputError.at(
      { file, line: 1 },
      'names table must be a JSON object of "<METHOD> <path>": "namespace.method"',
      "bad-names-table",
    );
  }
  const table: NamesTable = new Map();
  const owners = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    if (key === "$comment") continue;
    const line = lineOf(text, JSON.stringify(key));
    const fail = (message: string): never => {
      throw DocsInputError.at({ file, line }, message, "bad-names-table");
    };
    if (!/^[A-Z]+ \/\S*$/.test(key)) fail(`key ${JSON.stringify(key)} is not "<METHOD> <path>" (e.g. "GET /me")`);
    const name = parseMethodName(value);
    if (!name) fail(`${key}: ${JSON.stringify(value)} is not "namespace.method" (two identifiers joined by a dot)`);
    const dotted = formatMethodName(name!);
    const problem = methodNameProblem(name!);
    if (problem !== undefined) fail(`${key}: ${dotted}: ${problem}`);
    const owner = owners.get(dotted);
    if (owner !== undefined)
      fail(`${key}: ${dotted} is already the name of ${owner}; each operation needs its own name`);
    owners.set(dotted, key);
    table.set(key, name!);
  }
  return table;
}

/** The file's text: `$comment` first, then entries sorted by key, so diffs of the table read well. */
export function renderNamesTable(table: NamesTable): string {
  const sorted: Record<string, string> = { $comment: NAMES_TABLE_COMMENT };
  for (const key of [...table.keys()].sort()) sorted[key] = formatMethodName(table.get(key)!);
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

const splitKey = (key: string) => {
  const space = key.indexOf(" ");
  return { method: key.slice(0, space), path: key.slice(space + 1) };
};

/** Same method, and the same route once parameter names are erased, allowing a moved base path. */
function sameRoute(a: string, b: string): boolean {
  const x = splitKey(a);
  const y = splitKey(b);
  if (x.method !== y.method) return false;
  const p = pathShape(x.path);
  const q = pathShape(y.path);
  return p === q || isBasePathMove(p, q) || isBasePathMove(q, p);
}

/** `/insights/api/v1/workspace/{}/x` and `/workspace/{}/x`: the longer adds only fixed leading segments. */
function isBasePathMove(longer: string, shorter: string): boolean {
  if (!longer.endsWith(shorter) || !shorter.startsWith("/")) return false;
  const prefix = longer.slice(0, longer.length - shorter.length);
  return prefix !== "" && !prefix.includes("{");
}

/**
 * The table after this build: existing names kept (re-keyed when only the path's spelling moved),
 * new operations named by the rules without touching or colliding with any kept name, entries of
 * vanished operations dropped.
 */
export function updateNamesTable(
  document: unknown,
  previous: NamesTable,
): { table: NamesTable; changes: NamesTableChanges } {
  const operations = documentOperations(document);
  const unused = new Map(previous);
  const table: NamesTable = new Map();
  const changes: NamesTableChanges = { added: [], dropped: [], rekeyed: [] };
  for (const op of operations) {
    const name = unused.get(op.key);
    if (name === undefined) continue;
    table.set(op.key, name);
    unused.delete(op.key);
  }
  for (const op of operations) {
    if (table.has(op.key)) continue;
    const moved = [...unused.keys()].find((key) => sameRoute(key, op.key));
    if (moved === undefined) continue;
    table.set(op.key, unused.get(moved)!);
    unused.delete(moved);
    changes.rekeyed.push({ from: moved, to: op.key });
  }
  const taken: TakenNames = new Map();
  for (const name of table.values()) {
    const names = taken.get(name.namespace) ?? new Set<string>();
    names.add(name.method);
    taken.set(name.namespace, names);
  }
  const title = (document as { info?: { title?: unknown } })?.info?.title;
  const fresh = nameOperations(
    operations.filter((op) => !table.has(op.key)),
    typeof title === "string" ? title : "",
    taken,
    operations.filter((op) => table.has(op.key)).map((op) => ({ ...op, stamped: table.get(op.key)! })),
  );
  for (const [key, name] of fresh) {
    table.set(key, name);
    changes.added.push(`${key} → ${formatMethodName(name)}`);
  }
  changes.dropped = [...unused].map(([key, name]) => `${key} (${formatMethodName(name)})`).sort();
  changes.added.sort();
  return { table, changes };
}

/**
 * Writes each operation's name into the document as `x-method-name`, right after its operationId
 * (or first) so the spec reads naturally; mutates and returns the document.
 */
export function stampMethodNames<T>(document: T, table: NamesTable): T {
  const paths = (document as { paths?: Record<string, JsonObject> }).paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const method of PATH_ITEM_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const name = table.get(`${method.toUpperCase()} ${path}`);
      if (name === undefined) continue;
      item[method] = withMethodName(operation, formatMethodName(name));
    }
  }
  return document;
}

function withMethodName(operation: JsonObject, name: string): JsonObject {
  const { [METHOD_NAME_EXTENSION]: _old, ...rest } = operation;
  const entries = Object.entries(rest);
  const at = entries.findIndex(([key]) => key === "operationId") + 1;
  entries.splice(at, 0, [METHOD_NAME_EXTENSION, name]);
  return Object.fromEntries(entries);
}

/** One-line summary of what a build did to an API's table, or undefined when nothing changed. */
export function describeNamesTableChanges(changes: NamesTableChanges): string | undefined {
  const parts = [
    changes.added.length > 0 ? `${changes.added.length} new` : "",
    changes.rekeyed.length > 0 ? `${changes.rekeyed.length} re-keyed` : "",
    changes.dropped.length > 0
      ? `${changes.dropped.length} dropped (operations gone: ${changes.dropped.join(", ")})`
      : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? `method names: ${parts.join(", ")}` : undefined;
}

/** The table at `file` (relative to `root`); an API built for the first time has none yet. */
async function loadNamesTable(root: string, file: string): Promise<NamesTable> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw DocsInputError.at(
      { file, line: 1 },
      `cannot read names table: ${(error as Error).message}`,
      "bad-names-table",
    );
  }
  return parseNamesTable(text, file);
}

/**
 * The build's step: read the API's table, bring it up to date with `document`, stamp the names into
 * `document` (mutated) and return the table file's new text with what changed.
 */
export async function applyNamesTable(
  root: string,
  file: string,
  document: object,
): Promise<{ contents: string; changes: NamesTableChanges }> {
  const { table, changes } = updateNamesTable(document, await loadNamesTable(root, file));
  stampMethodNames(document, table);
  return { contents: renderNamesTable(table), changes };
}
