/**
 * The runtime a generated package carries: a verbatim copy of `src/runtime/*.ts` under
 * `src/runtime/` of the package, each file behind the generated header, so the package's only
 * dependency is openapi-fetch. Read from this repo's sources, or, in the built CLI (dist/), from the
 * copy `npm run build` puts in `dist/runtime-source/`.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "./write.js";

const CANDIDATE_DIRS = ["../runtime/", "../../runtime-source/"];

function runtimeSourceDir(): string {
  for (const candidate of CANDIDATE_DIRS) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${dir}client.ts`)) return dir;
  }
  throw new Error(
    `docs2client: the runtime's sources are missing (looked in ${CANDIDATE_DIRS.join(", ")} next to ${fileURLToPath(import.meta.url)})`,
  );
}

/** The runtime's modules (no tests, no README), sorted, each prefixed with `header`. */
export async function runtimeFiles(header: string, targetDir: string): Promise<GeneratedFile[]> {
  const dir = runtimeSourceDir();
  const names = (await readdir(dir)).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `${targetDir}/${name}`,
      contents: `${header}\n\n${await readFile(`${dir}${name}`, "utf8")}`,
    })),
  );
}
