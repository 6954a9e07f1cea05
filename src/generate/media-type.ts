/**
 * How a documented success media type is read, decided once for the generator (the runtime reads
 * the result from `OperationInfo.responseKind`): JSON for `application/json` and `+json`, text for
 * `text/*` other than CSV, bytes for everything else (PDF, CSV, spreadsheets, octet-stream). CSV is
 * bytes because exports are files users save as they come.
 */
import type { OperationInfo } from "../runtime/operation.js";

/** The runtime's own set of kinds, so the two cannot drift. */
export type ResponseKind = NonNullable<OperationInfo["responseKind"]>;

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/json\s*(;|$)/i.test(mediaType) || /\+json\s*(;|$)/i.test(mediaType);
}

export function responseKindFor(mediaType: string | undefined): ResponseKind {
  if (mediaType === undefined) return "none";
  if (isJsonMediaType(mediaType)) return "json";
  if (/^text\//i.test(mediaType) && !/^text\/csv\s*(;|$)/i.test(mediaType)) return "text";
  return "bytes";
}

/** The TypeScript type a non-JSON body resolves to. */
export const BODY_TYPE_BY_KIND = { text: "string", bytes: "ArrayBuffer" } as const;
