import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DocsInputError } from "../../src/model/errors.js";
import { checkProjectConfig } from "../../src/pipeline/config.js";

const good = JSON.parse(readFileSync(new URL("../../docs2client.config.json", import.meta.url), "utf8"));

describe("checkProjectConfig", () => {
  it("accepts the project's own config", () => {
    expect(checkProjectConfig(good).apis.map((a) => a.name)).toEqual(["toggl-track-v9", "toggl-reports-v3", "toggl-webhooks-v1", "clients-v1"]);
  });
  it.each([
    [{}, '"apis" must be a non-empty array'],
    [{ apis: [{ ...good.apis[0], name: "Bad Name" }] }, "apis[0].name must be lower-case"],
    [{ apis: [good.apis[0], good.apis[0]] }, 'apis[1].name "toggl-track-v9" is used twice'],
    [{ apis: [{ ...good.apis[0], auth: ["digest"] }] }, "apis[0].auth must be"],
    [{ apis: [{ ...good.apis[0], sources: [] }] }, "apis[0].sources must list"],
    [{ apis: [{ ...good.apis[0], clientClass: "lower" }] }, "apis[0].clientClass must be"],
  ])("rejects %j with a message naming the file", (raw, message) => {
    expect(() => checkProjectConfig(raw)).toThrow(DocsInputError);
    expect(() => checkProjectConfig(raw)).toThrow(`docs2client.config.json:1: ${message}`);
  });
});
