import { describe, expect, it } from "vitest";
import { authEvidenceOf, buildSecurity, decideAuth, schemeOfCredential } from "../../src/normalise/security.js";
import { ReportLog } from "../../src/normalise/report.js";
import type { AuthEvidence } from "../../src/model/types.js";
import { at, operation, page, param } from "./model-builders.js";

describe("buildSecurity", () => {
  it("maps basic and bearer to http schemes, in the config's order, as alternatives", () => {
    expect(buildSecurity(["basic", "bearer"], [])).toEqual({
      securitySchemes: { basic: { type: "http", scheme: "basic" }, bearer: { type: "http", scheme: "bearer" } },
      security: [{ basic: [] }, { bearer: [] }],
    });
  });

  it("says JWT when the docs' authentication text does", () => {
    const op = operation("patch", "/x", "Update x", { authentication: "Required - JWT token in Authorization header" });
    expect(buildSecurity(["bearer"], [op]).securitySchemes.bearer).toEqual({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
  });
});

describe("schemeOfCredential", () => {
  it.each([
    // Toggl's cURL samples (spec/sources/toggl-track-v9/text/clients.txt:13, html/authentication.html).
    ["-u <email>:<password>", "basic"],
    ["-u $API_TOKEN:api_token", "basic"],
    ["--user=me:secret", "basic"],
    ["-H 'Authorization: Basic dXNlcjpwYXNz'", "basic"],
    // clients-v1 (spec/sources/clients-v1/update-client.txt:8 and :14).
    ["Required - JWT token in Authorization header", "bearer"],
    ["Authorization: Bearer token: Bearer <token>", "bearer"],
    ['-H "Authorization: Bearer $TOKEN"', "bearer"],
  ])("%s → %s", (text, scheme) => {
    expect(schemeOfCredential(text)).toBe(scheme);
  });
  it.each([["Required"], ["-H 'Authorization: Token abc'"], ["Basic information about the user"], ["--url https://x"]])(
    "%s → nothing",
    (text) => {
      expect(schemeOfCredential(text)).toBeUndefined();
    },
  );
});

describe("decideAuth from a hand-built model", () => {
  const curl = (text: string, line: number): AuthEvidence => ({
    from: "curl",
    text,
    source: at(line, "docs/clients.txt"),
  });

  it("takes the schemes the samples show, the most-shown first, and reports each with its evidence", () => {
    const pages = [
      page([
        operation("get", "/a", "A", { authEvidence: [curl("-u <email>:<password>", 13)] }),
        operation("get", "/b", "B", { authEvidence: [curl("-u <email>:<password>", 121)] }),
      ]),
      page([], { authEvidence: [curl('-H "Authorization: Bearer $T"', 7)] }),
    ];
    const log = new ReportLog();
    const auth = decideAuth(
      undefined,
      authEvidenceOf(
        pages,
        pages.flatMap((p) => p.operations),
      ),
      log,
    );
    expect(auth).toEqual(["basic", "bearer"]);
    expect(log.inferences.map((e) => [e.code, e.source])).toEqual([
      ["auth-from-docs", "docs/clients.txt:13"],
      ["auth-from-docs", "docs/clients.txt:7"],
    ]);
    expect(log.inferences[0]!.message).toBe(
      'HTTP Basic from "-u <email>:<password>" (2 places, also docs/clients.txt:121)',
    );
  });

  it("reads an Authorization header row and an authentication note; no evidence means no scheme", () => {
    const op = operation("patch", "/x", "X", {
      parameters: [param("Authorization", "header", "string", { description: "Bearer token: Bearer <token>" })],
    });
    expect(decideAuth(undefined, authEvidenceOf([], [op]), new ReportLog())).toEqual(["bearer"]);
    const noted = operation("patch", "/x", "X", { authentication: "Required - JWT token in Authorization header" });
    expect(decideAuth(undefined, authEvidenceOf([], [noted]), new ReportLog())).toEqual(["bearer"]);
    const log = new ReportLog();
    expect(decideAuth(undefined, authEvidenceOf([], [operation("get", "/y", "Y")]), log)).toEqual([]);
    expect(log.inferences).toEqual([]);
  });

  it("keeps the configured schemes and reports evidence of another one as a conflict", () => {
    const op = operation("get", "/a", "A", { authEvidence: [curl("-u a:b", 3)] });
    const log = new ReportLog();
    expect(decideAuth(["bearer"], authEvidenceOf([], [op]), log)).toEqual(["bearer"]);
    expect(log.conflicts.map((c) => [c.code, c.source])).toEqual([["auth-config-differs", "docs/clients.txt:3"]]);
    const agreeing = new ReportLog();
    expect(decideAuth(["basic", "bearer"], authEvidenceOf([], [op]), agreeing)).toEqual(["basic", "bearer"]);
    expect(agreeing.conflicts).toEqual([]);
  });

  it("warns about a sample's credential of an unknown scheme instead of guessing", () => {
    const op = operation("get", "/a", "A", { authEvidence: [curl("-H 'X-Api-Key: k'", 4)] });
    const log = new ReportLog();
    expect(decideAuth(undefined, authEvidenceOf([], [op]), log)).toEqual([]);
    expect(log.warnings.map((w) => [w.code, w.source])).toEqual([["auth-unrecognised", "docs/clients.txt:4"]]);
  });
});
