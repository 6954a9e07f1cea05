/**
 * API-wide facts from getting-started pages, which document no operations but say how the whole
 * API behaves. Today: the response headers that announce a request quota, so that generated
 * clients can track it without the runtime knowing any one API's header names.
 */
import type { DocPage, DocResponseHeader } from "../model/types.js";
import { sourceRef } from "./provenance.js";
import type { ReportLog } from "./report.js";

/** `x-quota-headers` at the spec's root: the names, and where the docs define them. */
export interface QuotaHeadersExtension {
  remaining: string;
  resetsIn: string;
  "x-source": string[];
}

const REMAINING = /\b(remaining|left)\b/i;
const RESETS = /\breset(s)?\b/i;
const QUOTA_WORD = /quota|rate|limit|requests?|window/i;

function pick(headers: readonly DocResponseHeader[], test: RegExp): DocResponseHeader | undefined {
  return headers.find(
    (h) => (test.test(h.name) || test.test(h.description)) && QUOTA_WORD.test(`${h.name} ${h.description}`),
  );
}

/** Both quota headers, or nothing: one alone cannot tell a client when it may send again. */
export function quotaHeadersFromPages(pages: readonly DocPage[], log: ReportLog): QuotaHeadersExtension | undefined {
  const headers = pages.flatMap((p) => p.responseHeaders ?? []);
  const remaining = pick(headers, REMAINING);
  const resetsIn = pick(headers, RESETS);
  if (!remaining || !resetsIn || remaining === resetsIn) return undefined;
  for (const h of [remaining, resetsIn]) {
    log.inference("quota-header", `quota header "${h.name}": ${h.description}`, h.source);
  }
  return {
    remaining: remaining.name,
    resetsIn: resetsIn.name,
    "x-source": [sourceRef(remaining.source), sourceRef(resetsIn.source)],
  };
}
