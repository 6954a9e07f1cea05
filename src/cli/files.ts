/**
 * The CLI's file-system edge: output folders made with a bounded walk, and every file-system error
 * turned into one line, `path: message`, exit 1 (never an "internal error" with a stack).
 *
 * Why not `mkdir(dir, { recursive: true })`: under /proc (and other pseudo file systems) Node's
 * recursive mkdir retries forever when mkdir answers ENOENT for a parent that exists, so
 * `--out /proc/nope` hung at full CPU. Here each missing folder is made once, parent first; the walk
 * is bounded by the path's depth.
 */
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";

/** A file-system problem with a path the user gave: printed as `path: message`, exit 1. */
export class FileError extends Error {
  override name = "FileError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** Node's error codes in words ("ENOTDIR" → "not a directory"), taken from its own message. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  // Node's messages look like "ENOTDIR: not a directory, mkdir '/x/y'": keep the middle part.
  const words = /^[A-Z0-9_]+: ([^,]+)/.exec(error.message)?.[1];
  return words ?? error.code ?? error.message;
}

/** A Node file-system error (it carries a code and the path it concerns). */
export function isErrnoWithPath(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const e = error as { code?: unknown; path?: unknown } | null;
  return typeof e?.code === "string" && typeof e?.path === "string";
}

/** stat, or undefined when nothing is there; other problems are a FileError naming `shown` (the path as the user gave it). */
async function statOrMissing(target: string, shown = target): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ENOTDIR")
      throw new FileError(shown, `cannot go under ${await fileAncestor(shown)}: it is a file, not a folder`);
    throw new FileError(shown, describeErrno(error as NodeJS.ErrnoException));
  }
}

/** The nearest ancestor of `target` that exists and is not a folder (what ENOTDIR is about). */
async function fileAncestor(target: string): Promise<string> {
  const ancestors: string[] = [];
  for (let dir = path.dirname(target); ancestors.at(-1) !== dir; dir = path.dirname(dir)) ancestors.push(dir);
  for (const dir of ancestors.reverse()) {
    const info = await stat(dir).catch(() => undefined);
    if (info && !info.isDirectory()) return dir;
  }
  return path.dirname(target);
}

/**
 * Makes `dir` and its missing parents. Throws FileError naming `dir` when a parent is a file, a
 * folder cannot be made (permissions, a read-only or pseudo file system), or `dir` is a file.
 */
export async function ensureDir(dir: string): Promise<void> {
  const target = path.resolve(dir);
  const missing: string[] = [];
  let current = target;
  // Up to the nearest existing ancestor; at most one step per path segment.
  for (let depth = target.split(path.sep).length; depth >= 0; depth--) {
    const info = await statOrMissing(current, dir);
    if (info) {
      if (!info.isDirectory()) {
        throw new FileError(
          dir,
          current === target ? "exists and is a file, not a folder" : `cannot make this folder: ${current} is a file`,
        );
      }
      break;
    }
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && (await statOrMissing(folder))?.isDirectory()) continue;
      const why = describeErrno(error as NodeJS.ErrnoException);
      throw new FileError(
        dir,
        folder === target ? `cannot make this folder: ${why}` : `cannot make this folder: ${folder}: ${why}`,
      );
    }
  }
}

/** Makes the folder an output file goes in, and refuses an output path that is an existing folder. */
export async function ensureFileParent(file: string): Promise<void> {
  if ((await statOrMissing(file))?.isDirectory()) throw new FileError(file, "is a folder; give a file path");
  const parent = path.dirname(file);
  try {
    await ensureDir(parent);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    // Name the file the user gave; the reason names the folder that is in the way.
    const info = await statOrMissing(parent).catch(() => undefined);
    throw new FileError(
      file,
      info && !info.isDirectory() ? `cannot go under ${parent}: it is a file, not a folder` : error.message,
    );
  }
}
