import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles } from "../assemble/roles.js";

/**
 * Toggl text captures use the common words (`METHOD Title`, Parameters / Path / Query / Body /
 * Response, status codes). The lexer marks an operation that lost its heading with an untitled
 * heading 2 (`blocks.ts`); the assembler titles it from its description.
 */
export const TOGGL_TEXT_ROLES: DialectRoles = {
  heading: (text, level) => (text === "" && level === 2 ? { role: "operation", title: "" } : commonHeadingRole(text)),
};
