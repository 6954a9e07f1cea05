/**
 * `docs2client --version`: the version in this package's package.json, found by walking up from
 * this module (src/cli/ in the repo, dist/src/cli/ in the published package).
 */
import { readFileSync } from "node:fs";

/** How far above this module the package root can be (dist/src/cli → 3). */
const MAX_LEVELS = 4;

export function packageVersion(from: string | URL = import.meta.url): string {
  let dir = new URL(".", from);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    try {
      const manifest = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "docs2client" && manifest.version) return manifest.version;
    } catch {
      // No (readable) package.json at this level: look one level up.
    }
    dir = new URL("..", dir);
  }
  return "unknown";
}
