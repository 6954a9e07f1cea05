import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles } from "../assemble/roles.js";

/**
 * docusaurus-plugin-openapi-docs gives each operation a page of its own whose one `<h1>` is the
 * operation's title (the method and path follow in the endpoint line); "Request" opens the
 * parameters, the theme's "Path Parameters" / "Query Parameters" / "Body" / "Responses" and the
 * status codes are the common words.
 */
export const DOCUSAURUS_OPENAPI_ROLES: DialectRoles = {
  heading(text, level) {
    if (level === 1) return { role: "operation", title: text };
    if (/^request$/i.test(text.trim())) return { role: "parameters" };
    return commonHeadingRole(text);
  },
};
