import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffSpecs, renderDiffMarkdown } from "../diff/index.js";
import { type ApiBuild, type OutputFile, type PackageBuild, specPath, staleGeneratedFiles } from "./build.js";

/** Why a committed file does not match a fresh build. */
export interface OutputMismatch {
  path: string;
  problem: "missing" | "differs" | "stale";
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Writes one API's build. Before the spec is replaced, the API-change diff between the spec on disk
 * and the new one goes to spec/<api>.changes.md; when nothing changed the file is left alone, so it
 * keeps describing the last real change and a second run leaves `git status` clean.
 */
export async function writeApiBuild(root: string, build: ApiBuild): Promise<{ written: string[]; removed: string[] }> {
  const jsonPath = specPath(build.api, "openapi.json");
  const previous = await readIfExists(path.join(root, jsonPath));
  const next = build.files.find((f) => f.path === jsonPath)?.contents;
  const files: OutputFile[] = [...build.files];
  if (previous !== undefined && next !== undefined && previous !== next) {
    const diff = diffSpecs(JSON.parse(previous), JSON.parse(next));
    files.push({
      path: specPath(build.api, "changes.md"),
      contents: renderDiffMarkdown(diff, { title: `${build.api.title}: committed spec → this build` }),
    });
  }
  return { written: await writeChanged(root, files), removed: [] };
}

/** Writes the files whose contents differ from the disk; returns their paths. */
async function writeChanged(root: string, files: readonly OutputFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(root, file.path);
    if ((await readIfExists(target)) === file.contents) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
    written.push(file.path);
  }
  return written;
}

/** Writes one package and removes the generated files it no longer has. */
export async function writePackageBuild(
  root: string,
  build: PackageBuild,
): Promise<{ written: string[]; removed: string[] }> {
  const written = await writeChanged(root, build.files);
  const removed = await staleGeneratedFiles(root, build.pkg, build.files);
  for (const file of removed) await rm(path.join(root, file));
  return { written, removed };
}

function compare(files: readonly OutputFile[], current: (string | undefined)[]): OutputMismatch[] {
  return files.flatMap((file, i): OutputMismatch[] =>
    current[i] === undefined
      ? [{ path: file.path, problem: "missing" }]
      : current[i] !== file.contents
        ? [{ path: file.path, problem: "differs" }]
        : [],
  );
}

/** Compares one API's spec files with the files on disk, writing nothing. */
export async function checkApiBuild(root: string, build: ApiBuild): Promise<OutputMismatch[]> {
  return compare(build.files, await Promise.all(build.files.map((f) => readIfExists(path.join(root, f.path)))));
}

/** Compares one package with the files on disk, writing nothing. */
export async function checkPackageBuild(root: string, build: PackageBuild): Promise<OutputMismatch[]> {
  const mismatches = compare(
    build.files,
    await Promise.all(build.files.map((f) => readIfExists(path.join(root, f.path)))),
  );
  for (const stale of await staleGeneratedFiles(root, build.pkg, build.files))
    mismatches.push({ path: stale, problem: "stale" });
  return mismatches;
}
