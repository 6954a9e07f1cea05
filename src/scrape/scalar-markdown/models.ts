/**
 * The Schemas section of a Scalar Markdown page: one heading per model (anchored
 * `scalar-schema-<name>`), a "Type: …" line, the description, and the model's fields as a bullet
 * tree (after "All of:" / "One of:" / "Array of:" when the model is composed or an array). Fields
 * elsewhere on the page name these models ("array of Field"), and `field-lists.ts` expands them.
 */
import type { Block } from "../assemble/blocks.js";
import type { ListModel } from "../assemble/field-lists.js";
import { annotationSentences, isTypeLine, modelReference, readTypeLine } from "./items.js";

export const MODEL_ANCHOR = "scalar-schema-";

/** Models by anchor id and by heading text. */
export function collectModels(blocks: readonly Block[], file: string): Map<string, ListModel> {
  const models = new Map<string, ListModel>();
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.kind !== "heading" || !heading.id?.startsWith(MODEL_ANCHOR)) continue;
    const model: ListModel = { type: "object", description: "", source: { file, line: heading.line } };
    const description: string[] = [];
    let typeSeen = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const block = blocks[j]!;
      if (block.kind === "heading" && block.level <= heading.level) break;
      if (block.kind === "list" && !model.items) {
        model.items = block.tree ?? [];
        continue;
      }
      if (block.kind !== "paragraph") continue;
      const type = /^Type: (.*)$/.exec(block.text);
      if (type && !typeSeen) {
        typeSeen = true;
        const line = readTypeLine(type[1]!);
        model.type = line.type;
        if (line.annotations) description.push(annotationSentences(line.annotations));
        if (/^array\b/.test(line.type)) model.array = true;
        const reference = modelReference(line.type);
        if (reference?.array) {
          model.array = true;
          model.itemsReference = reference.name;
          if (block.links) model.links = block.links;
        }
        continue;
      }
      if (/^(?:Array of|All of|Any of|One of|Example|Generated example)(?::|\b)/.test(block.text)) {
        if (block.text.startsWith("Array of:")) {
          model.array = true;
          // "Array of:" then a type line: an array of plain values ("string, possible values: …").
          const next = blocks[j + 1];
          if (next?.kind === "paragraph" && isTypeLine(next.text) && !modelReference(readTypeLine(next.text).type)) {
            const items = readTypeLine(next.text);
            model.type = `array of ${items.type.includes(",") ? `(${items.type})` : items.type}`;
            if (items.annotations) description.push(annotationSentences(items.annotations));
            j++;
          }
        }
        continue;
      }
      if (!model.items) description.push(block.text);
    }
    model.description = description.join("\n");
    // By anchor (what links point at) and by the heading's text (a model's title, or its name).
    models.set(heading.id, model);
    if (!models.has(heading.text)) models.set(heading.text, model);
  }
  return models;
}
