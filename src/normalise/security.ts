/**
 * Security schemes. The config's `auth` list (the API's accepted schemes, in order of preference)
 * is the override; without it the schemes are decided from what the pages show: how samples send
 * credentials (`authEvidence`: cURL `-u`, an `Authorization: Bearer` header), an `Authorization`
 * header row, an operation's authentication note. A bearer token described as a JWT gets
 * `bearerFormat: JWT`.
 */
import type { AuthScheme } from "../config/types.js";
import type { AuthEvidence, DocOperation, DocPage } from "../model/types.js";
import { sourceRef } from "./provenance.js";
import type { ReportLog } from "./report.js";

export type SecuritySchemeObject = Record<string, unknown>;

export interface SecurityParts {
  securitySchemes: Record<string, SecuritySchemeObject>;
  /** Top-level `security`: any one of the schemes is enough. */
  security: Record<string, string[]>[];
}

function mentionsJwt(operations: readonly DocOperation[]): boolean {
  return operations.some((op) => /\bJWT\b|JSON Web Token/i.test(op.authentication ?? ""));
}

export function buildSecurity(auth: readonly AuthScheme[], operations: readonly DocOperation[]): SecurityParts {
  const securitySchemes: Record<string, SecuritySchemeObject> = {};
  for (const kind of auth) {
    if (kind === "basic") securitySchemes.basic = { type: "http", scheme: "basic" };
    if (kind === "bearer") {
      securitySchemes.bearer = {
        type: "http",
        scheme: "bearer",
        ...(mentionsJwt(operations) ? { bearerFormat: "JWT" } : {}),
      };
    }
  }
  return { securitySchemes, security: Object.keys(securitySchemes).map((name) => ({ [name]: [] })) };
}

const SCHEME_NAMES: Record<AuthScheme, string> = { basic: "HTTP Basic", bearer: "a bearer token" };

/**
 * The scheme a credential text shows: a bearer token or JWT, else HTTP Basic for cURL's `-u`/`--user`
 * or an `Authorization: Basic` header; undefined when the text names neither.
 */
export function schemeOfCredential(text: string): AuthScheme | undefined {
  if (/\bbearer\b|\bJWT\b|JSON Web Token/i.test(text)) return "bearer";
  if (
    /(?:^|\s)(?:-u|--user)(?:[\s=]|$)|\bbasic\s+auth|\bhttp\s+basic\b|authorization["'`]?\s*[:=,]\s*["'`]?\s*basic\b/i.test(
      text,
    )
  )
    return "basic";
  return undefined;
}

/**
 * Everything the pages show about credentials: samples' `authEvidence` (operations' and
 * getting-started pages'), `Authorization` header rows (a reserved header: not a parameter, but
 * evidence of the scheme), and authentication notes.
 */
export function authEvidenceOf(pages: readonly DocPage[], operations: readonly DocOperation[]): AuthEvidence[] {
  const evidence: AuthEvidence[] = pages.flatMap((page) => page.authEvidence ?? []);
  for (const op of operations) {
    evidence.push(...(op.authEvidence ?? []));
    for (const p of op.parameters) {
      if (p.in === "header" && p.name.toLowerCase() === "authorization")
        evidence.push({ from: "header", text: `${p.name}: ${p.description}`, source: p.source });
    }
    if (op.authentication) evidence.push({ from: "prose", text: op.authentication, source: op.source });
  }
  return evidence;
}

/**
 * The API's schemes: the configured list when there is one (evidence of another scheme is reported
 * as a conflict), else the schemes the evidence shows, the most-shown first. A sample's credential
 * that names no known scheme is reported; a note that names none is not evidence.
 */
export function decideAuth(
  configured: readonly AuthScheme[] | undefined,
  evidence: readonly AuthEvidence[],
  log: ReportLog,
): AuthScheme[] {
  const shown = new Map<AuthScheme, AuthEvidence[]>();
  for (const item of evidence) {
    const scheme = schemeOfCredential(item.text);
    if (scheme) shown.set(scheme, [...(shown.get(scheme) ?? []), item]);
    else if (item.from !== "prose") {
      log.warning(
        "auth-unrecognised",
        `credentials "${item.text}" name no scheme docs2client knows (basic, bearer); not used as evidence`,
        item.source,
      );
    }
  }
  if (configured) {
    for (const [scheme, items] of shown) {
      if (configured.includes(scheme)) continue;
      log.conflict(
        "auth-config-differs",
        `the config's auth [${configured.join(", ")}] is kept, but the pages show ${SCHEME_NAMES[scheme]} ("${items[0]!.text}"${items.length > 1 ? ` and ${items.length - 1} more` : ""})`,
        items[0]!.source,
      );
    }
    return [...configured];
  }
  const ranked = [...shown.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [scheme, items] of ranked) {
    const others = items.slice(1, 3).map((e) => sourceRef(e.source));
    log.inference(
      "auth-from-docs",
      `${SCHEME_NAMES[scheme]} from "${items[0]!.text}"` +
        (items.length > 1
          ? ` (${items.length} places, also ${others.join(", ")}${items.length > 3 ? ", …" : ""})`
          : ""),
      items[0]!.source,
    );
  }
  return ranked.map(([scheme]) => scheme);
}
