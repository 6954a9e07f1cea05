/**
 * Lines in a spec file for the problems the generator finds. The generator works on the parsed
 * document, so it names a place by JSON pointer ("#/paths/~1a/get: $ref … is not defined") at
 * line 1; the CLI still has the text, and turns each pointer into the line a user would open.
 */
import YAML, { isMap, isScalar, isSeq, LineCounter, type Node } from "yaml";
import type { Diagnostic } from "../model/types.js";
import { pointerTokens } from "../openapi/pointer.js";

/**
 * The 1-based line of the node a pointer names, in YAML or JSON text (JSON is YAML's flow syntax,
 * so one parser reads both). When the node is an object holding a `$ref`, the `$ref` line: that is
 * the line to fix. Undefined when the pointer leads nowhere in the text.
 */
function lineOfPointer(text: string, pointer: string): number | undefined {
  const lineCounter = new LineCounter();
  const document = YAML.parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  let node: Node | null | undefined = document.contents as Node | null;
  let keyOffset: number | undefined;
  const tokens = pointerTokens(pointer);
  if (tokens === undefined) return undefined;
  for (const token of tokens) {
    if (isMap(node)) {
      const next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === token);
      if (!next) return undefined;
      keyOffset = isScalar(next.key) ? next.key.range?.[0] : undefined;
      node = next.value as Node | null;
    } else if (isSeq(node)) {
      const index = Number(token);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      if (item === undefined) return undefined;
      node = item as Node;
      keyOffset = (item as Node).range?.[0];
    } else {
      return undefined;
    }
  }
  if (isMap(node)) {
    const ref = node.items.find((pair) => isScalar(pair.key) && pair.key.value === "$ref");
    if (ref && isScalar(ref.key) && ref.key.range) return lineCounter.linePos(ref.key.range[0]).line;
  }
  const offset = keyOffset ?? node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** A generator message names its place as a leading JSON pointer: "#/paths/~1a/get: …". */
const LEADING_POINTER = /^(#\S*?): /;

/**
 * The diagnostics of `file` with their line taken from the pointer their message starts with.
 * Diagnostics of other files, or whose pointer is not in the text, are returned unchanged.
 */
export function placeDiagnostics(diagnostics: readonly Diagnostic[], file: string, text: string): Diagnostic[] {
  return diagnostics.map((d) => {
    const pointer = d.source.file === file && d.source.line <= 1 ? LEADING_POINTER.exec(d.message)?.[1] : undefined;
    const line = pointer === undefined ? undefined : lineOfPointer(text, pointer);
    return line === undefined ? d : { ...d, source: { ...d.source, line } };
  });
}
