/**
 * Writing a generated client to disk. Files this generator wrote before but no longer produces
 * (a tag that disappeared) are removed; they are recognised by the generated-file header, so
 * hand-written files in the same folder are never touched.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isGeneratedText } from "./format.js";

export interface GeneratedFile {
  /** Relative to the output directory. */
  path: string;
  contents: string;
}

async function startsWithHeader(file: string): Promise<boolean> {
  const text = await readFile(file, "utf8").catch(() => "");
  return isGeneratedText(text);
}

/** Folders of a generated package that hold no generator output (build output, installs). */
const NOT_GENERATED_DIRS = new Set(["dist", "node_modules"]);

/**
 * Generated `.ts` files under `outDir` (any depth, but not dist/ or node_modules/) that `keep`
 * (paths relative to `outDir`) does not list.
 */
export async function staleGeneratedFiles(outDir: string, keep: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true }).catch(() => []);
  const candidates = entries
    .filter((e) => e.isFile() && /\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => {
      const rel = path.relative(outDir, file);
      return !keep.has(rel) && !rel.split(path.sep).some((part) => NOT_GENERATED_DIRS.has(part));
    });
  const generated = await Promise.all(
    candidates.map(async (file) => ((await startsWithHeader(file)) ? file : undefined)),
  );
  return generated.filter((file): file is string => file !== undefined).sort();
}

export async function writeGeneratedFiles(outDir: string, files: GeneratedFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const keep = new Set(files.map((f) => path.normalize(f.path)));
  for (const file of await staleGeneratedFiles(outDir, keep)) await rm(file);
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(outDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }),
  );
}
