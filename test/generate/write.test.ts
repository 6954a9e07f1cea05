import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedHeader } from "../../src/generate/format.js";
import { writeGeneratedFiles } from "../../src/generate/write.js";
import { tmpRoot } from "./compile-helpers.js";

describe("writeGeneratedFiles", () => {
  it("writes the files and removes stale generated ones, leaving hand-written files alone", async () => {
    const dir = path.join(tmpRoot, "write");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const header = generatedHeader("Spec", "npm run generate");
    await writeFile(path.join(dir, "old-tag.ts"), `${header}\n\nexport {};\n`);
    await writeFile(path.join(dir, "custom.ts"), "// hand-written\nexport {};\n");
    await writeFile(path.join(dir, "notes.md"), `${header}\n`);

    await writeGeneratedFiles(dir, [
      { path: "index.ts", contents: `${header}\n\nexport const a = 1;\n` },
      {
        path: "schema.d.ts",
        contents: `${header}\n\nexport interface paths {}\n`,
      },
    ]);

    expect((await readdir(dir)).sort()).toEqual(["custom.ts", "index.ts", "notes.md", "schema.d.ts"]);
    expect(await readFile(path.join(dir, "index.ts"), "utf8")).toBe(`${header}\n\nexport const a = 1;\n`);
  });

  it("creates the output directory", async () => {
    const dir = path.join(tmpRoot, "write-new", "nested");
    await rm(path.join(tmpRoot, "write-new"), { recursive: true, force: true });
    await writeGeneratedFiles(dir, [{ path: "index.ts", contents: "// x\n" }]);
    expect(await readdir(dir)).toEqual(["index.ts"]);
  });
});
