import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles } from "../assemble/roles.js";
import { toHttpMethod } from "../common/method-evidence.js";

/**
 * openapi-to-md's headings: `### [GET]/v2/feeds` starts an operation (method and path, no title),
 * `#### Parameters(Query)` / `#### Headers` / `#### RequestBody` / `#### Responses` name its parts,
 * and its lexer turns each `- 200 description` response item into a status heading. `## References`
 * (and its `### #/components/…` sections) ends the operations.
 */

export const OPERATION_HEADING = /^\[([A-Za-z]+)\](\/\S*)$/;
const PARAMETERS_IN = /^Parameters\((\w+)\)$/i;

export const OPENAPI_TO_MD_ROLES: DialectRoles = {
  heading(text, level) {
    const operation = OPERATION_HEADING.exec(text);
    const method = operation ? toHttpMethod(operation[1]!.toUpperCase()) : undefined;
    if (operation && method) return { role: "operation", method, title: operation[2]! };
    // `## References` and its `### #/components/…` schemas end the operations; an "end" heading
    // covers the headings under it, so the other `##` sections (Path Table…) are plain "other".
    if (/^references$/i.test(text) || text.startsWith("#/")) return { role: "end" };
    if (level <= 2) return { role: "other" };
    const located = PARAMETERS_IN.exec(text)?.[1]?.toLowerCase();
    if (located === "body") return { role: "body" };
    if (located === "path" || located === "query" || located === "header" || located === "cookie")
      return { role: "parameter-group", location: located };
    if (/^requestbody$/i.test(text)) return { role: "body" };
    return commonHeadingRole(text);
  },
};
