import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  webhookValidationCode,
  webhookValidationResponse,
} from "../../src/runtime/index.js";

/**
 * The example of "Validating Received Events"
 * (spec/sources/toggl-webhooks-v1/html/guide-validating_received_events.html): the subscription's
 * secret (line 42), the PING event in the raw form it is sent in (line 47) and the signature
 * header that came with it (line 49).
 */
const GUIDE = "spec/sources/toggl-webhooks-v1/html/guide-validating_received_events.html";
const SECRET = "PGuRrhCFajIyEvFlreKL";
const RAW_BODY =
  '{"event_id":0,"created_at":"2022-06-25T03:58:10.207820267Z","creator_id":6,"metadata":{"request_type":"POST","event_user_id":6},"payload":"ping","subscription_id":6,"timestamp":"2022-06-25T03:58:10.207820267Z","url_callback":"https://callback-url.com"}';
const SIGNATURE = "sha256=bf829606cda0ca6923defb5ca70a43135adc7e8887486a201a19cb50ca6006b1";

const bytes = (text: string) => new TextEncoder().encode(text);

/** `signature` with the hex digit at `index` (after the prefix) replaced by a different one. */
function flipDigit(signature: string, index: number): string {
  const at = "sha256=".length + index;
  const digit = signature[at]!;
  return signature.slice(0, at) + (digit === "0" ? "1" : "0") + signature.slice(at + 1);
}

describe("verifyWebhookSignature: the guide's example", () => {
  it("the example values are the page's own", async () => {
    const page = (await readFile(GUIDE, "utf8")).replaceAll("&quot;", '"');
    expect(page).toContain(`<code>${SECRET}</code>`);
    expect(page).toContain(RAW_BODY);
    expect(page).toContain(`<code>${SIGNATURE}</code>`);
    expect(page).toContain(`<code>${WEBHOOK_SIGNATURE_HEADER}</code>`);
  });

  it("accepts the page's signature for the page's raw body, as a string, a Uint8Array, an ArrayBuffer and a Node Buffer", async () => {
    const encoded = bytes(RAW_BODY);
    expect(await verifyWebhookSignature(RAW_BODY, SIGNATURE, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(encoded, SIGNATURE, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(encoded.buffer, SIGNATURE, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(Buffer.from(RAW_BODY), SIGNATURE, SECRET)).toBe(true);
  });

  it("reads the body view's own bytes, not the whole buffer behind it", async () => {
    const padded = bytes(`xx${RAW_BODY}yy`);
    expect(await verifyWebhookSignature(padded.subarray(2, padded.length - 2), SIGNATURE, SECRET)).toBe(true);
    expect(await verifyWebhookSignature(padded, SIGNATURE, SECRET)).toBe(false);
  });

  it("accepts the header as Node hands it over (one-element array) and with surrounding whitespace", async () => {
    expect(await verifyWebhookSignature(RAW_BODY, [SIGNATURE], SECRET)).toBe(true);
    expect(await verifyWebhookSignature(RAW_BODY, `  ${SIGNATURE}\t`, SECRET)).toBe(true);
  });

  it("accepts upper-case hex digits (the Go example decodes the hex, which ignores case)", async () => {
    const upper = `sha256=${SIGNATURE.slice("sha256=".length).toUpperCase()}`;
    expect(await verifyWebhookSignature(RAW_BODY, upper, SECRET)).toBe(true);
  });
});

describe("verifyWebhookSignature: tampering and bad input resolve false", () => {
  it("one byte of the body changed", async () => {
    const tampered = RAW_BODY.replace('"subscription_id":6', '"subscription_id":7');
    expect(tampered).not.toBe(RAW_BODY);
    expect(await verifyWebhookSignature(tampered, SIGNATURE, SECRET)).toBe(false);
  });

  it("the body re-serialised (formatted) instead of the raw bytes", async () => {
    const reformatted = JSON.stringify(JSON.parse(RAW_BODY), null, 2);
    expect(await verifyWebhookSignature(reformatted, SIGNATURE, SECRET)).toBe(false);
  });

  it("a wrong secret", async () => {
    expect(await verifyWebhookSignature(RAW_BODY, SIGNATURE, `${SECRET}x`)).toBe(false);
    expect(await verifyWebhookSignature(RAW_BODY, SIGNATURE, SECRET.toLowerCase())).toBe(false);
  });

  it("one digit of the signature changed, first, middle or last", async () => {
    for (const index of [0, 31, 63]) {
      expect(await verifyWebhookSignature(RAW_BODY, flipDigit(SIGNATURE, index), SECRET)).toBe(false);
    }
  });

  it("the page's other example signature (for some other body)", async () => {
    expect(
      await verifyWebhookSignature(
        RAW_BODY,
        "sha256=6d011bcd0b5bfb7e45372af01bc18f30cc04599df72eca189cdac1094008b095",
        SECRET,
      ),
    ).toBe(false);
  });

  it("a wrong or missing prefix", async () => {
    const hex = SIGNATURE.slice("sha256=".length);
    for (const header of [
      hex,
      `sha1=${hex}`,
      `sha512=${hex}`,
      `SHA256=${hex}`,
      `sha256:${hex}`,
      `sha256 =${hex}`,
      `=${hex}`,
    ]) {
      expect(await verifyWebhookSignature(RAW_BODY, header, SECRET), header).toBe(false);
    }
  });

  it("an empty, missing or repeated header", async () => {
    for (const header of ["", "sha256=", "   ", null, undefined, [], [SIGNATURE, SIGNATURE]]) {
      expect(await verifyWebhookSignature(RAW_BODY, header, SECRET), JSON.stringify(header)).toBe(false);
    }
  });

  it("a digest of a different length, or not hex", async () => {
    for (const header of [
      SIGNATURE.slice(0, -2),
      `${SIGNATURE}00`,
      `${SIGNATURE}0`,
      SIGNATURE.slice(0, -1) + "g",
      `${SIGNATURE.slice(0, -2)} 1`,
    ]) {
      expect(await verifyWebhookSignature(RAW_BODY, header, SECRET), header).toBe(false);
    }
  });

  it("a body or header that is not a string or bytes (from untyped callers)", async () => {
    const untyped = verifyWebhookSignature as (body: unknown, header: unknown, secret: string) => Promise<boolean>;
    for (const body of [undefined, null, 42, { event_id: 0 }, JSON.parse(RAW_BODY)]) {
      expect(await untyped(body, SIGNATURE, SECRET)).toBe(false);
    }
    for (const header of [42, { value: SIGNATURE }, [42]]) {
      expect(await untyped(RAW_BODY, header, SECRET)).toBe(false);
    }
  });

  it("throws a TypeError only for a missing secret", async () => {
    const untyped = verifyWebhookSignature as (body: unknown, header: unknown, secret: unknown) => Promise<boolean>;
    for (const secret of [undefined, null, "", 42]) {
      await expect(untyped(RAW_BODY, SIGNATURE, secret)).rejects.toThrow(TypeError);
    }
    await expect(untyped(RAW_BODY, SIGNATURE, undefined)).rejects.toThrow(/secret is required/);
  });
});

describe("verifyWebhookSignature: a platform without Web Crypto", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says what it needs instead of failing on undefined", async () => {
    vi.stubGlobal("crypto", undefined);
    await expect(verifyWebhookSignature(RAW_BODY, SIGNATURE, SECRET)).rejects.toThrow(
      /needs Web Crypto \(globalThis\.crypto\.subtle\)/,
    );
  });
});

describe("URL endpoint validation (guide-url_endpoint_validation.html, lines 34-36)", () => {
  const PING = JSON.parse(RAW_BODY) as Record<string, unknown>;

  it('a PING event with a validation_code is answered with {"validation_code": "<validation_code>"}', () => {
    const event = { ...PING, validation_code: "c0de" };
    expect(webhookValidationCode(event)).toBe("c0de");
    expect(webhookValidationResponse(event)).toEqual({ validation_code: "c0de" });
    expect(JSON.stringify(webhookValidationResponse(event))).toBe('{"validation_code":"c0de"}');
  });

  it("an event without one (a validated subscription, the guide's PING example) needs no validation answer", () => {
    expect(webhookValidationCode(PING)).toBeUndefined();
    expect(webhookValidationResponse(PING)).toBeUndefined();
  });

  it("anything that is not an event with a non-empty string code gives nothing", () => {
    for (const value of [
      undefined,
      null,
      "c0de",
      42,
      [],
      [{ validation_code: "c0de" }],
      { validation_code: "" },
      { validation_code: 42 },
      { validation_code: null },
    ]) {
      expect(webhookValidationResponse(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe("a receiver on a loopback node:http server", () => {
  let server: Server | undefined;
  afterEach(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    server = undefined;
  });

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The receiver the README describes: verify the raw bytes, then answer the validation code if there is one. */
  async function startReceiver(secret: string): Promise<string> {
    server = createServer(async (req, res) => {
      const raw = await readBody(req);
      if (!(await verifyWebhookSignature(raw, req.headers["x-webhook-signature-256"], secret))) {
        res.writeHead(401).end();
        return;
      }
      const answer = webhookValidationResponse(JSON.parse(raw.toString("utf8")));
      res.writeHead(200, { "Content-Type": "application/json" }).end(answer ? JSON.stringify(answer) : "");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  function deliver(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        { method: "POST", headers: { "Content-Type": "application/json", ...headers } },
        (res) => {
          readBody(res).then((b) => resolve({ status: res.statusCode!, body: b.toString("utf8") }), reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  it("accepts the guide's PING delivery and refuses it unsigned, mis-signed or altered", async () => {
    const url = await startReceiver(SECRET);
    expect(await deliver(url, RAW_BODY, { [WEBHOOK_SIGNATURE_HEADER]: SIGNATURE })).toEqual({ status: 200, body: "" });
    expect((await deliver(url, RAW_BODY, {})).status).toBe(401);
    expect((await deliver(url, RAW_BODY, { [WEBHOOK_SIGNATURE_HEADER]: flipDigit(SIGNATURE, 10) })).status).toBe(401);
    expect((await deliver(url, `${RAW_BODY} `, { [WEBHOOK_SIGNATURE_HEADER]: SIGNATURE })).status).toBe(401);
  });

  it("answers a signed PING that carries a validation code with that code", async () => {
    const url = await startReceiver(SECRET);
    const body = JSON.stringify({ ...JSON.parse(RAW_BODY), validation_code: "v4lid" });
    const signature = await hmacHex(SECRET, body);
    const answer = await deliver(url, body, { [WEBHOOK_SIGNATURE_HEADER]: `sha256=${signature}` });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ validation_code: "v4lid" });
  });
});

/** An independent HMAC (node:crypto) to sign new test bodies, so the module is not checked against itself. */
async function hmacHex(secret: string, body: string): Promise<string> {
  const { createHmac } = await import("node:crypto");
  return createHmac("sha256", secret).update(body).digest("hex");
}
