/**
 * The README's Webhooks example, type-checked as written (only its import is pointed at this repo's
 * generated client) under strict + exactOptionalPropertyTypes, and the event type it uses shown to
 * be the documented payload rather than something loose that accepts anything.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CLIENT_IMPORT = "@docs2client/toggl";
const clientPath = path.join(repoRoot, "generated/toggl/src/index.js");

/** The first ```ts block after the "## Webhooks" heading. */
async function readmeWebhooksExample(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Webhooks\n"));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error("README.md: no ```ts block in the Webhooks section");
  return match[1]!;
}

/**
 * Diagnostics in `file` itself. The generated client imports the runtime as TypeScript source, whose
 * own strictness is the runtime's tests' business (a packed client ships it as declarations).
 */
function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: ["node"],
    skipLibCheck: true,
  });
  const own = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || path.resolve(d.file.fileName) === path.resolve(file));
  return own.map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function writeConsumer(source: string): Promise<string> {
  dir = await mkdtemp(path.join(repoRoot, ".tmp", "webhooks-readme-"));
  const file = path.join(dir, "consumer.ts");
  await writeFile(file, source);
  return file;
}

describe("README: Webhooks", () => {
  it("the example compiles under strict with exactOptionalPropertyTypes", async () => {
    const example = await readmeWebhooksExample();
    expect(example).toContain(`from "${CLIENT_IMPORT}"`);
    const file = await writeConsumer(example.replace(CLIENT_IMPORT, clientPath));
    expect(typeCheck(file)).toEqual([]);
  });

  it("the event type it uses is the documented PING payload", async () => {
    const file = await writeConsumer(
      [
        `import type { WebhooksEvents as webhooks, WebhooksComponents as components } from ${JSON.stringify(clientPath)};`,
        `type PingEvent = webhooks["ping"]["post"]["requestBody"]["content"]["application/json"];`,
        `const same: components["schemas"]["WebhookPingEvent"] = {} as PingEvent;`,
        `const event: PingEvent = { event_id: 0, payload: "ping", metadata: { request_type: "POST", event_user_id: 6 }, url_callback: "https://callback-url.com" };`,
        `// @ts-expect-error: the page shows event_id as a number`,
        `const wrong: PingEvent = { event_id: "0" };`,
        `// @ts-expect-error: no such field on the documented event`,
        `event.workspace_name;`,
        `export { same, wrong };`,
      ].join("\n"),
    );
    expect(typeCheck(file)).toEqual([]);
  });
});
