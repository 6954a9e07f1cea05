import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

describe("docs2client usage", () => {
  it("prints help and exits 0 for --help on every command", async () => {
    for (const argv of [
      ["--help"],
      ["extract", "--help"],
      ["generate", "-h"],
      ["build", "--help"],
      ["diff", "--help"],
    ]) {
      const { code, stdout } = await runCli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Usage: docs2client/);
    }
  });
  it("exits 2 with the command's help on bad usage", async () => {
    const cases = [
      [],
      ["frobnicate"],
      ["extract"],
      ["extract", "a.txt"],
      ["extract", "a.txt", "--out", "x.txt"],
      ["generate", "s.json"],
      ["diff", "a.json"],
      ["build", "--bogus"],
    ];
    for (const argv of cases) {
      const { code, stderr } = await runCli(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr).toMatch(/Usage: docs2client|unknown command/);
    }
  });
  it("exits 1 naming the file when a page cannot be read", async () => {
    const { code, stderr } = await runCli(["extract", "no/such/page.txt", "--out", "never-written.yaml"]);
    expect(code).toBe(1);
    expect(stderr).toBe("no/such/page.txt:0: cannot read page: file not found");
  });
  it("exits 1 naming the file when a spec cannot be parsed", async () => {
    const { code, stderr } = await runCli(["generate", "package-lock.json", "--out", "never-written"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^package-lock\.json:/);
  });
});
