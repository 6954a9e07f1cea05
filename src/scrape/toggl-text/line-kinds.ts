/**
 * What a single line of a Toggl text capture is: the vocabulary of the lexer (`blocks.ts`), the
 * page-line cleaner and detection; each looks at one cleaned line only.
 */

const HEADING = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S.*)$/;

/** `GET List clients`: an upper-case method word and a title that is not a path or URL. */
export function isOperationHeading(text: string): boolean {
  const match = HEADING.exec(text);
  return !!match?.[2] && !/^(\/|https?:)/i.test(match[2]) && !/\bHTTP\/\d/.test(match[2]);
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
  return /^-\s*(cURL|curl|Go|Ruby|JavaScript|TypeScript|Node(\.?js)?|Python|Rust|PHP|Java|C#|Kotlin|Swift|Shell|Bash|HTTP)$/.test(
    text,
  );
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

/** The title line of a nested table: a bare field name such as `items` or `csv_upload`. */
export function isFieldNameLine(text: string): boolean {
  return /^[A-Za-z_$][\w$.-]*$/.test(text) && !isStatusLine(text);
}
