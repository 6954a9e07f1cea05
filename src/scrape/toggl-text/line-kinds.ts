/**
 * What a single line of a Toggl text capture is. These predicates are the vocabulary the block
 * splitter and the operation reader share; each looks at one cleaned line only.
 */
import { toHttpMethod } from "../common/method-evidence.js";
import type { HttpMethod } from "../../model/types.js";

const HEADING = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S.*)$/;

/** `GET List clients`: an upper-case method word and a title that is not a path or URL. */
export function isOperationHeading(text: string): boolean {
  const match = HEADING.exec(text);
  return !!match?.[2] && !/^(\/|https?:)/i.test(match[2]) && !/\bHTTP\/\d/.test(match[2]);
}

export function parseOperationHeading(text: string): { method: HttpMethod; title: string } | undefined {
  if (!isOperationHeading(text)) return undefined;
  const match = HEADING.exec(text)!;
  return { method: toHttpMethod(match[1]!)!, title: match[2]!.trim() };
}

/** The endpoint line under a heading: a bare absolute URL. */
export function isUrlLine(text: string): boolean {
  return /^https?:\/\/[^\s"'`]+$/.test(text);
}

/** A response status block header: "200", "404", "4XX", "default". */
export function isStatusLine(text: string): boolean {
  return /^([1-5]\d\d|[1-5]XX|default)$/i.test(text);
}

/** `- cURL`, `- Go`…: the code-sample tab names. */
export function isSampleTabName(text: string): boolean {
  return /^-\s*(cURL|curl|Go|Ruby|JavaScript|TypeScript|Node(\.?js)?|Python|Rust|PHP|Java|C#|Kotlin|Swift|Shell|Bash|HTTP)$/.test(text);
}

/**
 * The first line of a code sample. Samples normally follow the tab names, but a capture may lose
 * those; these are the openings of the six generated samples.
 */
export function isSampleStart(text: string): boolean {
  return /^(curl\s|req, err :=|bytes, err :=|require\s+['"]|fetch\(|import\s+requests|extern crate\b|use reqwest\b)/.test(text);
}

export type ParameterKeyword = "path" | "query" | "body" | "header";

/** The sub-headings of `Parameters`. */
export function parameterKeyword(text: string): ParameterKeyword | undefined {
  const lower = text.toLowerCase();
  if (lower === "path") return "path";
  if (lower === "query") return "query";
  if (lower === "body") return "body";
  if (lower === "header" || lower === "headers") return "header";
  return undefined;
}

export function isParametersMarker(text: string): boolean {
  return /^parameters$/i.test(text);
}

export function isResponseMarker(text: string): boolean {
  return /^responses?$/i.test(text);
}

/** `Possible error messages:` / `Possible errors:`, the lead-in to a message list. */
export function isMessageListIntro(text: string): boolean {
  return /^possible (error messages|errors|error codes)\s*:?$/i.test(text);
}

/** `- Client name cannot be empty` → "Client name cannot be empty". */
export function messageItem(text: string): string | undefined {
  const match = /^[-*•]\s+(.*)$/.exec(text);
  return match?.[1]?.trim() || undefined;
}

/** The title line of a nested table: a bare field name such as `items` or `csv_upload`. */
export function isFieldNameLine(text: string): boolean {
  return /^[A-Za-z_$][\w$.-]*$/.test(text) && !isStatusLine(text);
}
