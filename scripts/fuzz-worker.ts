/**
 * A fuzz worker process (see scripts/fuzz.ts): runs the cases it is sent, one at a time, and
 * answers each with its outcome. The parent times every case and kills this process when one runs
 * past the limit, so a hang is recorded rather than waited out.
 */
import { captures } from "../test/fuzz/corpus.js";
import type { FuzzCase } from "../test/fuzz/mutations.js";
import { runCase } from "../test/fuzz/run-case.js";

export interface WorkerRequest {
  id: number;
  fuzzCase: FuzzCase;
}

const corpus = captures();

process.on("message", (request: WorkerRequest) => {
  const started = performance.now();
  const result = runCase(request.fuzzCase, corpus);
  process.send!({ id: request.id, ...result, ms: Math.round(performance.now() - started) });
});
process.send!({ ready: true });
