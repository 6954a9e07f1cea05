import { describe, expect, it } from "vitest";
import type { ListItem } from "../../../src/scrape/assemble/blocks.js";
import {
  arrayBody,
  fieldsFromList,
  fieldsOfSchemaLine,
  type FieldItemGrammar,
  type FieldListContext,
  type ListModel,
} from "../../../src/scrape/assemble/field-lists.js";

/**
 * The tree walk is the same for every site; only the item grammar differs. These tests use a
 * grammar of their own ("name: type — description", "*" after a required name, "[Model]" naming a
 * model), not Scalar's, to show that nothing here is tied to one generator.
 */
const grammar: FieldItemGrammar = {
  field(item) {
    const m = /^(\w+)(\*)?: ([^—]*?)(?: — (.*))?$/.exec(item.text);
    if (!m) return undefined;
    const type = m[3]!.trim();
    const ref = /^(array of )?\[(\w+)\]$/.exec(type);
    return {
      name: m[1]!,
      type,
      required: m[2] === "*",
      description: m[4] ?? "",
      ...(ref ? { reference: { name: ref[2]!, array: ref[1] !== undefined } } : {}),
    };
  },
  reference: (item) => /^\[(\w+)\]$/.exec(item.text)?.[1],
  branch: (item) =>
    /^(string|integer|any)\b/.test(item.text)
      ? { type: item.text.split("\n")[0]!, description: item.text.split("\n").slice(1).join("\n") }
      : undefined,
  typeReference: (type) => {
    const ref = /^(array of )?\[(\w+)\]$/.exec(type);
    return ref ? { name: ref[2]!, array: ref[1] !== undefined } : undefined;
  },
};

let line = 0;
function item(text: string, children?: ListItem[]): ListItem {
  return { text, line: ++line, ...(children ? { children } : {}) };
}

function context(models: Record<string, ListModel> = {}, maxDepth?: number): FieldListContext {
  return {
    grammar,
    models: new Map(Object.entries(models)),
    sink: { file: "page.md", diagnostics: [] },
    ...(maxDepth ? { maxDepth } : {}),
  };
}

function model(items: ListItem[] | undefined, extra: Partial<ListModel> = {}): ListModel {
  return {
    type: "object",
    description: "",
    ...(items ? { items } : {}),
    source: { file: "page.md", line: 1 },
    ...extra,
  };
}

/** name: type (children) — for compact expectations. */
function shape(fields: ReturnType<typeof fieldsFromList>): unknown[] {
  return fields.map((f) =>
    f.children ? [f.name, f.type, f.required, shape(f.children)] : [f.name, f.type, f.required],
  );
}

describe("fieldsFromList", () => {
  it("reads items as fields and nested lists as children, with their lines", () => {
    const name = item("name*: string");
    const fields = fieldsFromList([item("id*: string — The id"), item("owner: object", [name])], context());
    expect(shape(fields)).toEqual([
      ["id", "string", true],
      ["owner", "object", false, [["name", "string", true]]],
    ]);
    expect(fields[0]!.description).toBe("The id");
    expect(fields[1]!.children![0]!.source).toEqual({ file: "page.md", line: name.line });
  });

  it("expands a field that names a model with the model's fields, typed by the model's kind", () => {
    const ctx = context({ Tag: model([item("label*: string")]) });
    const fields = fieldsFromList([item("tag: [Tag]"), item("tags: array of [Tag]")], ctx);
    expect(shape(fields)).toEqual([
      ["tag", "object", false, [["label", "string", true]]],
      ["tags", "array of object", false, [["label", "string", true]]],
    ]);
  });

  it("gives a field naming a model of plain values that model's type and its facts", () => {
    const ctx = context({ Status: model(undefined, { type: "string", description: 'Possible values: "on", "off".' }) });
    const [status] = fieldsFromList([item("status: [Status] — State")], ctx);
    expect(status).toMatchObject({ type: "string", description: 'State\nPossible values: "on", "off".' });
  });

  it("merges the fields of composition branches (a model and an inline object), one field per name", () => {
    const ctx = context({ Base: model([item("id*: string"), item("meta: object", [item("a: string")])]) });
    const fields = fieldsFromList(
      [item("[Base]"), item("object", [item("name: string"), item("meta: object", [item("b: string")])])],
      ctx,
    );
    expect(shape(fields)).toEqual([
      ["id", "string", true],
      [
        "meta",
        "object",
        false,
        [
          ["a", "string", false],
          ["b", "string", false],
        ],
      ],
      ["name", "string", false],
    ]);
  });

  it("takes a type from the branches of a field whose own line states none", () => {
    const ctx = context({ Names: model(undefined, { type: "array of string" }) });
    const untyped = { text: "names*: ", line: 1 };
    const withType: FieldItemGrammar = {
      ...grammar,
      field: (i) => (i === untyped ? { name: "names", type: "", required: true, description: "" } : grammar.field(i)),
    };
    const [names] = fieldsFromList([{ ...untyped, children: [item("[Names]"), item("any\nThe names to use.")] }], {
      ...ctx,
      grammar: withType,
    });
    expect(names).toMatchObject({
      name: "names",
      type: "array of string",
      required: true,
      description: "The names to use.",
    });
  });

  it("stops at a recursive model (said in an info diagnostic) and at the depth bound (a warning)", () => {
    const ctx = context({ Node: model([item("value: string"), item("next: [Node]")]) });
    const [root] = fieldsFromList([item("root: [Node]")], ctx);
    expect(shape([root!])).toEqual([
      [
        "root",
        "object",
        false,
        [
          ["value", "string", false],
          ["next", "object", false],
        ],
      ],
    ]);
    expect(ctx.sink.diagnostics.map((d) => d.code)).toEqual(["recursive-model"]);

    const deep = context({}, 2);
    fieldsFromList([item("a: object", [item("b: object", [item("c: object", [item("d: string")])])])], deep);
    expect(deep.sink.diagnostics.map((d) => [d.severity, d.code])).toEqual([["warning", "field-depth-capped"]]);
  });

  it("reports a model it cannot find and an item that is no field, and invents nothing for them", () => {
    const ctx = context();
    const fields = fieldsFromList([item("owner: [Missing]"), item("just a sentence")], ctx);
    expect(shape(fields)).toEqual([["owner", "[Missing]", false]]);
    expect(ctx.sink.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "unknown-model"],
      ["info", "list-item-not-a-field"],
    ]);
  });
});

describe("fieldsOfSchemaLine", () => {
  const ctx = () =>
    context({ Vault: model([item("id: string")]), Patch: model([item("op*: string")], { array: true }) });

  it("gives a model's fields for a body that names it", () => {
    expect(shape(fieldsOfSchemaLine("[Vault]", ctx(), 1))).toEqual([["id", "string", false]]);
  });

  it("writes an array of a model (or an array model) as the normaliser's bare-array items field", () => {
    expect(shape(fieldsOfSchemaLine("array of [Vault]", ctx(), 1))).toEqual([
      ["items", "array of object", undefined, [["id", "string", false]]],
    ]);
    expect(shape(fieldsOfSchemaLine("[Patch]", ctx(), 1))).toEqual([
      ["items", "array of object", undefined, [["op", "string", true]]],
    ]);
  });

  it("has no fields for a plain type", () => {
    expect(fieldsOfSchemaLine("string", ctx(), 1)).toEqual([]);
    expect(arrayBody([], ctx(), 1)).toEqual([]);
  });
});
