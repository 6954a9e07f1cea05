/**
 * Export operations: which file formats a success response is, read from the docs. The URL is the
 * strongest evidence (`…/time_entries.pdf`, `…/shared/{report_token}/xlsx`), then, for a URL that
 * leaves the format to a `.{extension}` placeholder, the format words of the success sentence
 * ("Returns the detailed report in the specified format: csv or xlsx") and of the placeholder's own
 * description ("csv,xlsx"). Each format becomes its media type with a binary body; the placeholder
 * gets the formats as its enum.
 */

/** Format words the docs use → the media type the server answers with. */
export const FORMAT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  json: "application/json",
};

const FORMAT_WORD = new RegExp(
  `\\b(${Object.keys(FORMAT_MEDIA_TYPES)
    .filter((f) => f !== "json")
    .join("|")})\\b`,
  "gi",
);

export interface ExportFormats {
  /** Format words in documented order ("csv", "xlsx"). */
  formats: string[];
  /** The path placeholder that selects the format (`extension`), when the URL has one. */
  parameter?: string;
  /** The phrases the formats were read from. */
  evidence: string[];
}

/** Format words named in a text, lower-cased, first mention first. */
export function formatWords(text: string): string[] {
  return [...new Set([...text.matchAll(FORMAT_WORD)].map((m) => m[1]!.toLowerCase()))];
}

/**
 * The formats an operation's success body comes in, or undefined when its URL does not name a
 * file format. `path` is the OpenAPI path; `texts` are the success sentence and the placeholder's
 * description, in that order.
 */
export function exportFormats(
  path: string,
  texts: { sentence: string; parameterDescriptions: Record<string, string> },
): ExportFormats | undefined {
  const last = path.split("/").filter(Boolean).at(-1) ?? "";
  const literal = /\.([a-z]+)$/i.exec(last)?.[1]?.toLowerCase() ?? last.toLowerCase();
  if (Object.hasOwn(FORMAT_MEDIA_TYPES, literal) && literal !== "json") {
    return { formats: [literal], evidence: [`URL ${path}`] };
  }
  const placeholder = /\.\{([^}]+)\}$/.exec(last)?.[1];
  if (!placeholder) return undefined;
  const description = texts.parameterDescriptions[placeholder] ?? "";
  const formats = formatWords(`${description} ${texts.sentence}`);
  if (formats.length === 0) return undefined;
  const evidence = [description, texts.sentence].filter((text) => formatWords(text).length > 0);
  return { formats, parameter: placeholder, evidence };
}

/** `{ "<media type>": { schema: binary } }` for each format. */
export function binaryContent(formats: readonly string[]): Record<string, { schema: Record<string, unknown> }> {
  return Object.fromEntries(
    formats.map((format) => [FORMAT_MEDIA_TYPES[format]!, { schema: { type: "string", format: "binary" } }]),
  );
}
