/**
 * The neutral blocks every docs dialect's lexer produces: what a page *shows*, in page order,
 * each with its line. A lexer turns its markup (Docusaurus HTML, a text capture, Markdown, a
 * Redoc render…) into these and nothing more; the assembler (`./operations.ts`) builds operations
 * from them with the dialect's roles table (`./roles.ts`), the same way for every dialect.
 */

export interface RawRow {
  /** Cell texts, cleaned (inline markup removed, spaces collapsed). */
  cells: string[];
  line: number;
  /**
   * How deep the row sits in a flat table that shows nesting by indentation (widdershins' `»`
   * prefixes, Redoc's indented rows): 0 or absent for a top-level row, 1 for a child of the row
   * above at depth 0, and so on. The lexer removes the marker from the name cell.
   */
  depth?: number;
  /**
   * In-page link targets of the cells, by column, without the `#` (`[Pet](#schemapet)` →
   * "schemapet"), when any cell links into the page: a type cell pointing at the section that
   * lists that type's fields (widdershins' `# Schemas`). Absent when no cell links.
   */
  links?: (string | undefined)[];
  /**
   * The row describes the whole body or response, not a field of it (widdershins' `*anonymous*`
   * row): its name cell is empty on purpose.
   */
  whole?: boolean;
  /** Values a values table lists for this row (set by the assembler's `./values-tables.ts`). */
  enum?: string[];
}

/** A table as found: the header row (if any) and the body rows. */
export interface RawTable {
  header?: RawRow;
  rows: RawRow[];
  line: number;
}

export interface CodeSample {
  /** The tab label ("cURL", "Go", …), or "" when the page gives none. */
  label: string;
  text: string;
  line: number;
}

/** One item of a (possibly nested) list, as text. */
export interface ListItem {
  text: string;
  line: number;
  /** A list nested in this item. */
  children?: ListItem[];
}

export type Block =
  /**
   * `anchors`: other ids that land on this heading (`<a id="schemapet"></a>` right after it), so
   * that an in-page link (`RawRow.links`) finds the section it points at.
   */
  | { kind: "heading"; level: number; text: string; id?: string; anchors?: string[]; line: number }
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "list"; items: string[]; tree?: ListItem[]; line: number }
  | { kind: "code"; text: string; language?: string; line: number }
  | { kind: "samples"; samples: CodeSample[]; line: number }
  | { kind: "table"; table: RawTable; line: number }
  | { kind: "admonition"; label: string; text: string; line: number }
  | { kind: "other"; tag: string; line: number };

export type HeadingBlock = Extract<Block, { kind: "heading" }>;
