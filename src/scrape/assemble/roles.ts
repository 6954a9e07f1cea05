import type { HttpMethod, ParameterLocation } from "../../model/types.js";
import type { OperationFact } from "./facts.js";

/**
 * What a heading (or a label standing in for one) announces on a docs site: the only thing a
 * dialect tells the assembler besides its blocks. Toggl writes `GET List clients`; widdershins
 * writes `## List clients` and puts the method in a code line under it; every site names the
 * parts (Parameters, Path, Query, Body, Responses, a status) in its own words.
 */
export type HeadingRole =
  /**
   * An operation starts; `method` when the heading states it (`GET List clients`). A lexer that
   * finds an operation without a heading (a capture of one operation) emits a heading with an
   * empty title: the assembler then titles it from its description, and says so.
   */
  | { role: "operation"; method?: HttpMethod; title: string }
  /** A label whose prose is the operation's description ("Description", "Note"), wherever it sits. */
  | { role: "description" }
  /** A label whose prose states one fact about the operation ("Authentication", "Required Permissions"). */
  | { role: "fact"; fact: OperationFact }
  | { role: "parameters" }
  | { role: "responses" }
  | { role: "parameter-group"; location: ParameterLocation }
  | { role: "body" }
  | { role: "status"; status: string; rest: string }
  /** A heading that ends the operation it is in (a `# Schemas` section, a page footer). */
  | { role: "end" }
  | { role: "other" };

/** A dialect's roles table: how its headings and table headers read. */
export interface DialectRoles {
  /** What a heading says; `level` is 1–6 (h1–h6, `#`…`######`). */
  heading(text: string, level: number): HeadingRole;
  /**
   * What a paragraph standing for a heading says (widdershins' `Status Code **200**` above a
   * response's fields table); undefined for ordinary prose.
   */
  label?(text: string): HeadingRole | undefined;
  /** Extra header words per column role, added to the common ones (`./table-rows.ts`). */
  columns?: Partial<Record<"name" | "type" | "required" | "description" | "in", readonly string[]>>;
}
