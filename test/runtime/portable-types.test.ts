/**
 * The runtime ships to consumers that may have no Node types at all (a browser or edge app with
 * only the DOM lib): it must type-check there, so nothing in it may lean on @types/node.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Type errors in the runtime's sources under `extra` compiler options (DOM lib only, no Node types). */
function diagnosticsWith(extra: ts.CompilerOptions): string[] {
  const program = ts.createProgram(["src/runtime/index.ts"], {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...extra,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("the runtime's types", () => {
  it("check in a consumer's strictest settings (exactOptionalPropertyTypes, noUncheckedIndexedAccess)", () => {
    // The SDK package carries the runtime, so it is compiled with whatever settings its users have.
    expect(diagnosticsWith({ exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true })).toEqual([]);
  });

  it("check with the DOM lib only, without @types/node", () => {
    const program = ts.createProgram(["src/runtime/index.ts"], {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
