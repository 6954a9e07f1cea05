/**
 * What a new user gets wrong, and the CLI's answer: a bad flag is a usage error (exit 2) found
 * before any work; a file-system problem is one `path: message` line (exit 1), never an internal
 * error or a hang; a broken `$ref` is reported at its line.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "./helpers.js";

const tmp = scratchDir("cli-errors");
const page = "spec/sources/toggl-track-v9/text/clients.txt";
const spec = "spec/clients-v1.openapi.json";
writeFileSync(`${tmp}/a-file`, "not a folder\n");

describe("flags are checked before any work: exit 2 with the reason and the command's help", () => {
  const cases: [string, string[], RegExp][] = [
    [
      "a class name with a space",
      ["generate", spec, "--out", `${tmp}/g1`, "--class-name", "bad name"],
      /--class-name must be a TypeScript class name .*got 'bad name'/,
    ],
    [
      "a class name starting with a digit",
      ["generate", spec, "--out", `${tmp}/g1`, "--class-name", "1Client"],
      /--class-name must be a TypeScript class name/,
    ],
    [
      "a reserved word as class name",
      ["generate", spec, "--out", `${tmp}/g1`, "--class-name", "class"],
      /--class-name must be a TypeScript class name/,
    ],
    ["an empty --out", ["generate", spec, "--out", ""], /--out needs a non-empty value/],
    ["a multi-line --name", ["generate", spec, "--out", `${tmp}/g1`, "--name", "a\nb"], /--name must be one line/],
    [
      "a server URL without a host",
      ["extract", page, "--out", `${tmp}/x.yaml`, "--server", "http://"],
      /--server must be an absolute http\(s\) URL.*got 'http:\/\/'/,
    ],
    [
      "a server URL that is not http",
      ["extract", page, "--out", `${tmp}/x.yaml`, "--server", "ftp://example.com"],
      /--server must be an absolute http\(s\) URL/,
    ],
    [
      "a relative docs URL",
      ["extract", page, "--out", `${tmp}/x.yaml`, "--docs-url", "docs/page"],
      /--docs-url must be an absolute http\(s\) URL/,
    ],
    [
      "an unknown auth scheme",
      ["extract", page, "--out", `${tmp}/x.yaml`, "--auth", "oauth"],
      /--auth must be basic, bearer or none \(got 'oauth'\)/,
    ],
    ["an empty title", ["extract", page, "--out", `${tmp}/x.yaml`, "--title", " "], /--title needs a non-empty value/],
    [
      "a report that is not .json",
      ["extract", page, "--out", `${tmp}/x.yaml`, "--report", `${tmp}/r.md`],
      /--report must end in \.json/,
    ],
    [
      "the same file for --out and --report",
      ["extract", page, "--out", `${tmp}/x.json`, "--report", `${tmp}/x.json`],
      /--out and --report must be different files/,
    ],
    [
      "an output that would overwrite a page",
      ["extract", `${tmp}/x.json`, "--out", `${tmp}/x.json`],
      /an output file is also an input page/,
    ],
    ["an unknown option", ["extract", page, "--out", `${tmp}/x.yaml`, "--bogus"], /Unknown option '--bogus'/],
    [
      "an unknown API for build --only",
      ["build", "--only", "nope"],
      /--only: no API named 'nope' in docs2client\.config\.json \(known: .*clients-v1/,
    ],
    ["a file argument to build", ["build", "spec/x.json"], /build takes no file arguments/],
    ["--markdown with --json", ["diff", spec, spec, "--markdown", "--json"], /give --markdown or --json, not both/],
  ];
  it.each(cases)("%s", async (_, argv, message) => {
    const { code, stderr, stdout } = await runCli(argv);
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: docs2client/);
    expect(stderr).not.toMatch(/internal error/);
    expect(stdout).toBe("");
  });

  it("writes nothing when a flag is bad", async () => {
    await runCli(["generate", spec, "--out", `${tmp}/not-made`, "--class-name", "bad name"]);
    expect(existsSync(`${tmp}/not-made`)).toBe(false);
  });
});

describe("file-system problems: one `path: message` line, exit 1", () => {
  it("--out under a file (generate)", async () => {
    const { code, stderr } = await runCli(["generate", spec, "--out", `${tmp}/a-file/client`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${tmp}/a-file/client: cannot go under ${tmp}/a-file: it is a file, not a folder`);
  });

  it("--out that is a file (generate)", async () => {
    const { code, stderr } = await runCli(["generate", spec, "--out", `${tmp}/a-file`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${tmp}/a-file: exists and is a file, not a folder`);
  });

  it("--out under a file (extract), before any page is read", async () => {
    const { code, stderr } = await runCli(["extract", "no/such/page.txt", "--out", `${tmp}/a-file/spec.yaml`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${tmp}/a-file/spec.yaml: cannot go under ${tmp}/a-file: it is a file, not a folder`);
  });

  it("--out that is a folder (extract)", async () => {
    mkdirSync(`${tmp}/dir.json`, { recursive: true });
    const { code, stderr } = await runCli(["extract", page, "--out", `${tmp}/dir.json`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${tmp}/dir.json: is a folder; give a file path`);
  });

  it("--report under a file", async () => {
    const { code, stderr } = await runCli([
      "extract",
      page,
      "--out",
      `${tmp}/ok.yaml`,
      "--report",
      `${tmp}/a-file/report.json`,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/a-file\/report\.json: cannot go under .*a-file: it is a file, not a folder$/);
  });

  // Node's recursive mkdir loops forever on /proc (mkdir answers ENOENT there): this used to hang.
  it.runIf(process.platform === "linux" && existsSync("/proc/self"))(
    "--out in /proc ends at once with exit 1",
    async () => {
      const generate = await runCli(["generate", spec, "--out", "/proc/docs2client-nope"]);
      expect(generate).toMatchObject({
        code: 1,
        stderr: "/proc/docs2client-nope: cannot make this folder: no such file or directory",
      });
      const extract = await runCli(["extract", page, "--out", "/proc/docs2client-nope/spec.json"]);
      expect(extract.code).toBe(1);
      expect(extract.stderr).toMatch(/^\/proc\/docs2client-nope\/spec\.json: cannot make this folder/);
    },
  );
});

describe("bad specs are reported at their line", () => {
  const broken = [
    "openapi: 3.1.0",
    "info:",
    "  title: T",
    '  version: "1"',
    "paths:",
    "  /a:",
    "    get:",
    "      operationId: getA",
    "      responses:",
    '        "200":',
    "          description: ok",
    "          content:",
    "            application/json:",
    "              schema:",
    '                $ref: "#/components/schemas/Nope"',
    "",
  ].join("\n");

  it("a dangling $ref in YAML: the line of the $ref", async () => {
    writeFileSync(`${tmp}/dangling.yaml`, broken);
    const { code, stderr } = await runCli(["generate", `${tmp}/dangling.yaml`, "--out", `${tmp}/never`]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${tmp}/dangling.yaml:15: #/paths/~1a/get/responses/200/content/application~1json/schema: $ref "#/components/schemas/Nope" is not defined in this document`,
    );
  });

  it("a dangling $ref in JSON: the line of the $ref", async () => {
    const json = JSON.stringify(
      {
        openapi: "3.1.0",
        info: { title: "T", version: "1" },
        paths: {
          "/a": {
            get: {
              responses: {
                "200": {
                  description: "ok",
                  content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } },
                },
              },
            },
          },
        },
      },
      null,
      2,
    );
    writeFileSync(`${tmp}/dangling.json`, json);
    const line = json.split("\n").findIndex((l) => l.includes('"$ref"')) + 1;
    const { code, stderr } = await runCli(["generate", `${tmp}/dangling.json`, "--out", `${tmp}/never`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^${tmp}/dangling\\.json:${line}: #/paths/~1a/get/responses/200/content/application~1json/schema: \\$ref`,
      ),
    );
  });

  it("a JSON syntax error: its line", async () => {
    writeFileSync(`${tmp}/syntax.json`, '{\n  "openapi": "3.1.0",\n  "info": {,\n}');
    const { code, stderr } = await runCli(["generate", `${tmp}/syntax.json`, "--out", `${tmp}/never`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${tmp}/syntax\\.json:3: not a JSON or YAML OpenAPI document`));
  });
});

describe("--version", () => {
  it("prints the package version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-V", "version"]) {
      const { code, stdout } = await runCli([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`docs2client ${version}`);
    }
  });
});

describe("the real command's exit codes", () => {
  const run = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ["bin/docs2client.js", ...args], {
        timeout: 60_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  // Commands that load little (diff does not load the generator), so these spawns stay quick.
  it("0 for --version, 2 for a bad flag, 1 for a file that cannot be read", async () => {
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^docs2client \d/) });
    const usage = await run(["diff", spec, spec, "--markdown", "--json"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^docs2client diff: give --markdown or --json, not both/);
    const missing = await run(["diff", `${tmp}/no-such.json`, spec]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`${tmp}/no-such.json:0: cannot read spec: no such file or directory\n`);
  });
});
