import { afterEach, describe, expect, it } from "vitest";
import { ApiClient, RUNTIME_VERSION } from "../../src/runtime/index.js";
import { base64Utf8, resolveAuth } from "../../src/runtime/auth.js";
import { type FaultServer, startFaultServer } from "./fault-server.js";
import { getThing } from "./test-api.js";
import { readFileSync } from "node:fs";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function headersSent(credentials: object, auth: readonly ("basic" | "bearer")[] = ["basic"], extra: object = {}) {
  server = await startFaultServer([{ body: {} }]);
  const client = new ApiClient(
    { baseUrl: server.url, rateLimit: false, ...credentials, ...extra },
    { name: "auth-api", baseUrl: "", auth },
  );
  await client.call(getThing, { thing_id: 1 });
  return server.requests[0]!.headers;
}

describe("Authorization header", () => {
  it("apiToken → Basic base64(<token>:api_token), as in the Toggl docs", async () => {
    const headers = await headersSent({ apiToken: "1971800d4d82861d8f2c1651fea4d212" });
    expect(headers.authorization).toBe(
      `Basic ${Buffer.from("1971800d4d82861d8f2c1651fea4d212:api_token").toString("base64")}`,
    );
  });

  it("email and password → Basic base64(email:password); the docs' Aladdin example", async () => {
    const headers = await headersSent({ email: "Aladdin", password: "open sesame" });
    expect(headers.authorization).toBe("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  });

  it("non-Latin-1 passwords are encoded as UTF-8", () => {
    expect(base64Utf8("jürgen@example.com:pässwörd€")).toBe(
      Buffer.from("jürgen@example.com:pässwörd€", "utf8").toString("base64"),
    );
  });

  it("bearerToken → Bearer <token>", async () => {
    const headers = await headersSent({ bearerToken: "abc.def.ghi" }, ["bearer"]);
    expect(headers.authorization).toBe("Bearer abc.def.ghi");
  });

  it("per-call headers are sent; client headers too", async () => {
    server = await startFaultServer([{ body: {} }]);
    const client = new ApiClient(
      { baseUrl: server.url, rateLimit: false, apiToken: "t0ken", headers: { "X-Client": "c" } },
      { name: "a", baseUrl: "", auth: ["basic"] },
    );
    await client.call(getThing, { thing_id: 1 }, { headers: { "X-Call": "k" } });
    expect(server.requests[0]!.headers["x-client"]).toBe("c");
    expect(server.requests[0]!.headers["x-call"]).toBe("k");
  });
});

describe("User-Agent", () => {
  it("is docs2client/<version> (<api name>) plus the user's", async () => {
    const headers = await headersSent({ apiToken: "t0ken", userAgent: "my-app/1.2" });
    expect(headers["user-agent"]).toBe(`docs2client/${RUNTIME_VERSION} (auth-api) my-app/1.2`);
  });
  it("RUNTIME_VERSION matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(RUNTIME_VERSION).toBe(pkg.version);
  });
});

describe("credential checks at construction", () => {
  const make =
    (credentials: object, auth: readonly ("basic" | "bearer")[] = ["basic"]) =>
    () =>
      new ApiClient(
        { baseUrl: "https://api.example.com", ...credentials },
        { name: "toggl-track-v9", baseUrl: "", auth },
      );

  it("no credentials for an API that needs them → a clear error", () => {
    expect(make({})).toThrow("toggl-track-v9: no credentials given: pass apiToken, or email and password");
    expect(make({}, ["bearer"])).toThrow("pass bearerToken");
  });
  it("an empty token (e.g. an unset environment variable) → error", () => {
    expect(make({ apiToken: "" })).toThrow("apiToken is empty");
    expect(make({ bearerToken: " " }, ["bearer"])).toThrow("bearerToken is empty");
  });
  it("email without password → error", () => {
    expect(make({ email: "a@b.c" })).toThrow("pass both email and password");
  });
  it("a credential the API does not take → error", () => {
    expect(make({ bearerToken: "x" })).toThrow("does not take a bearerToken");
    expect(make({ apiToken: "x" }, ["bearer"])).toThrow("does not take an apiToken");
  });
  it("an own Authorization header replaces credentials", () => {
    expect(make({ headers: { Authorization: "Basic xyz" } })).not.toThrow();
  });
  it("an API without auth needs no credentials", () => {
    expect(resolveAuth({}, [], "open-api", false)).toEqual({ authorization: undefined, secrets: [] });
  });
  it("lists the secrets to scrub: the token and its base64 form", () => {
    const auth = resolveAuth({ apiToken: "tokentoken" }, ["basic"], "a", false);
    expect(auth.secrets).toEqual(["tokentoken", base64Utf8("tokentoken:api_token")]);
  });
});
