/**
 * The section labels of a clients-v1 page. Each label is a whole line; a few carry their value on
 * the same line (`Required Permissions: clients.update`, `Note: …`, `Actual backend path: /v1/…`).
 */
export type SectionKind =
  | "method-path"
  | "backend-path"
  | "description"
  | "authentication"
  | "permissions"
  | "headers"
  | "path-parameters"
  | "query-parameters"
  | "body-parameters"
  | "request-body"
  | "response"
  | "errors"
  | "note";

export interface SectionLabel {
  kind: SectionKind;
  /** Text after the label on the same line ("" when the value is on the following lines). */
  inline: string;
  /** For `Response (201)`: the status. */
  status?: string;
}

const WHOLE_LINE_LABELS: readonly [RegExp, SectionKind][] = [
  [/^description:?$/i, "description"],
  [/^authentication:?$/i, "authentication"],
  [/^(request )?headers:?$/i, "headers"],
  [/^(path|url|route) parameters:?$/i, "path-parameters"],
  [/^query (parameters|string):?$/i, "query-parameters"],
  [/^(body|request body) (parameters|fields):?$/i, "body-parameters"],
  [/^request (body|example|body example):?$/i, "request-body"],
  [/^(common )?errors?( responses| codes)?:?$/i, "errors"],
];

const INLINE_LABELS: readonly [RegExp, SectionKind][] = [
  [/^method\s*\+\s*path:?\s*(.*)$/i, "method-path"],
  [/^actual backend path:\s*(.*)$/i, "backend-path"],
  [/^required permissions?:\s*(.*)$/i, "permissions"],
  [/^note:\s*(.*)$/i, "note"],
];

export function sectionLabel(text: string): SectionLabel | undefined {
  for (const [pattern, kind] of WHOLE_LINE_LABELS) if (pattern.test(text)) return { kind, inline: "" };
  for (const [pattern, kind] of INLINE_LABELS) {
    const match = pattern.exec(text);
    if (match) return { kind, inline: (match[1] ?? "").trim() };
  }
  // "Response (200)", "Response", "Success Response (201)", "Response 204:".
  const response = /^(?:success(?:ful)? )?response(?:\s*\(?\s*(\d{3})\s*\)?)?(?:\s*example)?:?$/i.exec(text);
  if (response)
    return response[1] ? { kind: "response", inline: "", status: response[1] } : { kind: "response", inline: "" };
  return undefined;
}
