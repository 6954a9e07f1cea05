/**
 * Reading a response body with a size cap. The cap counts decoded bytes (what `fetch` yields after
 * gzip/deflate/br), so a compression bomb is stopped as soon as a huge plain body would be, and
 * memory stays bounded by the cap whatever the server sends. Reading stops (and the connection is
 * released) the moment the cap is passed.
 */

/** Default `maxResponseBytes`: 50 MiB, far above any JSON page, well below what breaks a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

/** Thrown by `readCapped` when the body is larger than the cap; the client turns it into `ResponseTooLargeError`. */
export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
}

const EMPTY = new Uint8Array(0);

/**
 * Reads the whole body, at most `maxBytes` of it. `race` bounds each wait (the attempt's deadline);
 * when it rejects, the body is cancelled so the socket is freed.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  race: <T>(p: Promise<T>) => Promise<T>,
): Promise<Uint8Array> {
  const body = response.body;
  if (body === null) return EMPTY;
  const length = response.headers.get("content-length");
  const encoded = (response.headers.get("content-encoding") ?? "identity").toLowerCase() !== "identity";
  if (length !== null && !encoded) {
    // The declared length is the decoded length: decide before reading a byte.
    if (Number(length) > maxBytes) {
      body.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    // Fast path: one buffer of a size the server has promised (fetch rejects a longer body).
    return new Uint8Array(await race(response.arrayBuffer()));
  }
  const reader = body.getReader();
  try {
    // One race for the whole loop, not one per chunk: a chunk costs no extra promise.
    return await race(readAll(reader, maxBytes));
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) throw new BodyTooLarge();
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
