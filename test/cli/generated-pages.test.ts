/**
 * The extract command on docs generators' pages: a page that carries its spec gives that spec
 * (exit 0, the report saying so); a page drawn only by JavaScript is refused (exit 1) with one
 * line naming the file and the reason, never read as 0 operations.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "./helpers.js";

const tmp = scratchDir("cli-generated-pages");
const DIR = "test/fixtures/generators/redoc";

describe("extract on Redoc pages", () => {
  it("a Redoc 3 page (no operation in its HTML) gives the embedded spec, and the report says so", async () => {
    const { code, stderr } = await runCli([
      "extract",
      `${DIR}/mineskin.redoc3.html`,
      "--out",
      `${tmp}/m.json`,
      "--report",
      `${tmp}/m.report.json`,
    ]);
    expect(code, stderr).toBe(0);
    const spec = JSON.parse(readFileSync(`${tmp}/m.json`, "utf8")) as {
      info: { title: string; version: string };
      paths: object;
    };
    expect(spec.info).toMatchObject({ title: "MineSkin API", version: "1.0.0" });
    expect(Object.keys(spec.paths)).toHaveLength(9);
    const report = JSON.parse(readFileSync(`${tmp}/m.report.json`, "utf8")) as {
      inferences: { code: string; message: string }[];
    };
    expect(report.inferences.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^read from the embedded spec \(redoc\)/),
    );
  });

  it("the standalone bundle's page: exit 1, the file and 'rendered by JavaScript', nothing written", async () => {
    const { code, stderr } = await runCli(["extract", `${DIR}/standalone-shell.html`, "--out", `${tmp}/s.json`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${DIR}/standalone-shell\\.html:1: .*rendered by JavaScript.*embeds no spec`));
    expect(() => readFileSync(`${tmp}/s.json`)).toThrow();
  });
});
