/**
 * readPages in a pool of worker threads against the sequential read: the same pages in the same
 * order, the same DocsInputError for bad input, and no page lost when the pool cannot help.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import { readPages } from "../../src/pipeline/extract.js";
import { readPagesInWorkers } from "../../src/pipeline/read-pages.js";

const sources = [
  "spec/sources/toggl-track-v9/text/clients.txt",
  "spec/sources/toggl-track-v9/html/api-clients.html",
  "spec/sources/toggl-track-v9/text/workspaces.txt",
  "spec/sources/clients-v1/update-client.txt",
  "spec/sources/toggl-track-v9/html/api-workspaces.html",
  "spec/sources/toggl-track-v9/text/update-client.txt",
  "spec/sources/toggl-track-v9/html/overview.html",
  "spec/sources/toggl-track-v9/text/update-workspace.txt",
  "spec/sources/toggl-track-v9/html/authentication.html",
];

mkdirSync(".tmp", { recursive: true });
// Its own folder per run (mkdtemp), never shared with another test file or a parallel run.
const scratch = path.relative(process.cwd(), mkdtempSync(path.join(".tmp", "test-read-pages-")));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const notAPage = path.join(scratch, "not-a-page.txt");
writeFileSync(notAPage, "Just some notes.\nNothing here looks like API docs.\n");

/** The DocsInputError `read` rejects with (fails the test if it resolves or rejects otherwise). */
async function inputError(read: Promise<unknown>): Promise<DocsInputError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocsInputError);
  return error as DocsInputError;
}

describe("readPages in worker threads", () => {
  it("gives the sequential read's pages, in input order, for every dialect in the repo", async () => {
    const sequential = await readPages(sources, ".", { parallel: false });
    const parallel = await readPages(sources, ".", { parallel: true, workers: 3 });
    expect(parallel.map((p) => p.file)).toEqual(sources);
    expect(parallel).toEqual(sequential);
  });

  it("keeps the order with more workers than some pages take and reversed input", async () => {
    const reversed = [...sources].reverse();
    const parallel = await readPages(reversed, ".", { parallel: true, workers: 4 });
    expect(parallel.map((p) => p.file)).toEqual(reversed);
  });

  it("reports a bad page among good ones with the sequential read's diagnostics", async () => {
    const files = [sources[0]!, notAPage, sources[1]!, sources[2]!];
    const sequential = await inputError(readPages(files, ".", { parallel: false }));
    const parallel = await inputError(readPages(files, ".", { parallel: true, workers: 2 }));
    expect(parallel.diagnostics).toEqual(sequential.diagnostics);
    expect(parallel.message).toBe(sequential.message);
    expect(parallel.diagnostics).toEqual([
      expect.objectContaining({ code: "unknown-dialect", source: { file: notAPage, line: 1 } }),
    ]);
    // …and it is the worker that found them, not the sequential read taking over.
    const outcomes = await readPagesInWorkers(files, ".", { workers: 2 });
    expect(outcomes[1]).toEqual({ diagnostics: sequential.diagnostics });
    expect(outcomes.filter((o) => o && "page" in o)).toHaveLength(3);
  });

  it("collects the problems of every bad page, missing files named by their path, in input order", async () => {
    const missing = path.join(scratch, "no-such-page.html");
    const files = [missing, sources[0]!, notAPage, sources[1]!];
    const sequential = await inputError(readPages(files, ".", { parallel: false }));
    const parallel = await inputError(readPages(files, ".", { parallel: true, workers: 2 }));
    expect(parallel.diagnostics).toEqual(sequential.diagnostics);
    expect(parallel.diagnostics.map((d) => [d.code, d.source.file])).toEqual([
      ["unreadable-file", missing],
      ["unknown-dialect", notAPage],
    ]);
    expect(parallel.message).toContain(`${missing}:0: cannot read page: file not found`);
  });

  it("resolves files against root but names them as given", async () => {
    const relative = sources.map((file) => path.relative("spec", file));
    const parallel = await readPages(relative, "spec", { parallel: true, workers: 2 });
    expect(parallel).toEqual(await readPages(relative, "spec", { parallel: false }));
    expect(parallel[0]!.file).toBe(relative[0]);
  });

  it("reads a small job in this thread by default, and an empty list gives no pages", async () => {
    expect(await readPages(sources.slice(0, 2))).toEqual(
      await readPages(sources.slice(0, 2), ".", { parallel: false }),
    );
    expect(await readPages([], ".", { parallel: true })).toEqual([]);
  });
});

describe("the worker pool", () => {
  it("reads every page itself, in TypeScript under vitest (nothing is left to the sequential read)", async () => {
    const outcomes = await readPagesInWorkers(sources, ".", { workers: 2 });
    expect(outcomes.map((o) => (o && "page" in o ? o.page.file : "not read"))).toEqual(sources);
  });

  it("shares the queue with this thread: every page read once, whichever thread took it", async () => {
    const outcomes = await readPagesInWorkers(sources, ".", { workers: 1, alsoHere: true });
    expect(outcomes.map((o) => (o && "page" in o ? o.page.file : "not read"))).toEqual(sources);
    const broken = () => new Worker("throw new Error('no worker today')", { eval: true });
    const here = await readPagesInWorkers(sources, ".", { workers: 1, alsoHere: true, start: broken });
    expect(here.length).toBe(sources.length);
  });

  it("returns at once when there is nothing to read or nobody to read it", async () => {
    expect(await readPagesInWorkers([], ".", { workers: 2 })).toEqual([]);
    expect(await readPagesInWorkers(sources.slice(0, 2), ".", { workers: 0 })).toEqual([undefined, undefined]);
  });

  it("leaves every page to the sequential read when its workers cannot start, and loses none", async () => {
    const broken = () => new Worker("throw new Error('no worker today')", { eval: true });
    expect(await readPagesInWorkers(sources, ".", { workers: 2, start: broken })).toEqual(
      new Array(sources.length).fill(undefined),
    );
    const pages = await readPages(sources, ".", { parallel: true, startWorker: broken });
    expect(pages).toEqual(await readPages(sources, ".", { parallel: false }));
  });

  it("keeps what a worker sent before it died and reads the rest in this thread", async () => {
    // Says it is ready, answers its first request with a stand-in page, then exits.
    const dying = () =>
      new Worker(
        `const { parentPort } = require("node:worker_threads");
         parentPort.postMessage({ type: "ready" });
         parentPort.once("message", (r) => { parentPort.postMessage({ type: "page", index: r.index, page: { stand: "in" } }); setTimeout(() => process.exit(0), 20); });`,
        { eval: true },
      );
    const outcomes = await readPagesInWorkers(sources, ".", { workers: 1, start: dying });
    expect(outcomes[0]).toEqual({ page: { stand: "in" } });
    expect(outcomes.slice(1)).toEqual(new Array(sources.length - 1).fill(undefined));
    // With this thread reading too, the stand-in may be any one page; every other page is the real one.
    const pages: unknown[] = await readPages(sources, ".", { parallel: true, workers: 1, startWorker: dying });
    const sequential: unknown[] = await readPages(sources, ".", { parallel: false });
    const standIn = pages.findIndex((p) => typeof p === "object" && p !== null && "stand" in p);
    expect(pages).toHaveLength(sources.length);
    expect(pages.filter((_, i) => i !== standIn)).toEqual(sequential.filter((_, i) => i !== standIn));
  });

  it("leaves a page a worker failed on otherwise than as bad input to the sequential read", async () => {
    const failing = () =>
      new Worker(
        `const { parentPort } = require("node:worker_threads");
         parentPort.postMessage({ type: "ready" });
         parentPort.on("message", (r) => parentPort.postMessage({ type: "failed", index: r.index, reason: "reader bug" }));`,
        { eval: true },
      );
    const outcomes = await readPagesInWorkers(sources.slice(0, 3), ".", { workers: 2, start: failing });
    expect(outcomes).toEqual([undefined, undefined, undefined]);
  });
});
