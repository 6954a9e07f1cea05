import { commonHeadingRole } from "../assemble/heading-words.js";
import type { DialectRoles, HeadingRole } from "../assemble/roles.js";

/**
 * widdershins' page layout: `#` tag sections, `##` one operation each (its summary or
 * operationId, no method: the method is in the `` `GET /path` `` line under it), `###`
 * Parameters / Responses / Response Schema, `####` Enumerated Values; `# Schemas` ends the
 * operations (its `##` headings name schemas). A response's fields table is introduced by the
 * label `Status Code **200**`, not by a heading.
 */
function heading(text: string, level: number): HeadingRole {
  if (level === 1) return /^schemas$/i.test(text.trim()) ? { role: "end" } : { role: "other" };
  if (level === 2) return { role: "operation", title: text.trim() };
  if (/^response schema$/i.test(text.trim())) return { role: "responses" };
  const common = commonHeadingRole(text);
  return common.role === "operation" || common.role === "status" ? { role: "other" } : common;
}

function label(text: string): HeadingRole | undefined {
  const match = /^Status Code\s+([1-5]\d\d|[1-5]XX|default)$/i.exec(text.trim());
  if (!match) return undefined;
  const status = match[1]!.toLowerCase() === "default" ? "default" : match[1]!.toUpperCase();
  return { role: "status", status, rest: "" };
}

export const WIDDERSHINS_ROLES: DialectRoles = { heading, label };
