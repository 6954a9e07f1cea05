import { describe, expect, it } from "vitest";
import { ReportLog } from "../../src/normalise/report.js";
import { webhookEventSchemaName, webhookEventsFromPages } from "../../src/normalise/webhook-events.js";
import { at, page } from "./model-builders.js";

const PING = {
  event_id: 0,
  created_at: "2022-06-25T03:58:10.207820267Z",
  metadata: { request_type: "POST", event_user_id: 6 },
  payload: "ping",
  url_callback: "https://callback-url.com",
};
const event = (name: string, example: unknown, line: number) => ({
  name,
  description: `That we received this ${name} event:`,
  example,
  source: at(line, "guide.html"),
});

describe("webhookEventsFromPages", () => {
  it("turns an event example into a webhook whose JSON body is a schema read off the example, with provenance", () => {
    const log = new ReportLog();
    const { webhooks, schemas } = webhookEventsFromPages(
      [page([], { eventExamples: [event("PING", PING, 45)] })],
      new Set(),
      log,
    );
    expect(Object.keys(webhooks)).toEqual(["ping"]);
    const post = webhooks.ping!.post;
    expect(post.operationId).toBe("receivePingEvent");
    expect(post["x-source"]).toBe("guide.html:45");
    expect(post.requestBody).toEqual({
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/WebhookPingEvent" }, example: PING } },
    });
    expect(Object.keys(post.responses as object)).toEqual(["2XX"]);

    const schema = schemas.WebhookPingEvent!;
    expect(schema["x-source"]).toBe("guide.html:45");
    expect(schema.required).toBeUndefined(); // an example shows what can appear, not what must
    expect(schema.properties).toEqual({
      event_id: { type: "integer", "x-source": "guide.html:45" },
      created_at: { type: "string", format: "date-time", "x-source": "guide.html:45" },
      metadata: {
        type: "object",
        properties: {
          request_type: { type: "string", "x-source": "guide.html:45" },
          event_user_id: { type: "integer", "x-source": "guide.html:45" },
        },
        "x-source": "guide.html:45",
      },
      payload: { type: "string", "x-source": "guide.html:45" },
      url_callback: { type: "string", format: "uri", "x-source": "guide.html:45" },
    });
    expect(log.inferences.map((e) => [e.code, e.source])).toEqual([["webhook-event", "guide.html:45"]]);
  });

  it("names: PING → ping / WebhookPingEvent; time_entry → timeEntry / WebhookTimeEntryEvent", () => {
    expect(webhookEventSchemaName("PING")).toBe("WebhookPingEvent");
    expect(webhookEventSchemaName("time_entry")).toBe("WebhookTimeEntryEvent");
    const { webhooks } = webhookEventsFromPages(
      [page([], { eventExamples: [event("time_entry", {}, 1)] })],
      new Set(),
      new ReportLog(),
    );
    expect(Object.keys(webhooks)).toEqual(["timeEntry"]);
  });

  it("no examples, no webhooks", () => {
    expect(webhookEventsFromPages([page([])], new Set(), new ReportLog())).toEqual({ webhooks: {}, schemas: {} });
  });

  it("a second example of the same event is reported and the first kept", () => {
    const log = new ReportLog();
    const pages = [
      page([], { eventExamples: [event("PING", PING, 10)] }),
      page([], { eventExamples: [event("PING", { other: 1 }, 20)] }),
    ];
    const { schemas } = webhookEventsFromPages(pages, new Set(), log);
    expect(Object.keys(schemas.WebhookPingEvent!.properties as object)).toContain("event_id");
    expect(log.warnings.map((w) => [w.code, w.source])).toEqual([["webhook-event-duplicate", "guide.html:20"]]);
  });

  it("an event whose schema name an operation already uses is reported as a conflict and left out", () => {
    const log = new ReportLog();
    const result = webhookEventsFromPages(
      [page([], { eventExamples: [event("PING", PING, 10)] })],
      new Set(["WebhookPingEvent"]),
      log,
    );
    expect(result).toEqual({ webhooks: {}, schemas: {} });
    expect(log.conflicts.map((c) => c.code)).toEqual(["webhook-event-name-taken"]);
  });
});

describe("the Webhooks API built from its configured pages", () => {
  it("has the guide's PING event as webhook `ping`, next to its ten operations", async () => {
    const { loadProjectConfig } = await import("../../src/pipeline/config.js");
    const { extractApi } = await import("../../src/pipeline/extract.js");
    const api = (await loadProjectConfig(".")).apis.find((a) => a.name === "toggl-webhooks-v1")!;
    const { document } = await extractApi(api.sources, api, ".", api.context ?? []);
    expect(Object.keys(document.webhooks ?? {})).toEqual(["ping"]);
    expect(document.webhooks!.ping!.post["x-source"]).toBe(
      "spec/sources/toggl-webhooks-v1/html/guide-validating_received_events.html:45",
    );
    const properties = Object.keys((document.components.schemas?.WebhookPingEvent?.properties ?? {}) as object);
    expect(properties).toEqual([
      "event_id",
      "created_at",
      "creator_id",
      "metadata",
      "payload",
      "subscription_id",
      "url_callback",
      "timestamp",
    ]);
  });
});
