import { StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import { describe, expect, it } from "vitest";
import {
  exportDeclaration,
  importDeclaration,
  printStatements,
  typeOnly,
  withBlankLineBefore,
} from "../../src/generate/print.js";

describe("printStatements", () => {
  it("prints structures with two-space indentation and double quotes", () => {
    const text = printStatements("a.ts", [
      importDeclaration(["a"], "./m.js"),
      {
        kind: StructureKind.Function,
        isExported: true,
        name: "f",
        parameters: [{ name: "x", type: "string", hasQuestionToken: true }],
        returnType: "string",
        statements: ['return x ?? "";'],
      },
    ]);
    expect(text).toBe('import { a } from "./m.js";\n\nexport function f(x?: string): string {\n  return x ?? "";\n}\n');
  });

  it("separates statements by a blank line where asked", () => {
    const alias: TypeAliasDeclarationStructure = {
      kind: StructureKind.TypeAlias,
      name: "A",
      type: "string",
    };
    expect(printStatements("b.ts", [alias, alias])).toBe("type A = string;\ntype A = string;\n");
    expect(printStatements("b.ts", [alias, withBlankLineBefore(alias)])).toBe("type A = string;\n\ntype A = string;\n");
  });

  it("gives the same text for the same statements, call after call", () => {
    const statements = [importDeclaration(["a"], "./m.js")];
    expect(printStatements("c.ts", statements)).toBe(printStatements("c.ts", statements));
  });
});

describe("import and export declarations", () => {
  it("keep names on one line while the statement fits in 100 columns", () => {
    expect(printStatements("d.ts", [importDeclaration(["a", "b"], "./m.js", true)])).toBe(
      'import type { a, b } from "./m.js";\n',
    );
    expect(printStatements("d.ts", [exportDeclaration(["A", typeOnly("B")], "./m.js")])).toBe(
      'export { A, type B } from "./m.js";\n',
    );
  });

  it("put one name per line past 100 columns", () => {
    const names = Array.from({ length: 10 }, (_, i) => `someLongName${i}`);
    expect(printStatements("e.ts", [importDeclaration(names, "./m.js")])).toBe(
      `import {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "./m.js";\n`,
    );
    expect(printStatements("e.ts", [exportDeclaration([...names, typeOnly("T")], "./m.js")])).toBe(
      `export {\n${names.map((n) => `  ${n},`).join("\n")}\n  type T,\n} from "./m.js";\n`,
    );
  });
});
