/**
 * Small helpers every benchmark shares: timing, medians, formatting, and loading a pipeline piece
 * that another helper may not have written yet (a missing piece fails one benchmark with a message,
 * never the whole run).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";

/** What `bench/run.ts` hands every benchmark. */
export interface BenchContext {
  /** Tiny version of each benchmark: checks the script works, numbers mean little. */
  smoke: boolean;
  /** Timed repetitions per measurement (median reported). */
  runs: number;
  root: string;
  log: (message: string) => void;
}

/** One benchmark's outcome, rendered as a section of BENCHMARKS.md. */
export interface BenchResult {
  name: string;
  title: string;
  target: string;
  /** true / false when the target was measured; undefined when it could not be. */
  holds?: boolean;
  /** Markdown tables and short paragraphs, in order. */
  body: string[];
  /** Set when the benchmark could not run (a missing piece); the body then explains. */
  error?: string;
  reproduce: string;
}

/** A benchmark could not run because a piece of the pipeline is missing or broken. */
export class MissingPiece extends Error {
  override name = "MissingPiece";
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds of one call. */
export async function timeOnce<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Median of `runs` timed calls after `warmup` untimed ones. */
export async function timeMedian(
  fn: () => Promise<unknown> | unknown,
  runs: number,
  warmup = 1,
): Promise<{ median: number; all: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push((await timeOnce(fn)).ms);
  return { median: median(all), all };
}

export function fmtMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 0.1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(2)} µs`;
}

export function fmtRatio(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

export function fmtBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} kB`;
  return `${bytes} B`;
}

export function verdict(holds: boolean | undefined): string {
  return holds === undefined ? "not measured" : holds ? "**holds**" : "**misses**";
}

/** A markdown table; cells are already formatted text. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const gib = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${cpu}, ${os.cpus().length} cores, ${gib} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/**
 * Imports a module of the project, turning "it does not exist yet" or "it does not export this"
 * into a `MissingPiece` that names the file and the export.
 */
export async function load<T>(root: string, relative: string, exportName: string): Promise<T> {
  const url = new URL(relative, `file://${root.endsWith("/") ? root : `${root}/`}`).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new MissingPiece(`cannot import ${relative}: ${firstLine(error)}`);
  }
  const value = exportName === "default" ? mod.default : mod[exportName];
  if (value === undefined) throw new MissingPiece(`${relative} does not export ${exportName} (yet)`);
  return value as T;
}

export function firstLine(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return text.split("\n")[0]!.slice(0, 300);
}
