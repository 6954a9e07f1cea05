import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTogglHtml } from "../../../src/scrape/toggl-html/index.js";

const guide = "spec/sources/toggl-webhooks-v1/html/guide-validating_received_events.html";

const article = (body: string) =>
  `<html><body><div class="theme-doc-markdown markdown"><h1>Guide</h1>\n${body}\n</div></body></html>`;
const codeBlock = (text: string) => `<div class="language-json theme-code-block"><pre><code>${text}</code></pre></div>`;

describe("webhook event examples on guide pages", () => {
  it("reads the PING event of 'Validating Received Events', at the line of its code block", () => {
    const text = readFileSync(guide, "utf8");
    const page = readTogglHtml(text, guide);
    expect(page.operations).toEqual([]);
    expect(page.eventExamples).toHaveLength(1);
    const [ping] = page.eventExamples!;
    expect(ping!.name).toBe("PING");
    expect(ping!.description).toBe("That we received this PING event:");
    expect(ping!.example).toEqual({
      event_id: 0,
      created_at: "2022-06-25T03:58:10.207820267Z",
      creator_id: 6,
      metadata: { request_type: "POST", event_user_id: 6 },
      payload: "ping",
      subscription_id: 6,
      url_callback: "https://callback-url.com",
      timestamp: "2022-06-25T03:58:10.207820267Z",
    });
    expect(text.split("\n")[ping!.source.line - 1]).toContain("codeBlockContainer");
  });

  it("needs a lead-in that names an event: a request example or a response structure is not an event", () => {
    const html = article(
      [
        `<p>we will read the response body trying to parse this structure:</p>`,
        codeBlock(`{"validation_code": "&lt;validation_code&gt;"}`),
        `<p>Create a subscription:</p>`,
        codeBlock(`{"enabled": true}`),
        codeBlock(`{"after": "a code block, not a sentence"}`),
        `<ul><li>first</li><li>Then this time_entry event:</li></ul>`,
        codeBlock(`{"event_id": 1}`),
      ].join("\n"),
    );
    const page = readTogglHtml(html, "g.html");
    expect(page.eventExamples?.map((e) => [e.name, e.example])).toEqual([["time_entry", { event_id: 1 }]]);
  });

  it("a named event whose example is not JSON is reported, not dropped silently", () => {
    const page = readTogglHtml(article(`<p>This is the PING event:</p>\n${codeBlock("{ event_id: 0, … }")}`), "g.html");
    expect(page.eventExamples).toBeUndefined();
    expect(page.diagnostics.map((d) => [d.code, d.source.line])).toEqual([["event-example-not-json", 3]]);
  });
});
