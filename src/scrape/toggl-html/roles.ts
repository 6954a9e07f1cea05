import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles } from "../assemble/roles.js";

/**
 * The Toggl reference pages use the common words: `METHOD Title` operation headings, then
 * Parameters / Path / Query / Body / Response and status headings.
 */
export const TOGGL_ROLES: DialectRoles = { heading: (text) => commonHeadingRole(text) };
