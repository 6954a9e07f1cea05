import type { RawRow } from "./blocks.js";

/**
 * TypeScript-like type blocks, the way some docs generators show a schema (openapi-to-md, and
 * hand-written docs that paste an interface):
 *
 *     {
 *       // Feed File to upload
 *       file: string
 *       model?: enum[slim, steve] //default: steve
 *       data: {
 *         uuid?: string
 *       }
 *       items: {
 *         id: integer
 *       }[]
 *     }
 *
 * become the rows of a fields table (`Name | Type | Required | Description`, nesting by
 * `RawRow.depth`), so that the one table reader and assembler take them like any table. A name
 * without `?` is required; `// …` lines describe the member after them; a trailing `//default: x`
 * joins the description; `}[]` makes the member just closed an array of objects. A block that is
 * only a reference expression (`x?: #/components/schemas/A & #/components/schemas/B`) names the
 * schemas that hold its members: they are returned in `refs`, for the page's lexer to follow.
 */

export const TYPE_BLOCK_HEADER = ["Name", "Type", "Required", "Description"];

export interface TypeBlock {
  rows: RawRow[];
  /** The references a block made only of references points to, in order. */
  refs: string[];
  /** True when the outermost value is an array (`{ … }[]`): the rows describe its items. */
  rootIsArray: boolean;
  /** A block that is a bare type (`string`, `enum[a, b]`): a scalar value, no members. */
  rootType?: string;
  /** Lines not understood, with their line numbers (the caller reports them). */
  unread: { text: string; line: number }[];
}

const MEMBER = /^([^\s:?{}]+|"[^"]*")(\?)?\s*:\s*(.*)$/;
const REF = /#\/[\w./~%-]+/g;

export function readTypeBlock(text: string, firstLine: number): TypeBlock {
  const block: TypeBlock = { rows: [], refs: [], rootIsArray: false, unread: [] };
  /** Open objects: the row each one belongs to (undefined for the outermost `{`). */
  const open: (RawRow | undefined)[] = [];
  let comment: string[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    if (trimmed.startsWith("//")) {
      comment.push(trimmed.replace(/^\/\/\s?/, ""));
      return;
    }
    if (trimmed === "{") {
      open.push(undefined);
      comment = [];
      return;
    }
    const close = /^\}(\[\])?$/.exec(trimmed);
    if (close) {
      const row = open.pop();
      if (close[1]) {
        if (row) row.cells[1] = `${row.cells[1]}[]`;
        else if (open.length === 0) block.rootIsArray = true;
      }
      comment = [];
      return;
    }
    const member = MEMBER.exec(trimmed);
    if (
      !member &&
      open.length === 0 &&
      block.rows.length === 0 &&
      block.rootType === undefined &&
      !/[{}:]/.test(trimmed)
    ) {
      block.rootType = trimmed;
      comment = [];
      return;
    }
    if (!member) {
      block.unread.push({ text: trimmed, line });
      comment = [];
      return;
    }
    const name = member[1]!.replace(/^"(.*)"$/, "$1");
    const [typeText, inlineComment] = splitComment(member[3]!);
    const depth = open.filter((o) => o !== undefined).length;
    const refs = typeText.match(REF) ?? [];
    // openapi-to-md writes an allOf/oneOf of references at the top as `undefined?: #/A & #/B`.
    if (open.length === 0 && refs.length > 0 && typeText.replace(REF, "").replace(/[\s&|]/g, "") === "") {
      block.refs.push(...refs);
      comment = [];
      return;
    }
    const opensObject = typeText === "{";
    const description = [...comment, ...(inlineComment ? [describeInline(inlineComment)] : [])].join(" ");
    const row: RawRow = {
      cells: [name, opensObject ? "object" : typeText, member[2] ? "optional" : "required", description],
      line,
      ...(depth ? { depth } : {}),
    };
    block.rows.push(row);
    if (opensObject) open.push(row);
    comment = [];
  });
  return block;
}

/** `enum[a, b] //default: a` → the type and the comment; `//` inside the type text does not occur. */
function splitComment(text: string): [string, string | undefined] {
  const at = text.indexOf("//");
  return at < 0 ? [text.trim(), undefined] : [text.slice(0, at).trim(), text.slice(at + 2).trim()];
}

/** "default: steve" → "Default: `steve`." (the phrase the normaliser reads defaults from). */
function describeInline(comment: string): string {
  const value = /^default:\s*(.*)$/i.exec(comment)?.[1];
  return value !== undefined ? `Default: \`${value}\`` : comment;
}
