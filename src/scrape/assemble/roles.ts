import type { HttpMethod, ParameterLocation } from "../../model/types.js";
import type { InPageLink } from "./blocks.js";
import type { OperationFact } from "./facts.js";
import type { FieldItemGrammar, ListModel } from "./field-lists.js";

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
  /** `also`: further statuses the same part describes ("401, 404, 500": responses that share one body). */
  | { role: "status"; status: string; rest: string; also?: string[] }
  /** A part of the operation that the model has no place for (authentication, servers): its content is noted as skipped. */
  | { role: "skip" }
  /** A heading that ends the operation it is in (a `# Schemas` section, a page footer). */
  | { role: "end" }
  | { role: "other" };

/**
 * What a paragraph is when it is not prose: a label the site prints around its parts ("Content
 * type: application/json", "Generated example:"), or the one-line type of the body or response the
 * part describes ("Config", "array of Vault", "string, format: binary").
 */
export type ParagraphRole =
  /**
   * `list`: what the list right after the label holds, when not the part's fields: "not-fields"
   * ("Headers:" above response headers), "array-items" (the fields of an array body's items).
   */
  | { role: "label"; list?: "not-fields" | "array-items" }
  /** A media type the fields below are for ("Content type: application/json"); the first one's are read. */
  | { role: "media-type"; value: string }
  | { role: "schema"; type: string };

/** Fields shown as bullet trees (`./field-lists.ts`): the site's item grammar and the page's models. */
export interface FieldListRoles {
  grammar: FieldItemGrammar;
  models?: ReadonlyMap<string, ListModel>;
}

/** A dialect's roles table: how its headings and table headers read. */
export interface DialectRoles {
  /**
   * What a heading says; `level` is 1–6 (h1–h6, `#`…`######`); `id` its anchor, when the page gives
   * one (a site whose operation and tag headings read alike tells them apart by anchor).
   */
  heading(text: string, level: number, id?: string): HeadingRole;
  /**
   * What a paragraph standing for a heading says (widdershins' `Status Code **200**` above a
   * response's fields table); undefined for ordinary prose.
   */
  label?(text: string): HeadingRole | undefined;
  /** A paragraph that is a label or a type line, not prose; undefined for prose. `links`: its in-page links. */
  paragraph?(text: string, links?: readonly InPageLink[]): ParagraphRole | undefined;
  /** An item of a list before the first part that states the method or the URL ("Method: GET", "Path: /x"). */
  methodOrUrl?(item: string): { method?: HttpMethod; url?: string } | undefined;
  /**
   * Where an operation ends: at the next heading of its level or above ("level", the default), or
   * only at the next operation heading or an `end` heading ("end-role"), for generated pages whose
   * operation descriptions carry headings of any level (a description's `# Overview`).
   */
  operationEnd?: "level" | "end-role";
  /** Lists in parameter, body and response parts are fields (bullet trees), read with this. */
  fieldList?: FieldListRoles;
  /** Extra header words per column role, added to the common ones (`./table-rows.ts`). */
  columns?: Partial<Record<"name" | "type" | "required" | "description" | "in", readonly string[]>>;
}
