import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles, HeadingRole } from "../assemble/roles.js";
import { sectionLabel, type SectionKind } from "./labels.js";

/**
 * What the labels of a clients-v1 page mean (`blocks.ts` makes each label a heading 3; an
 * operation's title is a heading 2, the Common Errors bullets are status headings 4).
 */
const LABEL_ROLES: Record<Exclude<SectionKind, "response">, HeadingRole> = {
  "method-path": { role: "other" },
  "backend-path": { role: "other" },
  description: { role: "description" },
  note: { role: "description" },
  authentication: { role: "fact", fact: "authentication" },
  permissions: { role: "fact", fact: "requiredPermissions" },
  headers: { role: "parameter-group", location: "header" },
  "path-parameters": { role: "parameter-group", location: "path" },
  "query-parameters": { role: "parameter-group", location: "query" },
  "body-parameters": { role: "body" },
  "request-body": { role: "body" },
  errors: { role: "responses" },
};

export const CLIENTS_V1_ROLES: DialectRoles = {
  heading(text, level) {
    if (level === 2) return { role: "operation", title: text };
    const label = sectionLabel(text);
    if (!label) return commonHeadingRole(text);
    // "Response (201)" states its status; a bare "Response" is read as 200 (the lexer says so).
    if (label.kind === "response") return { role: "status", status: label.status ?? "200", rest: "" };
    return LABEL_ROLES[label.kind];
  },
};
