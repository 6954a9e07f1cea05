/**
 * Reading response bodies. Error bodies come in every shape: a JSON object, a bare JSON string
 * (Toggl's usual `"Missing or invalid workspace_id"`), plain text, an HTML page from a proxy, or
 * JSON cut short by a dropped connection. None of them may crash the error path.
 */

/** The longest server message kept in an error message. */
export const MAX_MESSAGE_LENGTH = 200;

/** An error body reduced to what a person needs. */
export interface ParsedErrorBody {
  /** The parsed JSON value; for text and HTML bodies, the text itself (HTML reduced to a short summary). */
  body: unknown;
  /** The server's messages, most important first (possibly empty). */
  messages: string[];
}

/** Parses an error body of any shape; never throws. */
export function parseErrorBody(text: string, contentType: string | null): ParsedErrorBody {
  const trimmed = text.trim();
  if (trimmed === "") return { body: undefined, messages: [] };
  if (looksLikeHtml(trimmed, contentType)) {
    const summary = summariseHtml(trimmed);
    return { body: summary, messages: summary ? [summary] : [] };
  }
  const json = tryParseJson(trimmed);
  if (json.ok) return { body: json.value, messages: messagesOf(json.value) };
  // Not JSON (or truncated JSON): keep the text; it is still the best message there is.
  return { body: trimmed, messages: [shorten(trimmed)] };
}

/** The outcome of parsing a 2xx body: JSON, nothing (empty body), or a reason it is unusable. */
export type SuccessBody = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a 2xx body as JSON. An empty body is `undefined` (204, or an empty 200). */
export function parseSuccessBody(text: string): SuccessBody {
  if (text.trim() === "") return { ok: true, value: undefined };
  const json = tryParseJson(text);
  return json.ok ? json : { ok: false, reason: "the response body is not valid JSON" };
}

/** How an operation's success body is read (`OperationInfo.responseKind`). */
export type ResponseKind = "json" | "text" | "bytes" | "none";

const utf8 = new TextDecoder();

/** The body bytes as UTF-8 text (invalid sequences become U+FFFD; never throws). */
export function bytesToText(bytes: Uint8Array): string {
  return bytes.byteLength === 0 ? "" : utf8.decode(bytes);
}

/**
 * A 2xx body as the operation documents it: JSON parsed (a `text/plain` answer where JSON was due
 * is kept as text: "OK"; HTML or broken JSON is not an answer), text as a string, bytes as an
 * `ArrayBuffer` (PDF, CSV, XLSX exports), nothing as `undefined`.
 */
export function decodeSuccess(
  bytes: Uint8Array,
  kind: ResponseKind | undefined,
  contentType: string | null,
): SuccessBody {
  if (kind === "bytes")
    return { ok: true, value: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
  if (kind === "none") return { ok: true, value: undefined };
  const text = bytesToText(bytes);
  if (kind === "text") return { ok: true, value: text };
  const parsed = parseSuccessBody(text);
  if (!parsed.ok && (contentType ?? "").startsWith("text/plain")) return { ok: true, value: text };
  return parsed;
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Finds human-readable messages in the JSON error shapes APIs commonly use. */
export function messagesOf(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [shorten(value.trim())] : [];
  if (Array.isArray(value)) return value.flatMap((item) => messagesOf(item));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  for (const key of ["message", "messages", "error", "errors", "error_message", "detail", "title"]) {
    const found = messagesOf(record[key]);
    if (found.length > 0) return found;
  }
  return [];
}

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return (contentType ?? "").includes("html") || /^<(!doctype|html|head|body)\b/i.test(text);
}

/** A proxy's HTML error page reduced to its `<title>` or first heading, else its visible text. */
export function summariseHtml(html: string): string {
  const pick = (re: RegExp) => textOf(re.exec(html)?.[1] ?? "");
  const summary =
    pick(/<title[^>]*>([\s\S]*?)<\/title>/i) ||
    pick(/<h1[^>]*>([\s\S]*?)<\/h1>/i) ||
    textOf(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " "));
  return shorten(summary);
}

function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts a text to `MAX_MESSAGE_LENGTH` characters, marking the cut. */
export function shorten(text: string, max = MAX_MESSAGE_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
