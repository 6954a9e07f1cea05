/**
 * Prints generated modules with ts-morph: each emitter builds the statement structures of its file
 * and they are printed with ONE `createSourceFile` call. Adding nodes one by one through ts-morph
 * re-parses the file each time, which is quadratic (1,000 functions took 61 s that way, 0.1 s in
 * one call). Bodies, types, initializers and JSDoc go in as text inside the structures, which keeps
 * the printer's work small (it scans every character it writes).
 *
 * The layout is ts-morph's printer's (one signature per line, continuation lines of a type indented
 * one level); prettier reformats it while the output is under its budget (`format.ts`).
 */
import {
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  type StatementStructures,
  type Structure,
  StructureKind,
  type WriterFunction,
} from "ts-morph";

export type Statement = StatementStructures | string | WriterFunction;

const blankLineBefore: WriterFunction = (writer) => {
  writer.blankLineIfLastNot();
};

/** The structure, separated from what precedes it by a blank line (the printer adds one only after a `}`). */
export function withBlankLineBefore<T extends Structure>(structure: T): T {
  return { ...structure, leadingTrivia: blankLineBefore };
}

let project: Project | undefined;

function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  return project;
}

/** The text of a module made of `statements`, printed in one call. */
export function printStatements(fileName: string, statements: readonly Statement[]): string {
  const files = sharedProject();
  const file = files.createSourceFile(`/generated/${fileName}`, { statements: [...statements] }, { overwrite: true });
  const text = file.getFullText();
  files.removeSourceFile(file);
  return text;
}

/** An imported or exported name; `type X` when only its type is used. */
export interface NamedSpecifier {
  name: string;
  isTypeOnly?: boolean;
}

export function typeOnly(name: string): NamedSpecifier {
  return { name, isTypeOnly: true };
}

export const MAX_LINE = 100;

function specifierText(specifier: string | NamedSpecifier): string {
  if (typeof specifier === "string") return specifier;
  return specifier.isTypeOnly ? `type ${specifier.name}` : specifier.name;
}

/** The names on one line while the statement fits in 100 columns, else one per line. */
function specifierList(
  keyword: string,
  specifiers: readonly (string | NamedSpecifier)[],
  moduleSpecifier: string,
): (string | NamedSpecifier)[] | WriterFunction {
  const names = specifiers.map(specifierText);
  const flat = `${keyword} { ${names.join(", ")} } from ${JSON.stringify(moduleSpecifier)};`;
  if (flat.length <= MAX_LINE) return [...specifiers];
  return (writer) => {
    // The printer indents the lines of this list one level.
    for (const name of names) writer.newLine().write(`${name},`);
    writer.newLine();
  };
}

export function importDeclaration(
  specifiers: readonly (string | NamedSpecifier)[],
  moduleSpecifier: string,
  isTypeOnly = false,
): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    isTypeOnly,
    namedImports: specifierList(isTypeOnly ? "import type" : "import", specifiers, moduleSpecifier),
    moduleSpecifier,
  };
}

export function exportDeclaration(
  specifiers: readonly (string | NamedSpecifier)[],
  moduleSpecifier: string,
  isTypeOnly = false,
): StatementStructures {
  return {
    kind: StructureKind.ExportDeclaration,
    isTypeOnly,
    namedExports: specifierList(isTypeOnly ? "export type" : "export", specifiers, moduleSpecifier),
    moduleSpecifier,
  };
}
