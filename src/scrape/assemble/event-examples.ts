import type { Diagnostic, DocEventExample } from "../../model/types.js";
import type { Block } from "./blocks.js";

/**
 * Getting-started guides show what a webhook delivers as a JSON code block right after a sentence
 * (a paragraph, or the last item of a list) that ends by naming the event: "That we received this
 * PING event:". Only that shape counts, so a JSON request example or a code block after any other
 * sentence is not taken for an event.
 */
const NAMES_AN_EVENT = /\b([A-Za-z][\w-]*) event:$/;

/** The sentence just before block `index`, if that block is a paragraph or a list. */
function leadIn(blocks: readonly Block[], index: number): string | undefined {
  const before = blocks[index - 1];
  if (before?.kind === "paragraph") return before.text;
  if (before?.kind === "list") return before.items.at(-1);
  return undefined;
}

export function readEventExamples(
  blocks: readonly Block[],
  file: string,
  diagnostics: Diagnostic[],
): DocEventExample[] {
  const examples: DocEventExample[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "code") return;
    const description = leadIn(blocks, index)?.trim();
    const name = description === undefined ? undefined : NAMES_AN_EVENT.exec(description)?.[1];
    if (!description || !name) return;
    const source = { file, line: block.line };
    try {
      examples.push({ name, description, example: JSON.parse(block.text), source });
    } catch {
      diagnostics.push({
        severity: "warning",
        code: "event-example-not-json",
        message: `the ${name} event example is not JSON; no payload schema is read from it`,
        source,
      });
    }
  });
  return examples;
}
