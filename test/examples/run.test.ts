/**
 * `npm run example`: the README's examples against the fake Toggl on 127.0.0.1. The fake must
 * behave like the service where the examples depend on it (Basic auth, header-cursor pages, a PDF),
 * and the script must print what the client got back.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_TOKEN, startFakeToggl, WORKSPACE_ID, type FakeToggl } from "../../examples/fake-toggl.js";
import { runExamples } from "../../examples/run.js";

let fake: FakeToggl | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("npm run example", () => {
  it("runs every README example against the fake Toggl and prints the results", async () => {
    fake = await startFakeToggl();
    const lines: string[] = [];
    await runExamples(fake.origin, DEMO_TOKEN, (line) => void lines.push(line));
    expect(lines[0]).toBe("Signed in as Ada Example <ada@example.test>, default workspace 5001");
    expect(lines).toContain("Time entries since 1 December: 3");
    expect(lines).toContain('Running now: "Write the quarterly report" since 2026-12-03T08:00:00Z');
    expect(lines).toContain("Clients: Acme Corp, Globex, Initech (archived)");
    expect(lines).toContain("Detailed report, 23–29 November: 5 rows (pages of 2), 7h30m in total");
    expect(lines.find((l) => l.startsWith("Detailed report as PDF"))).toMatch(/starts with %PDF-1\.4$/);
    expect(lines.at(-1)).toMatch(/^Webhook 71: .* → https:\/\/billing\.example\.test\/hooks\/toggl \(enabled\)$/);

    // Each API under its own base path on the one origin; the report paged by its header cursors.
    const searches = fake.requests.filter((r) => r.url.endsWith("/search/time_entries"));
    expect(searches.map((r) => r.url)).toEqual(
      Array(3).fill(`/reports/api/v3/workspace/${WORKSPACE_ID}/search/time_entries`),
    );
    expect(
      searches.map((r) => [
        (r.body as Record<string, unknown>).first_id,
        (r.body as Record<string, unknown>).first_row_number,
      ]),
    ).toEqual([
      [undefined, undefined],
      [3003, 3],
      [3005, 5],
    ]);
    expect(fake.requests.map((r) => r.url.split("?")[0])).toEqual(
      expect.arrayContaining([
        "/api/v9/me",
        "/api/v9/me/time_entries",
        "/api/v9/me/time_entries/current",
        `/webhooks/api/v1/subscriptions/${WORKSPACE_ID}`,
      ]),
    );
  });

  it("the fake refuses a wrong token with 403, like Toggl", async () => {
    fake = await startFakeToggl({ apiToken: "right" });
    await expect(runExamples(fake.origin, "wrong", () => {})).rejects.toMatchObject({ status: 403 });
  });

  it("the fake answers a route it does not know with 404 naming it", async () => {
    fake = await startFakeToggl();
    const response = await fetch(`${fake.origin}/api/v9/nope`, {
      headers: { authorization: `Basic ${Buffer.from(`${DEMO_TOKEN}:api_token`).toString("base64")}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatch(/no route for GET \/api\/v9\/nope/);
  });
});
