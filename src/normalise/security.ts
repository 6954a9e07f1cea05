/**
 * Security schemes from the config's `auth` list (the API's accepted schemes, in order of
 * preference). The docs' authentication text refines them: a bearer token described as a JWT gets
 * `bearerFormat: JWT`.
 */
import type { ApiConfig } from "../config/types.js";
import type { DocOperation } from "../model/types.js";

export type SecuritySchemeObject = Record<string, unknown>;

export interface SecurityParts {
  securitySchemes: Record<string, SecuritySchemeObject>;
  /** Top-level `security`: any one of the schemes is enough. */
  security: Record<string, string[]>[];
}

function mentionsJwt(operations: readonly DocOperation[]): boolean {
  return operations.some((op) => /\bJWT\b|JSON Web Token/i.test(op.authentication ?? ""));
}

export function buildSecurity(auth: ApiConfig["auth"], operations: readonly DocOperation[]): SecurityParts {
  const securitySchemes: Record<string, SecuritySchemeObject> = {};
  for (const kind of auth) {
    if (kind === "basic") securitySchemes.basic = { type: "http", scheme: "basic" };
    if (kind === "bearer") {
      securitySchemes.bearer = { type: "http", scheme: "bearer", ...(mentionsJwt(operations) ? { bearerFormat: "JWT" } : {}) };
    }
  }
  return { securitySchemes, security: Object.keys(securitySchemes).map((name) => ({ [name]: [] })) };
}
