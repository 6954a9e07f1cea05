import { toHttpMethod } from "../common/method-evidence.js";
import type { DialectRoles, HeadingRole } from "./roles.js";

/**
 * The heading words most docs sites share. Operation headings are `METHOD Title`; inside an
 * operation the headings name the parts (Parameters, Path, Query, Body, Response), a status code,
 * or a field whose nested table follows. Matching is by text, never by id: ids repeat across
 * operations ("parameters", "parameters-1", …). A dialect's roles table starts from these.
 */

/** The method word must be upper case: "Get started" is prose, "GET List clients" is an operation. */
const OPERATION = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S.*)$/;
const STATUS = /^([1-5]\d\d|[1-5]XX|default)\b\s*[-–—:]?\s*(.*)$/i;
const PARAMETERS = /^(request\s+)?param(eter)?s$/i;
const RESPONSES = /^responses?$/i;
const PATH = /^path(\s+param(eter)?s)?$/i;
const QUERY = /^query(\s+(param(eter)?s|string))?$/i;
const HEADER = /^headers?(\s+param(eter)?s)?$/i;
const COOKIE = /^cookies?(\s+param(eter)?s)?$/i;
const BODY = /^(request\s+)?(body|payload)(\s+param(eter)?s)?$/i;

export function commonHeadingRole(text: string): HeadingRole {
  const operation = OPERATION.exec(text);
  const method = operation?.[1] ? toHttpMethod(operation[1]) : undefined;
  if (operation?.[2] && method) return { role: "operation", method, title: operation[2].trim() };
  if (PARAMETERS.test(text)) return { role: "parameters" };
  if (RESPONSES.test(text)) return { role: "responses" };
  if (PATH.test(text)) return { role: "parameter-group", location: "path" };
  if (QUERY.test(text)) return { role: "parameter-group", location: "query" };
  if (HEADER.test(text)) return { role: "parameter-group", location: "header" };
  if (COOKIE.test(text)) return { role: "parameter-group", location: "cookie" };
  if (BODY.test(text)) return { role: "body" };
  const status = STATUS.exec(text);
  if (status?.[1])
    return {
      role: "status",
      status: status[1].toUpperCase() === "DEFAULT" ? "default" : status[1].toUpperCase(),
      rest: status[2] ?? "",
    };
  return { role: "other" };
}

/** The roles of a site that uses only the common words. */
export const COMMON_ROLES: DialectRoles = { heading: commonHeadingRole };
