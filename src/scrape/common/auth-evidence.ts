import type { AuthEvidence, SourceLocation } from "../../model/types.js";
import { curlCommand } from "./method-evidence.js";

/**
 * How a code sample sends credentials, as written: cURL's `-u`/`--user` argument or an
 * `Authorization` header (`-H "Authorization: Bearer $TOKEN"`, `headers: { Authorization: … }`).
 * A reader records the text; which scheme it shows is the normaliser's call (`security.ts`).
 */
const CURL_USER = /(?:^|\s)(?:-u|--user)[\s=]+(?:"[^"\n]*"|'[^'\n]*'|\S+)/;
/** The header name, its separator and value up to the quote that closes it (or the line's end). */
const AUTHORIZATION_HEADER = /Authorization["']?\s*[:=,]\s*(?:`[^`\n]*`|["']?[^"'`\n}]*)/i;

export function authEvidenceFromSample(sample: string, source: SourceLocation): AuthEvidence[] {
  const found: AuthEvidence[] = [];
  const curl = curlCommand(sample);
  const user = curl ? CURL_USER.exec(curl)?.[0].trim() : undefined;
  if (user) found.push({ from: "curl", text: user, source });
  const header = AUTHORIZATION_HEADER.exec(sample)?.[0].trim();
  if (header) found.push({ from: curl ? "curl" : "sample", text: header, source });
  return found;
}
