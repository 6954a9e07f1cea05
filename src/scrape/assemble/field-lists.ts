/**
 * Fields shown as a bullet tree instead of a table (Scalar's Markdown, many hand-written READMEs):
 *
 *     - `id` (required): `string`, format: `uuid`
 *       The item's id.
 *     - `vault`: `object`
 *       - `id`: `string`
 *
 * Each item is one field (name, type, required, description) and the list nested in it holds the
 * field's children. How an item's text reads differs between sites, so the site's roles table
 * passes a grammar (`FieldItemGrammar`); the tree walk, the nesting, references to models shown
 * elsewhere on the page and the depth bound are the same for every site and live here.
 */
import type { Diagnostic, DocField, Severity, SourceLocation } from "../../model/types.js";
import type { InPageLink, ListItem } from "./blocks.js";

/** What one list item says, read by a site's grammar. */
export interface FieldItem {
  name: string;
  /** The documented type text ("string", "array of Field", "string, format: uuid"), verbatim. */
  type: string;
  required?: boolean;
  description: string;
  /**
   * A model the type names ("Field" in "array of Field") whose fields are shown elsewhere on the
   * page; `array` when the field holds a list of them.
   */
  reference?: { name: string; array: boolean };
}

/**
 * A site's reading of list items. `field` reads an item that is a field; an item that is not one
 * (a branch of an "All of:" / "One of:" list, a bare type line) returns undefined and its nested
 * list is read as more fields of the same object. A field whose item states no type (`type: ""`)
 * takes it from its branches (`All of:` a model, or a type line).
 */
export interface FieldItemGrammar {
  field(item: ListItem): FieldItem | undefined;
  /** A branch item that only names a model ("Item" under "All of:"): the model's name. */
  reference?(item: ListItem): string | undefined;
  /** A branch item's type line ("string, format: date-time", "any") and the sentences under it. */
  branch?(item: ListItem): { type: string; description: string } | undefined;
  /** The model a type text names ("array of Vault" → Vault, an array), if any. */
  typeReference?(type: string): { name: string; array: boolean } | undefined;
}

/** A model shown elsewhere on the page, as the fields of a list, or a type when it is not an object. */
export interface ListModel {
  /** The model's own type text ("object", "string, possible values: …", "array"). */
  type: string;
  description: string;
  /** Its fields (its item's fields for an array model); absent for a model that is not an object. */
  items?: readonly ListItem[];
  /** The model is an array (of the objects `items` describes). */
  array?: boolean;
  /** For an array model: its items name another model. */
  itemsReference?: string;
  /** In-page links of the model's type line (where `itemsReference` points). */
  links?: readonly InPageLink[];
  source: SourceLocation;
}

export interface FieldListContext {
  grammar: FieldItemGrammar;
  /**
   * Models by anchor and by name; a field whose type names one takes its fields as children. A
   * name is looked up by the anchor its in-page link points at first (a model's heading may show
   * its title, not the name types use), then as a name.
   */
  models?: ReadonlyMap<string, ListModel>;
  /** Where diagnostics go, and the file their lines are in. */
  sink: { file: string; diagnostics: Diagnostic[] };
  /** Deeper fields are cut (and reported): recursive models would otherwise expand forever. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 16;

/** The fields of a list's items (a `list` block's `tree`). */
export function fieldsFromList(items: readonly ListItem[], context: FieldListContext): DocField[] {
  return readItems(items, context, 0, []);
}

/** The fields of a model by name, expanded like a field's reference (for a body or response that names it). */
export function fieldsOfModel(
  name: string,
  context: FieldListContext,
  line: number,
  links?: readonly InPageLink[],
): DocField[] | undefined {
  const model = findModel(name, links, context);
  return model ? modelFields(model, context, 0, [], line) : undefined;
}

function findModel(
  name: string,
  links: readonly InPageLink[] | undefined,
  context: FieldListContext,
): ListModel | undefined {
  const target = links?.find((link) => link.text === name)?.target;
  return (target !== undefined ? context.models?.get(target) : undefined) ?? context.models?.get(name);
}

type Trail = readonly ListModel[];

function readItems(items: readonly ListItem[], context: FieldListContext, depth: number, trail: Trail): DocField[] {
  const fields: DocField[] = [];
  for (const item of items) {
    const read = context.grammar.field(item);
    if (read) {
      fields.push(readField(item, read, context, depth, trail));
      continue;
    }
    // Not a field: a branch of a composition; its own list (or the model it names) adds fields here.
    const named = context.grammar.reference?.(item);
    if (named !== undefined) {
      const fromModel = fieldsOfNamedModel(named, item.links, context, depth, trail, item.line);
      if (fromModel) fields.push(...fromModel);
    }
    if (item.children?.length) fields.push(...readItems(item.children, context, depth, trail));
    else if (named === undefined && item.text.trim() !== "") {
      report(
        context.sink,
        "info",
        "list-item-not-a-field",
        `list item "${firstLine(item.text)}" is not a field; skipped`,
        item.line,
      );
    }
  }
  return mergeDuplicates(fields);
}

function readField(item: ListItem, read: FieldItem, context: FieldListContext, depth: number, trail: Trail): DocField {
  const field: DocField = {
    name: read.name,
    type: read.type,
    description: read.description,
    source: { file: context.sink.file, line: item.line },
  };
  if (read.required !== undefined) field.required = read.required;
  if (depth + 1 > (context.maxDepth ?? DEFAULT_MAX_DEPTH)) {
    if (item.children?.length || read.reference) {
      report(
        context.sink,
        "warning",
        "field-depth-capped",
        `fields under "${read.name}" are nested too deep; not read`,
        item.line,
      );
    }
    return field;
  }
  const children: DocField[] = [];
  const model = read.reference ? findModel(read.reference.name, item.links, context) : undefined;
  if (read.reference && model) {
    children.push(...(fieldsOfNamedModel(read.reference.name, item.links, context, depth + 1, trail, item.line) ?? []));
    // The model's own type replaces its name, so the normaliser reads a type it knows.
    if (model.items || model.itemsReference !== undefined)
      field.type = read.reference.array || model.array ? "array of object" : "object";
    else field.type = read.reference.array ? `array of ${model.type}` : model.type;
    addModelDescription(field, model);
  } else if (read.reference) {
    report(
      context.sink,
      "warning",
      "unknown-model",
      `"${read.reference.name}" names no model shown on this page; its fields are not known`,
      item.line,
    );
  }
  if (field.type === "" && item.children?.length) typeFromBranches(field, item.children, context);
  if (item.children?.length) children.push(...readItems(item.children, context, depth + 1, trail));
  if (children.length) field.children = mergeDuplicates(children);
  return field;
}

/**
 * A field whose own line states no type ("`ClusterNames` (required)" over "All of: [ClusterNameList],
 * `any` + a sentence"): the first branch that names a model or a type gives it, and a sentence of a
 * branch its description when it has none.
 */
function typeFromBranches(field: DocField, branches: readonly ListItem[], context: FieldListContext): void {
  for (const branch of branches) {
    if (context.grammar.field(branch)) continue;
    const name = context.grammar.reference?.(branch);
    const model = name !== undefined ? findModel(name, branch.links, context) : undefined;
    const shown = context.grammar.branch?.(branch);
    if (!field.description && shown?.description) field.description = shown.description;
    if (field.type !== "") continue;
    if (model) {
      field.type =
        model.items || model.itemsReference !== undefined ? (model.array ? "array of object" : "object") : model.type;
      addModelDescription(field, model);
    } else if (shown && shown.type !== "any") field.type = shown.type;
  }
  // Fields listed right under it and nothing else: an object.
  if (field.type === "" && branches.some((branch) => context.grammar.field(branch))) field.type = "object";
}

/**
 * What the model's section says goes with the field that names it: all of it when the field says
 * nothing, and for a model of plain values (an enum of strings) its facts ("Possible values: …")
 * after the field's own words, since they are the field's values.
 */
function addModelDescription(field: DocField, model: ListModel): void {
  if (!model.description || field.description.includes(model.description)) return;
  if (!field.description) field.description = model.description;
  else if (!model.items && model.itemsReference === undefined)
    field.description = `${field.description}\n${model.description}`;
}

function fieldsOfNamedModel(
  name: string,
  links: readonly InPageLink[] | undefined,
  context: FieldListContext,
  depth: number,
  trail: Trail,
  line: number,
): DocField[] | undefined {
  const model = findModel(name, links, context);
  if (!model) {
    report(
      context.sink,
      "warning",
      "unknown-model",
      `"${name}" names no model shown on this page; its fields are not known`,
      line,
    );
    return undefined;
  }
  if (trail.includes(model)) {
    // A recursive model: its fields are those of the enclosing one, which the page already lists.
    report(
      context.sink,
      "info",
      "recursive-model",
      `"${name}" refers to a model it is part of; not expanded again`,
      line,
    );
    return [];
  }
  return modelFields(model, context, depth, trail, line);
}

function modelFields(
  model: ListModel,
  context: FieldListContext,
  depth: number,
  trail: Trail,
  line: number,
): DocField[] {
  const next = [...trail, model];
  if (model.items) return readItems(model.items, context, depth, next);
  if (model.itemsReference !== undefined)
    return fieldsOfNamedModel(model.itemsReference, model.links, context, depth, next, line) ?? [];
  return [];
}

/** One field per name: a name repeated by two branches of a composition keeps the first, with both children. */
function mergeDuplicates(fields: DocField[]): DocField[] {
  const byName = new Map<string, DocField>();
  for (const field of fields) {
    const seen = byName.get(field.name);
    if (!seen) {
      byName.set(field.name, field);
      continue;
    }
    if (field.children?.length) seen.children = mergeDuplicates([...(seen.children ?? []), ...field.children]);
    if (field.required && !seen.required) seen.required = true;
  }
  return [...byName.values()];
}

function report(sink: FieldListContext["sink"], severity: Severity, code: string, message: string, line: number): void {
  sink.diagnostics.push({ severity, code, message, source: { file: sink.file, line } });
}

function firstLine(text: string): string {
  const line = text.split("\n")[0]!;
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

/**
 * The fields a one-line type of a body or response stands for ("Config": the model's fields). An
 * array of models ("array of Vault") is written the way the normaliser reads a bare array body
 * (`schemas.ts` `isBareArrayTable`): one `items` field of type "array of object" whose children
 * are the model's fields. A plain type ("string") has no fields.
 */
export function fieldsOfSchemaLine(
  type: string,
  context: FieldListContext,
  line: number,
  links?: readonly InPageLink[],
): DocField[] {
  const reference = context.grammar.typeReference?.(type);
  if (!reference) return [];
  const model = findModel(reference.name, links, context);
  const fields = fieldsOfNamedModel(reference.name, links, context, reference.array ? 1 : 0, [], line) ?? [];
  return reference.array || model?.array ? arrayBody(fields, context, line) : fields;
}

/** An array body whose items have these fields, as the normaliser's bare-array form. */
export function arrayBody(itemFields: DocField[], context: FieldListContext, line: number): DocField[] {
  if (itemFields.length === 0) return [];
  return [
    {
      name: "items",
      type: "array of object",
      description: "",
      children: itemFields,
      source: { file: context.sink.file, line },
    },
  ];
}
