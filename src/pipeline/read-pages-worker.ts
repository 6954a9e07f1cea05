/**
 * One worker of the parallel page read (see read-pages.ts): reads the pages it is sent with the
 * same `readPageFile` as the sequential read and posts each `DocPage` back (structured clone).
 * Bad input comes back as its diagnostics, so the main thread can rebuild the same DocsInputError;
 * anything else comes back as a failure, and the main thread reads that page itself.
 */
import { parentPort } from "node:worker_threads";
import { DocsInputError } from "../model/errors.js";
import type { Diagnostic, DocPage } from "../model/types.js";
import { readPageFile } from "../scrape/index.js";

/** Main thread → worker: read `file` (resolved against `root`), the `index`-th of the job. */
export interface ReadRequest {
  index: number;
  file: string;
  root: string;
}

/**
 * Worker → main thread: loaded and waiting for pages (so that no page waits for a worker's start-up);
 * then per page, the page, its bad-input diagnostics, or why reading it failed otherwise.
 */
export type ReadReply =
  | { type: "ready" }
  | { type: "page"; index: number; page: DocPage }
  | { type: "bad-input"; index: number; diagnostics: Diagnostic[] }
  | { type: "failed"; index: number; reason: string };

async function answer(request: ReadRequest): Promise<ReadReply> {
  try {
    return { type: "page", index: request.index, page: await readPageFile(request.file, request.root) };
  } catch (error) {
    if (error instanceof DocsInputError)
      return { type: "bad-input", index: request.index, diagnostics: error.diagnostics };
    return {
      type: "failed",
      index: request.index,
      reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

function send(reply: ReadReply): void {
  try {
    parentPort!.postMessage(reply);
  } catch (error) {
    // A page that cannot be cloned (a reader bug): the main thread reads that one itself.
    if (reply.type === "failed" || reply.type === "ready") throw error;
    send({ type: "failed", index: reply.index, reason: `cannot send the page back: ${String(error)}` });
  }
}

parentPort?.on("message", (request: ReadRequest) => {
  void answer(request).then(send);
});
send({ type: "ready" });
