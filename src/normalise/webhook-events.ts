/**
 * Webhook event payloads → OpenAPI 3.1 top-level `webhooks`. A docs guide that shows what a
 * webhook delivers ("That we received this PING event:" + JSON) documents a request the API sends
 * to the subscriber, which OpenAPI 3.1 describes as a webhook: here `ping`, whose body is the
 * component `WebhookPingEvent`. The schema is read off the example by the same code as any other
 * JSON example, so it claims nothing the example does not show (no property is required).
 */
import type { DocEventExample, DocPage } from "../model/types.js";
import type { JsonSchema } from "./doc-types.js";
import { stampExampleSource } from "./example-merge.js";
import { schemaFromExample } from "./example-schema.js";
import { camelCase, pascalCase, splitWords } from "../words/index.js";
import { sourceRef, X_SOURCE } from "./provenance.js";
import type { ReportLog } from "./report.js";

/** One webhook: the request the API sends. */
export type WebhookPathItem = { post: Record<string, unknown> };

export interface WebhookEvents {
  /** Keyed by event name (`ping`), as OpenAPI's top-level `webhooks`. */
  webhooks: Record<string, WebhookPathItem>;
  /** `WebhookPingEvent` …, for `components.schemas`. */
  schemas: Record<string, JsonSchema>;
}

/** `PING` → `WebhookPingEvent`: prefixed so an event never takes the name of an API resource's schema. */
export function webhookEventSchemaName(eventName: string): string {
  return `Webhook${pascalCase(splitWords(eventName))}Event`;
}

/**
 * Webhooks deliver with POST and a JSON body (the Toggl guide says so for its events: "The
 * Content-Type header … will be application/json and the HTTP method will be POST"), and every
 * webhook convention treats a 2xx answer as the acknowledgement.
 */
function webhookOperation(event: DocEventExample, schemaName: string): Record<string, unknown> {
  const source = sourceRef(event.source);
  return {
    // "receive…": the subscriber's side of the exchange, so it never reads like an API operation's id.
    operationId: camelCase(["receive", ...splitWords(event.name), "event"]),
    summary: `${event.name} event`,
    description: `The ${event.name} event, as the docs show it, POSTed to the subscription's URL.`,
    requestBody: {
      required: true,
      content: {
        "application/json": { schema: { $ref: `#/components/schemas/${schemaName}` }, example: event.example },
      },
    },
    responses: { "2XX": { description: "The event was received." } },
    [X_SOURCE]: source,
  };
}

/**
 * Every event example of every page, once per event name (the first shown wins; a second one is
 * reported, not merged, since two examples of one event may show different states). `taken` are
 * schema names already in use: an event whose schema name collides is reported and left out.
 */
export function webhookEventsFromPages(
  pages: readonly DocPage[],
  taken: ReadonlySet<string>,
  log: ReportLog,
): WebhookEvents {
  const result: WebhookEvents = { webhooks: {}, schemas: {} };
  for (const event of pages.flatMap((page) => page.eventExamples ?? [])) {
    const key = camelCase(splitWords(event.name));
    const schemaName = webhookEventSchemaName(event.name);
    if (key === "" || Object.hasOwn(result.webhooks, key)) {
      log.warning(
        "webhook-event-duplicate",
        `the ${event.name} event is shown more than once (or has no usable name); only its first example is used`,
        event.source,
      );
      continue;
    }
    if (taken.has(schemaName)) {
      log.conflict(
        "webhook-event-name-taken",
        `schema name ${schemaName} is already used by an operation; the ${event.name} event is left out`,
        event.source,
      );
      continue;
    }
    const schema = stampExampleSource(schemaFromExample(event.example), sourceRef(event.source));
    result.schemas[schemaName] = {
      ...schema,
      description: `The ${event.name} event a webhook subscription receives.`,
      [X_SOURCE]: sourceRef(event.source),
    };
    result.webhooks[key] = { post: webhookOperation(event, schemaName) };
    log.inference(
      "webhook-event",
      `webhook "${key}" (schema ${schemaName}) read from the JSON example after "${event.description}"`,
      event.source,
    );
  }
  return result;
}
