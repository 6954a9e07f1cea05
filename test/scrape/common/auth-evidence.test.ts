import { describe, expect, it } from "vitest";
import { authEvidenceFromSample } from "../../../src/scrape/common/auth-evidence.js";
import { schemeOfCredential } from "../../../src/normalise/security.js";

const at = { file: "p.html", line: 7 };

describe("authEvidenceFromSample", () => {
  it.each([
    ["curl https://x.test/me \\\n  -u <email>:<password>", "curl", "-u <email>:<password>", "basic"],
    ["curl --user 'me:secret' https://x.test", "curl", "--user 'me:secret'", "basic"],
    ['curl -H "Authorization: Bearer $TOKEN" https://x.test', "curl", "Authorization: Bearer $TOKEN", "bearer"],
    [
      'fetch(url, { headers: { "Authorization": `Basic ${base64.encode(u)}` } })',
      "sample",
      'Authorization": `Basic ${base64.encode(u)}`',
      "basic",
    ],
  ])("records %j as written", (sample, from, text, scheme) => {
    const [evidence] = authEvidenceFromSample(sample, at);
    expect(evidence).toEqual({ from, text, source: at });
    expect(schemeOfCredential(evidence!.text)).toBe(scheme);
  });

  it("records nothing for a sample without credentials", () => {
    expect(authEvidenceFromSample("curl -X POST https://x.test -d '{\"a\":1}'", at)).toEqual([]);
  });
});
