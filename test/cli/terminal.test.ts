/** Progress lines go to stderr only when it is a terminal; piped output and CI logs stay quiet. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTerminal } from "../../src/cli/terminal.js";

function stream(isTTY: boolean): PassThrough & { isTTY: boolean; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; text: () => string };
  const chunks: string[] = [];
  s.on("data", (c: Buffer) => chunks.push(c.toString()));
  s.isTTY = isTTY;
  s.text = () => chunks.join("");
  return s;
}

describe("createTerminal", () => {
  it("shows progress on a terminal's stderr", () => {
    const out = stream(true);
    const err = stream(true);
    createTerminal(out, err).progress("building toggl-track-v9 (1/4)");
    expect(err.text()).toContain("building toggl-track-v9 (1/4)");
    expect(out.text()).toBe("");
  });

  it("prints no progress when stderr is a pipe or a file, but still the summary", () => {
    const out = stream(false);
    const err = stream(false);
    const term = createTerminal(out, err);
    term.progress("building toggl-track-v9 (1/4)");
    term.err("toggl-track-v9: 105 operations");
    expect(err.text()).toBe("toggl-track-v9: 105 operations\n");
    expect(out.text()).toBe("");
  });

  it("prints no colour codes when stderr is not a terminal", () => {
    const term = createTerminal(stream(false), stream(false));
    expect(term.red("x")).toBe("x");
  });
});
