/**
 * Which media type of a `content` map stands for a body, and how a media type is read. Decided
 * here once: the generator types and reads the body by it, the diff compares the schema under it.
 *
 * Reading: JSON for `application/json` and `+json`, text for `text/*` other than CSV, bytes for
 * everything else (PDF, CSV, spreadsheets, octet-stream). CSV is bytes because exports are files
 * users save as they come. The runtime reads the result from `OperationInfo.responseKind`.
 */
import type { OperationInfo } from "../runtime/operation.js";
import { isRecord } from "./types.js";

/** The runtime's own set of kinds, so the two cannot drift. */
export type ResponseKind = NonNullable<OperationInfo["responseKind"]>;

const APPLICATION_JSON = /^application\/json\s*(;|$)/i;

function isJsonMediaType(mediaType: string): boolean {
  return APPLICATION_JSON.test(mediaType) || /\+json\s*(;|$)/i.test(mediaType);
}

/** The JSON media type of a content map: `application/json` first, then any `+json`; undefined without one. */
export function jsonMediaType(content: unknown): string | undefined {
  if (!isRecord(content)) return undefined;
  const types = Object.keys(content);
  return types.find((t) => APPLICATION_JSON.test(t)) ?? types.find(isJsonMediaType);
}

/**
 * The media type a body is read as: JSON when offered (clients are generated from it), else the
 * first one documented; undefined for no content.
 */
export function preferredMediaType(content: unknown): string | undefined {
  return jsonMediaType(content) ?? (isRecord(content) ? Object.keys(content)[0] : undefined);
}

export function responseKindFor(mediaType: string | undefined): ResponseKind {
  if (mediaType === undefined) return "none";
  if (isJsonMediaType(mediaType)) return "json";
  if (/^text\//i.test(mediaType) && !/^text\/csv\s*(;|$)/i.test(mediaType)) return "text";
  return "bytes";
}
