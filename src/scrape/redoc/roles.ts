import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles, HeadingRole } from "../assemble/roles.js";

/**
 * How a Redoc page's headings read (as `./blocks.ts` emits them): level 1 is the API title or a
 * tag, level 2 an operation's summary (its method is in the endpoint line under it), and inside
 * an operation `path Parameters` / `query Parameters` / `header Parameters`, `Request Body
 * schema: <media type>`, `Responses`, and a status per response (`200 Successful operation`).
 */
const BODY = /^Request Body schema\b/i;

export const REDOC_ROLES: DialectRoles = {
  heading(text: string, level: number): HeadingRole {
    // A tag or the API title: it closes the operation before it (a heading at a higher level always
    // does) and names the section of those after it; "end" would hide the operations under it.
    if (level === 1) return { role: "other" };
    if (level === 2) return { role: "operation", title: text };
    if (BODY.test(text)) return { role: "body" };
    return commonHeadingRole(text);
  },
};
