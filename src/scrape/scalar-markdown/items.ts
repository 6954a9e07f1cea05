/**
 * How Scalar's Markdown writes one field or parameter as a list item (the lexer has already turned
 * its inline Markdown into text, one paragraph a line):
 *
 *     name (required): string, format: uuid, possible values: "a", "b", default: "a", readOnly
 *     The field's description.
 *     Items:
 *     string, possible values: "x", "y"
 *
 * The first line is the name, the flags in brackets, and after ": " the type and its annotations
 * (`key: value` pairs and bare flags, comma-separated). The type stays the page's text with its
 * format ("string, format: uuid"), which the type-cell parser reads; the other annotations go to
 * the description, where the normaliser's prose rules read them ("possible values: …").
 */
import type { ListItem } from "../assemble/blocks.js";
import type { FieldItem, FieldItemGrammar } from "../assemble/field-lists.js";

/** Annotation keys Scalar prints after a type, with a value. */
const VALUE_KEYS = [
  "schema",
  "type",
  "format",
  "possible values",
  "const",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minProperties",
  "maxProperties",
  "minItems",
  "maxItems",
  "uniqueItems",
  "style",
  "explode",
  "allowEmptyValue",
  "allowReserved",
  "discriminated by",
] as const;
/** Annotations Scalar prints as a bare word. */
const FLAG_KEYS = ["readOnly", "writeOnly", "deprecated", "no additional properties"] as const;

const KEY_AT = new RegExp(`, (?=(?:${VALUE_KEYS.join("|")}): |(?:${FLAG_KEYS.join("|")})(?:,|$))`);

/** Lines that introduce structure, not description: the nested list (or line) after them says more. */
const STRUCTURE_LINE =
  /^(?:Items|Array of|All of|Any of|One of|Not|Additional properties|Discriminator|Required fields):/;

/** "array of [Model]" / "Model": a model named by a type (a word that is no type word Scalar prints). */
const TYPE_WORDS = new Set(["string", "integer", "number", "boolean", "object", "array", "null", "any"]);

export interface TypeLine {
  /** The type text with its format annotation, when it has one ("string, format: uuid"). */
  type: string;
  /** The other annotations, as the page writes them ("possible values: \"a\", \"b\", default: \"a\""). */
  annotations: string;
}

/** Splits "string, format: uuid, possible values: …, readOnly" into the type and the rest. */
export function readTypeLine(text: string): TypeLine {
  const parts = splitAnnotations(text);
  const type = parts[0] ?? "";
  const format = parts.find((p) => p.startsWith("format: "));
  const others = parts.slice(1).filter((p) => p !== format);
  return { type: format ? `${type}, ${format}` : type, annotations: others.join(", ") };
}

function splitAnnotations(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let match = KEY_AT.exec(rest); match; match = KEY_AT.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + 2);
  }
  parts.push(rest);
  return parts.map((p) => p.trim());
}

/** The model a type names, if any: "array of Field" → Field (array), "Vault" → Vault. */
export function modelReference(type: string): { name: string; array: boolean } | undefined {
  // "X | null" (a nullable reference): the model is X either way.
  const bare = type
    .replace(/, format: .*$/, "")
    .replace(/\s*\|\s*null$/, "")
    .trim();
  const array = /^array of /i.exec(bare);
  const name = array ? bare.slice(array[0].length).replace(/^\((.*)\)$/, "$1") : bare;
  if (!/^[A-Za-z_][\w.-]*$/.test(name) || TYPE_WORDS.has(name.toLowerCase())) return undefined;
  return { name, array: array !== null };
}

/** The bold lead of a field item: its name and, in brackets, flags ("ClusterNames (required)"). */
const LEAD = /^(?<name>\S(?:.*?\S)??)(?: \((?<flags>(?:required|deprecated)(?:, (?:required|deprecated))*)\))?$/;

/**
 * A field item: the name (and flags) in bold, then after ": " the type and annotations, then the
 * description; a field without a type on its line takes it from its branches (`field-lists.ts`).
 */
export function readFieldItem(item: ListItem): FieldItem | undefined {
  const match = item.lead !== undefined ? LEAD.exec(item.lead) : null;
  if (!match?.groups) return undefined;
  const { name, flags } = match.groups as { name: string; flags?: string };
  // A label ("URL:") is bold too, with its colon inside.
  if (name.endsWith(":")) return undefined;
  const [head = "", ...more] = item.text.split("\n");
  const afterLead = head.startsWith(item.lead!) ? head.slice(item.lead!.length) : "";
  const rest = /^: (.*)$/.exec(afterLead)?.[1];
  // A bold word in a description's own list ("**STANDARD** – Indicates…") is no field: a field's
  // line is its name alone (its type then comes from the branches below it) or name: type.
  if (rest === undefined && (afterLead.trim() !== "" || !item.children?.length)) return undefined;
  let { type, annotations } = rest === undefined ? { type: "", annotations: "" } : readTypeLine(rest);
  const description: string[] = [];
  for (let i = 0; i < more.length; i++) {
    const line = more[i]!;
    // "Items:" (a property) or "Array of:" (a parameter) followed by a type line: the array's item
    // type (the enum it lists is the items').
    if (
      (line === "Items:" || line === "Array of:") &&
      more[i + 1] !== undefined &&
      isTypeLine(more[i + 1]!) &&
      /^array\b/.test(type)
    ) {
      const items = readTypeLine(more[i + 1]!);
      type = type.replace(/^array\b/, `array of ${items.type.includes(",") ? `(${items.type})` : items.type}`);
      if (items.annotations) annotations = [annotations, items.annotations].filter(Boolean).join(", ");
      i++;
      continue;
    }
    if (STRUCTURE_LINE.test(line)) continue;
    description.push(line);
  }
  const field: FieldItem = {
    name,
    type,
    description: [annotationSentences(annotations), ...description].filter(Boolean).join("\n"),
  };
  // The page marks every required field, so an unmarked one is optional: said, not unknown.
  field.required = flags?.includes("required") ?? false;
  const reference = modelReference(type);
  if (reference) field.reference = reference;
  return field;
}

/**
 * Annotations as sentences, one each ("Possible values: "a", "b". ReadOnly."), so that a flag
 * after the values is not read as one more value.
 */
export function annotationSentences(annotations: string): string {
  if (annotations === "") return "";
  return splitAnnotations(annotations)
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}.`)
    .join(" ");
}

/** A line that states a type ("string, possible values: …", "Vault"), not a sentence of description. */
export function isTypeLine(line: string): boolean {
  if (STRUCTURE_LINE.test(line)) return false;
  const { type } = readTypeLine(line);
  return TYPE_WORDS.has(type.split(/[\s,|]/)[0]!.toLowerCase()) || modelReference(type) !== undefined;
}

/** A branch item that only names a model ("Item" under "All of:"). */
export function readBranchReference(item: ListItem): string | undefined {
  // "http_rule_post, ruleType: http": a discriminated branch names its model before the comma.
  const head = item.text.split("\n")[0]!.split(", ")[0]!;
  return modelReference(readTypeLine(head).type)?.name;
}

/** A branch item's type line and the sentences under it ("`any`" + "The cluster names…"). */
export function readBranch(item: ListItem): { type: string; description: string } | undefined {
  const [head = "", ...more] = item.text.split("\n");
  if (!isTypeLine(head)) return undefined;
  const { type, annotations } = readTypeLine(head);
  const description = [annotationSentences(annotations), ...more.filter((line) => !STRUCTURE_LINE.test(line))]
    .filter(Boolean)
    .join("\n");
  return { type, description };
}

export const scalarFieldGrammar: FieldItemGrammar = {
  field: readFieldItem,
  reference: readBranchReference,
  branch: readBranch,
  typeReference: (type) => modelReference(readTypeLine(type).type),
};
