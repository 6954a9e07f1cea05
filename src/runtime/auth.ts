/**
 * Credentials → `Authorization` header. Toggl uses HTTP Basic with either `email:password` or
 * `<api token>:api_token`; other APIs use bearer tokens. Credentials are checked at construction
 * so a missing environment variable fails loudly instead of as a 403 later.
 */

/** The security schemes the runtime can apply. */
export type AuthScheme = "basic" | "bearer";

/** Credentials for HTTP Basic APIs (Toggl): an API token, or email and password. */
export type BasicAuthOptions = { apiToken: string } | { email: string; password: string };
/** Credentials for bearer-token APIs. */
export type BearerAuthOptions = { bearerToken: string };

/** Every credential field any API may take; the generated class narrows it to its API's schemes. */
export interface AnyCredentials {
  apiToken?: string;
  email?: string;
  password?: string;
  bearerToken?: string;
}

/** The resolved header plus every string that must never appear in output. */
export interface ResolvedAuth {
  /** The `Authorization` value, or `undefined` when the caller supplies it another way. */
  authorization: string | undefined;
  /** Raw secrets and their encoded forms, for scrubbing server text. */
  secrets: string[];
}

/**
 * Picks the credential the caller gave and checks it fits the API's schemes. `hasOwnAuthorization`
 * is true when the caller set an `Authorization` header themselves (then no credential is required).
 */
export function resolveAuth(
  credentials: AnyCredentials,
  schemes: readonly AuthScheme[],
  apiName: string,
  hasOwnAuthorization: boolean,
): ResolvedAuth {
  const { apiToken, email, password, bearerToken } = credentials;
  const fail = (why: string) => new TypeError(`${apiName}: ${why}`);
  /** Throws unless the API takes `scheme` (an API that declares none takes any). */
  const expect = (scheme: AuthScheme, what: string) => {
    if (schemes.length > 0 && !schemes.includes(scheme))
      throw fail(`this API does not take ${what} (it uses ${schemes.join(", ")} auth)`);
  };

  if (bearerToken !== undefined) {
    expect("bearer", "a bearerToken");
    if (bearerToken.trim() === "") throw fail("bearerToken is empty");
    return { authorization: `Bearer ${bearerToken}`, secrets: [bearerToken] };
  }
  if (apiToken !== undefined) {
    expect("basic", "an apiToken");
    if (apiToken.trim() === "") throw fail("apiToken is empty");
    return basic(`${apiToken}:api_token`, apiToken);
  }
  if (email !== undefined || password !== undefined) {
    expect("basic", "email and password");
    if (!email || !password) throw fail("pass both email and password");
    return basic(`${email}:${password}`, password);
  }
  if (schemes.length > 0 && !hasOwnAuthorization) {
    const wanted = schemes
      .map((s) => (s === "basic" ? "apiToken, or email and password" : "bearerToken"))
      .join("; or ");
    throw fail(`no credentials given: pass ${wanted}`);
  }
  return { authorization: undefined, secrets: [] };
}

function basic(userPass: string, secret: string): ResolvedAuth {
  const encoded = base64Utf8(userPass);
  return { authorization: `Basic ${encoded}`, secrets: [secret, encoded] };
}

/** Base64 of the UTF-8 bytes: `btoa` alone throws on non-Latin-1 passwords. */
export function base64Utf8(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
