/**
 * Receiving Toggl webhook events: checking that an event really comes from Toggl, and answering
 * the URL endpoint validation. Both follow the Webhooks guides to the letter:
 *
 * - "Validating Received Events": every delivery carries `X-Webhook-Signature-256: sha256={value}`,
 *   where value is the hex HMAC-SHA256 of the full, unparsed request body keyed by the
 *   subscription's secret.
 * - "URL Endpoint Validation": a PING event sent to a subscription not yet validated carries a
 *   `validation_code`; answering it with the body `{"validation_code": "<validation_code>"}`
 *   validates the subscription (the synchronous form; the asynchronous one is the `validate`
 *   endpoint of the Webhooks API).
 *
 * Web Crypto only (`globalThis.crypto.subtle`), so this runs in Node ≥ 20, browsers, Deno, Bun and
 * edge runtimes, and type-checks without Node's types.
 */

/** The request header that carries the signature, as the guide names it (HTTP header names are case-insensitive). */
export const WEBHOOK_SIGNATURE_HEADER = "X-Webhook-Signature-256";

/** The request body exactly as received: the signature covers these bytes, not a re-serialised JSON value. */
export type WebhookRawBody = string | ArrayBuffer | ArrayBufferView;

/**
 * The header value as frameworks hand it over: fetch's `headers.get()` gives `string | null`, Node's
 * `req.headers[...]` gives `string | string[] | undefined`.
 */
export type WebhookSignatureHeader = string | readonly string[] | null | undefined;

const SIGNATURE_PREFIX = "sha256=";
/** An HMAC-SHA256 is 32 bytes: 64 hex digits. */
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Whether `signatureHeader` (the value of `X-Webhook-Signature-256`) is the signature Toggl computes
 * for `rawBody` with the subscription's `secret`: `sha256=` followed by the hex HMAC-SHA256 of the
 * full unparsed body. The comparison is Web Crypto's HMAC verify, which is constant-time.
 *
 * Resolves `false` for any header that is missing, repeated, malformed or wrong, and for a body
 * that is not a string or bytes; it never rejects for bad input from the sender. It throws a
 * `TypeError` only when `secret` is missing or empty, which is the receiver's own mistake.
 */
export async function verifyWebhookSignature(
  rawBody: WebhookRawBody,
  signatureHeader: WebhookSignatureHeader,
  secret: string,
): Promise<boolean> {
  if (typeof secret !== "string" || secret === "") {
    throw new TypeError("verifyWebhookSignature: the subscription's secret is required (a non-empty string)");
  }
  const signature = signatureBytes(signatureHeader);
  const body = bodyBytes(rawBody);
  if (!signature || !body) return false;
  const subtle = webCrypto();
  const key = await subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  return subtle.verify("HMAC", key, signature, body);
}

/** Web Crypto, or a clear error where the platform lacks it (Node 18 without --experimental-global-webcrypto). */
function webCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Partial<Crypto> }).crypto?.subtle;
  if (!subtle)
    throw new Error(
      "verifyWebhookSignature needs Web Crypto (globalThis.crypto.subtle): Node ≥ 20, a browser, Deno, Bun or an edge runtime",
    );
  return subtle;
}

/** The 32 signature bytes of a well-formed header value, or undefined. (Return types inferred: `Uint8Array<ArrayBuffer>` is spelt differently before TypeScript 5.7.) */
function signatureBytes(header: WebhookSignatureHeader) {
  // A repeated header is ambiguous (which one did Toggl send?): refuse rather than pick one.
  const value =
    typeof header === "string" ? header : Array.isArray(header) && header.length === 1 ? header[0] : undefined;
  if (typeof value !== "string") return undefined;
  // Surrounding whitespace is not part of an HTTP field value (RFC 9110 §5.5); parsers strip it, hand-built headers may not.
  const trimmed = value.trim();
  if (!trimmed.startsWith(SIGNATURE_PREFIX)) return undefined;
  const hex = trimmed.slice(SIGNATURE_PREFIX.length);
  if (!SHA256_HEX.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** The body's bytes (strings as UTF-8, the encoding JSON is sent in), copied so Web Crypto gets a plain ArrayBuffer view. */
function bodyBytes(body: WebhookRawBody) {
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  if (ArrayBuffer.isView(body)) return new Uint8Array(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  return undefined;
}

/** The body that validates a subscription synchronously, as "URL Endpoint Validation" asks for it. */
export interface WebhookValidationResponse {
  validation_code: string;
}

/**
 * The `validation_code` a PING event carries while its subscription is not yet validated, or
 * undefined (an already validated subscription, any other event, or something that is not an
 * event at all). Takes the parsed JSON body.
 */
export function webhookValidationCode(event: unknown): string | undefined {
  if (typeof event !== "object" || event === null || Array.isArray(event)) return undefined;
  const code = (event as { validation_code?: unknown }).validation_code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/**
 * What to answer an event with so that Toggl validates the subscription: `{"validation_code": "<code>"}`
 * (send it as JSON with a 2xx status), or undefined when the event carries no validation code, in
 * which case any 2xx answer acknowledges it. Verify the signature first: the code is only worth
 * echoing for events that came from Toggl.
 */
export function webhookValidationResponse(event: unknown): WebhookValidationResponse | undefined {
  const code = webhookValidationCode(event);
  return code === undefined ? undefined : { validation_code: code };
}
