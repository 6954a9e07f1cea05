/**
 * What a server-side rendered Scalar reference shows before any JavaScript runs: per tag, a card
 * listing its operations (`a.endpoint`: method and path), and the operations of the first tag
 * expanded (`section#api-1/tag/<tag>/<METHOD>/<path>`: title, description, parameters as
 * `li.parameter-item` whose name element is anchored `<section id>.<in>.<name>`, responses with
 * their status and summary). The rest is collapsed until a reader clicks. These operations are the
 * page's visible content, compared with the spec the page carries; they are never the API itself.
 */
import type { Document, Element } from "domhandler";
import type {
  DocField,
  DocOperation,
  DocParameter,
  DocResponse,
  HttpMethod,
  ParameterLocation,
} from "../../model/types.js";
import { toHttpMethod } from "../common/method-evidence.js";
import { findAll, findFirst, hasClass, inlineText, lineOf, walkElements } from "../common/dom.js";

const TAG_SECTION = /\/tag\/([^/]+)$/;
/** `api-1/tag/<tag>/<METHOD>/<path>`, or `api-1/<METHOD>/<path>` on a spec without tags. */
const OPERATION_SECTION = /^[^/]+(?:\/tag\/[^/]+)?\/([A-Z]+)(\/.*)$/;
const LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];

export function visibleOperations(document: Document, file: string): DocOperation[] {
  const sections: Element[] = [];
  walkElements(document, (el) => {
    if (el.name === "section" && hasClass(el, "section") && el.attribs.id) sections.push(el);
    return true;
  });
  const operations: DocOperation[] = [];
  const seen = new Set<string>();
  const expanded = new Map<string, Element>();
  for (const section of sections) {
    const match = OPERATION_SECTION.exec(section.attribs.id!);
    const method = match ? toHttpMethod(match[1]!) : undefined;
    if (match && method) expanded.set(`${method} ${match[2]}`, section);
  }
  for (const section of sections) {
    if (!TAG_SECTION.test(section.attribs.id!)) continue;
    const tag = inlineText(findFirst(section, (el) => el.name === "h2") ?? section).trim();
    for (const link of findAll(section, (el) => el.name === "a" && hasClass(el, "endpoint"))) {
      const methodEl = findFirst(link, (el) => hasClass(el, "endpoint-method"));
      const pathEl = findFirst(link, (el) => hasClass(el, "endpoint-path"));
      const method = methodEl ? toHttpMethod(inlineText(methodEl).toUpperCase()) : undefined;
      const url = pathEl ? inlineText(pathEl) : "";
      if (!method || url === "") continue;
      const key = `${method} ${url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const details = expanded.get(key);
      operations.push(
        details
          ? expandedOperation(details, method, url, tag, file)
          : listedOperation(method, url, tag, file, lineOf(link, 1)),
      );
    }
  }
  // A spec without tags: every operation is expanded in a section of its own, with no tag card.
  for (const [key, section] of expanded) {
    if (seen.has(key)) continue;
    seen.add(key);
    const [method, url] = [key.slice(0, key.indexOf(" ")) as HttpMethod, key.slice(key.indexOf(" ") + 1)];
    operations.push(expandedOperation(section, method, url, "", file));
  }
  return operations;
}

function listedOperation(method: HttpMethod, url: string, tag: string, file: string, line: number): DocOperation {
  const source = { file, line };
  return {
    url,
    title: "",
    description: "",
    section: tag,
    methodEvidence: [{ from: "method-block", method, source }],
    parameters: [],
    responses: [],
    collapsed: true,
    source,
  };
}

function expandedOperation(section: Element, method: HttpMethod, url: string, tag: string, file: string): DocOperation {
  const line = lineOf(section, 1);
  const heading = findFirst(section, (el) => el.name === "h3");
  const description = findFirst(section, (el) => hasClass(el, "operation-description"));
  const { collapsed: _listed, ...operation } = listedOperation(method, url, tag, file, line);
  operation.title = heading ? inlineText(heading) : "";
  operation.description = description ? inlineText(description) : "";
  operation.anchor = section.attribs.id!;
  operation.parameters = parametersOf(section, file);
  const body = findFirst(section, (el) => hasClass(el, "request-body"));
  if (body) operation.body = { fields: bodyFieldsOf(section, body, file), source: { file, line: lineOf(body, line) } };
  operation.responses = responsesOf(section, file);
  return operation;
}

function parametersOf(section: Element, file: string): DocParameter[] {
  const prefix = `${section.attribs.id!}.`;
  const parameters: DocParameter[] = [];
  for (const item of findAll(section, (el) => el.name === "li" && hasClass(el, "parameter-item"))) {
    const anchor = findFirst(item, (el) => el.attribs.id?.startsWith(prefix) === true);
    if (!anchor) continue;
    const [location, ...rest] = anchor.attribs.id!.slice(prefix.length).split(".");
    if (!LOCATIONS.includes(location as ParameterLocation)) continue;
    const typeValue = findFirst(item, (el) => hasClass(el, "property-detail-value") && /^Type:/.test(inlineText(el)));
    const descriptionEl = findFirst(item, (el) => hasClass(el, "property-description"));
    parameters.push({
      name: rest.join("."),
      in: location as ParameterLocation,
      type: typeValue ? inlineText(typeValue).replace(/^Type:\s*/, "") : "",
      required: findFirst(item, (el) => hasClass(el, "property-required")) !== undefined,
      description: descriptionEl ? inlineText(descriptionEl) : "",
      source: { file, line: lineOf(item, 1) },
    });
  }
  return parameters;
}

/**
 * The top-level fields of the request body as the page shows them (`li.property` anchored
 * `<section id>.body.<name>`); nested levels are drawn closed, so they are not read.
 */
function bodyFieldsOf(section: Element, body: Element, file: string): DocField[] {
  const prefix = `${section.attribs.id!}.body.`;
  const fields: DocField[] = [];
  for (const item of findAll(body, (el) => el.name === "li" && hasClass(el, "property"))) {
    const anchor = findFirst(item, (el) => el.attribs.id?.startsWith(prefix) === true);
    const name = anchor?.attribs.id!.slice(prefix.length);
    if (name === undefined || name.includes(".")) continue;
    const typeValue = findFirst(item, (el) => hasClass(el, "property-detail-value") && /^Type:/.test(inlineText(el)));
    const descriptionEl = findFirst(item, (el) => hasClass(el, "property-description"));
    fields.push({
      name,
      type: typeValue ? inlineText(typeValue).replace(/^Type:\s*/, "") : "",
      required: findFirst(item, (el) => hasClass(el, "property-required")) !== undefined,
      description: descriptionEl ? inlineText(descriptionEl) : "",
      source: { file, line: lineOf(item, 1) },
    });
  }
  return fields;
}

function responsesOf(section: Element, file: string): DocResponse[] {
  const responses: DocResponse[] = [];
  for (const trigger of findAll(section, (el) => hasClass(el, "parameter-item-trigger"))) {
    const name = findFirst(trigger, (el) => hasClass(el, "parameter-item-name"));
    const status = name ? inlineText(name) : "";
    if (!/^(?:[1-5]\d\d|[1-5]XX|default)$/i.test(status)) continue;
    const summary = findFirst(trigger, (el) => hasClass(el, "markdown-summary"));
    responses.push({
      status,
      description: summary ? inlineText(summary) : "",
      source: { file, line: lineOf(trigger, 1) },
    });
  }
  return responses;
}
