/**
 * Reading many pages: sequentially for a small job, with worker threads for a big one (parsing the
 * HTML is most of the time of a big extract, and it is per page). Both give the same pages in the
 * same order and the same DocsInputError; a pool that fails in any other way leaves the pages it
 * did not read to the sequential read, so a broken worker costs time, never a page.
 */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { DocsInputError } from "../model/errors.js";
import type { Diagnostic, DocPage } from "../model/types.js";
import { readPageFile } from "../scrape/index.js";
import type { ReadReply, ReadRequest } from "./read-pages-worker.js";
import { appendAll } from "../scrape/common/append.js";

export interface ReadPagesOptions {
  /** true: read in workers and this thread; false: in this thread alone; unset: workers when the job repays their start-up. */
  parallel?: boolean;
  /**
   * How many worker threads; this thread reads pages too, so by default one fewer than the cores
   * (at most 3). Measured on 2 cores: this thread + 1 worker reads the 1,000-operation corpus in
   * 3.7 s, 2 workers in 4.9 s (this thread idle), this thread alone in 5.5 s.
   */
  workers?: number;
  /** Starts one worker of the pool (tests give one that fails, to see the sequential read take over). */
  startWorker?: () => Worker;
}

/**
 * A worker reads its first page ~0.5 s after it was started (~1 s when it compiles TypeScript
 * through tsx) and parsing costs ~0.1 s per MiB of HTML, so below a few MiB it would not help.
 */
const PARALLEL_MIN_BYTES = 8 * 1024 ** 2;
const MAX_READERS = 4;

/** One page's outcome: the page, or the problems that make it bad input. */
export type PageOutcome = { page: DocPage } | { diagnostics: Diagnostic[] };

/**
 * Reads every page, collecting the problems of all of them before giving up, so that one run shows
 * every bad file at once rather than the first.
 */
export async function readPages(
  files: readonly string[],
  root = ".",
  options: ReadPagesOptions = {},
): Promise<DocPage[]> {
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), MAX_READERS) - 1, files.length - 1);
  const parallel = workers > 0 && (options.parallel ?? (await totalBytes(files, root)) >= PARALLEL_MIN_BYTES);
  const outcomes = parallel
    ? await readPagesInWorkers(files, root, { workers, alsoHere: true, start: options.startWorker })
    : [];
  const pages: DocPage[] = [];
  const problems: Diagnostic[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = outcomes[index] ?? (await readHere(file, root));
    if ("page" in outcome) pages.push(outcome.page);
    else appendAll(problems, outcome.diagnostics);
  }
  if (problems.length > 0) throw new DocsInputError(problems);
  return pages;
}

async function readHere(file: string, root: string): Promise<PageOutcome> {
  try {
    return { page: await readPageFile(file, root) };
  } catch (error) {
    if (!(error instanceof DocsInputError)) throw error;
    return { diagnostics: error.diagnostics };
  }
}

async function totalBytes(files: readonly string[], root: string): Promise<number> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(path.resolve(root, file)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

export interface PoolOptions {
  /** How many worker threads to start. */
  workers: number;
  /** This thread takes pages from the same queue (it has nothing else to do, and needs no start-up). */
  alsoHere?: boolean;
  start?: () => Worker;
}

/**
 * The outcomes the pool could produce, by index. A worker gets pages once it is ready, then has up
 * to two in hand (so it never waits for this thread between pages), and takes the next as it
 * finishes one, so a slow page holds up no fixed share. A page that failed otherwise than as bad input, and
 * every page not read when a worker failed, is left unset for the sequential read. Never rejects.
 */
export function readPagesInWorkers(
  files: readonly string[],
  root: string,
  { workers, alsoHere = false, start = startWorker }: PoolOptions,
): Promise<(PageOutcome | undefined)[]> {
  const outcomes: (PageOutcome | undefined)[] = Array.from({ length: files.length }, () => undefined);
  return new Promise((resolve) => {
    const pool: Worker[] = [];
    let next = 0;
    let pending = files.length;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      resolve([...outcomes]); // a copy: a page this thread is still reading is read again by the caller
    };
    if (files.length === 0 || (workers < 1 && !alsoHere)) return finish();
    const feed = (worker: Worker) => {
      if (next >= files.length) return;
      worker.postMessage({ index: next, file: files[next]!, root } satisfies ReadRequest);
      next++;
    };
    for (let i = 0; i < workers; i++) {
      let worker: Worker;
      try {
        worker = start();
      } catch {
        finish();
        return;
      }
      pool.push(worker);
      worker.on("message", (reply: ReadReply) => {
        if (reply.type === "ready") {
          feed(worker);
          feed(worker);
          return;
        }
        if (reply.type === "page") outcomes[reply.index] = { page: reply.page };
        else if (reply.type === "bad-input") outcomes[reply.index] = { diagnostics: reply.diagnostics };
        if (--pending === 0) finish();
        else feed(worker);
      });
      // Any failure of a worker (it did not load, it crashed, a reply did not arrive intact) or an
      // exit before the end hands the rest to the sequential read.
      worker.on("error", finish);
      worker.on("messageerror", finish);
      worker.on("exit", finish);
    }
    if (alsoHere) void readHereUntilDone();

    async function readHereUntilDone(): Promise<void> {
      while (!settled && next < files.length) {
        const index = next++;
        try {
          outcomes[index] = await readHere(files[index]!, root);
        } catch {
          // Not bad input: the sequential read meets the same error again and throws it.
          finish();
          return;
        }
        if (--pending === 0) finish();
      }
    }
  });
}

/**
 * A worker running read-pages-worker. From compiled JavaScript (dist/) it is the .js file next to
 * this one. From the TypeScript sources (the repo's CLI, tests, benchmarks) the worker registers
 * tsx itself before importing the .ts file: a worker does not inherit the main thread's loader
 * (neither tsx's `register()` nor `--import tsx` reaches a worker's entry module in Node 20).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./read-pages-worker.js", here));
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const entry = JSON.stringify(new URL("./read-pages-worker.ts", here).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
}
