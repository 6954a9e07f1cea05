/**
 * A vitest reporter that lists every skipped test with the reason it was skipped, in the normal
 * (non-verbose) output. The default reporter only counts skips, so a test that silently stopped
 * running (a missing tool, a failed beforeAll) would look like coverage that is still there.
 *
 * The reason is, in order: the note given to `ctx.skip(note)`; the error of a failed hook or module
 * that made vitest skip the test; else the test's full name (the convention for `it.skipIf(...)`
 * is to say why in the describe or test name); tests skipped without any of these are listed as
 * "no reason given" so that they stand out.
 */
import type { Reporter, TestCase, TestModule } from "vitest/node";

/** One skipped test: where, which, and why. */
export interface SkippedTest {
  file: string;
  name: string;
  reason: string;
}

function firstErrorOf(errors: readonly { message?: string }[] | undefined): string | undefined {
  const message = errors?.find((e) => e.message)?.message;
  return message ? message.split("\n")[0] : undefined;
}

/** The reason a test was skipped, from the most specific source available. */
export function skipReason(test: TestCase, module: TestModule): string {
  const result = test.result();
  const note = result.state === "skipped" ? result.note : undefined;
  if (note) return note;
  // A failed beforeAll (or a module that failed to load) marks the tests under it as skipped.
  let parent: TestCase["parent"] | undefined = test.parent;
  while (parent && parent.type === "suite") {
    const failure = firstErrorOf(parent.errors());
    if (failure) return `its suite's setup failed: ${failure}`;
    parent = parent.parent;
  }
  const moduleFailure = firstErrorOf(module.errors());
  if (moduleFailure) return `its file's setup failed: ${moduleFailure}`;
  if (test.options.mode === "todo") return "todo";
  return "no reason given (use ctx.skip(reason), or say why in the test or describe name)";
}

export function skippedTests(modules: readonly TestModule[]): SkippedTest[] {
  const skipped: SkippedTest[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests("skipped")) {
      skipped.push({ file: module.relativeModuleId, name: test.fullName, reason: skipReason(test, module) });
    }
  }
  return skipped;
}

/** "Skipped: 3 tests" then one line per reason, with the tests it covers. */
export function renderSkipped(skipped: readonly SkippedTest[]): string {
  if (skipped.length === 0) return "";
  const byReason = new Map<string, SkippedTest[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  const lines = [`Skipped: ${skipped.length} test(s), by reason:`];
  for (const [reason, tests] of byReason) {
    lines.push(`  - ${reason} (${tests.length})`);
    for (const t of tests.slice(0, 3)) lines.push(`      ${t.file} › ${t.name}`);
    if (tests.length > 3) lines.push(`      … and ${tests.length - 3} more`);
  }
  return lines.join("\n");
}

export default class SkipReasonsReporter implements Reporter {
  constructor(private readonly write: (text: string) => void = (text) => void process.stdout.write(`${text}\n`)) {}

  onTestRunEnd(modules: readonly TestModule[]): void {
    const text = renderSkipped(skippedTests(modules));
    if (text) this.write(`\n${text}\n`);
  }
}
