import { commonHeadingRole } from "../assemble/heading-words.js";
import type { InPageLink } from "../assemble/blocks.js";
import type { ListModel } from "../assemble/field-lists.js";
import type { DialectRoles, HeadingRole, ParagraphRole } from "../assemble/roles.js";
import { toHttpMethod } from "../common/method-evidence.js";
import { modelReference, readTypeLine, scalarFieldGrammar } from "./items.js";
import { MODEL_ANCHOR } from "./models.js";

/**
 * Scalar's Markdown (`@scalar/openapi-to-markdown`): `### Title` per operation, anchored
 * `scalar-operation-…` (tag headings of the same level are anchored otherwise, or not at all), then
 * a `Method:` / `Path:` list, `#### Path parameters` … `#### Request body`, `#### Responses` with
 * `##### 200 OK` per status; parameters and fields are bullet trees whose items read
 * `name (required): type, annotations`, and bodies that are models name them by a line ("Config")
 * that links into the `## Schemas` section.
 */

export const OPERATION_ANCHOR = "scalar-operation-";
const WEBHOOK_ANCHOR = "scalar-webhook-";

/** Parts of an operation the model has no place for. */
const SKIPPED = /^(?:Authentication|Effective servers|Callbacks|Links|Encoding)$/i;

/** Lines Scalar prints around the parts: labels, not prose. */
const LABEL =
  /^(?:Content type|Required|Servers|Authentication|Generated example|Example|Examples|Type|Items|All of|Any of|One of|Not|Additional properties|Discriminator|Required fields)(?::|$)/;
/** Labels whose list is not fields of the part: response headers, links. */
const LIST_NOT_FIELDS = /^(?:Headers|Links):$/;

const STATUS = /^(?:[1-5]\d\d|[1-5]XX|default)$/;

const TYPE_WORD = /^(?:string|integer|number|boolean|object|array|null|any)\b/;

export function scalarMarkdownRoles(models: ReadonlyMap<string, ListModel>): DialectRoles {
  return {
    heading(text: string, level: number, id?: string): HeadingRole {
      if (id?.startsWith(OPERATION_ANCHOR)) return { role: "operation", title: text };
      // Models and webhooks follow the operations; an operation's own anchored headings (its
      // "Effective servers") do not end it.
      if (id?.startsWith(MODEL_ANCHOR) || id?.startsWith(WEBHOOK_ANCHOR)) return { role: "end" };
      if (SKIPPED.test(text)) return { role: "skip" };
      // "401, 404, 500": responses that share one body, each named in the list that follows.
      const statuses = text.split(/,\s*/);
      if (statuses.length > 1 && statuses.every((s) => STATUS.test(s))) {
        return { role: "status", status: statuses[0]!, rest: "", also: statuses.slice(1) };
      }
      const role = commonHeadingRole(text);
      // "### GET /path" titles an operation without a summary; the anchor, not the words, says so.
      return role.role === "operation" ? { role: "other" } : role;
    },
    paragraph(text: string, links?: readonly InPageLink[]): ParagraphRole | undefined {
      const mediaType = /^Content type: (\S+)$/.exec(text);
      if (mediaType) return { role: "media-type", value: mediaType[1]! };
      if (LIST_NOT_FIELDS.test(text)) return { role: "label", list: "not-fields" };
      if (text === "Array of:") return { role: "label", list: "array-items" };
      if (LABEL.test(text) || text === "Generated example") return { role: "label" };
      const type = readTypeLine(text).type;
      const reference = modelReference(type);
      const target = links?.find((link) => link.text === reference?.name)?.target;
      if (reference && (models.has(reference.name) || (target !== undefined && models.has(target))))
        return { role: "schema", type };
      return TYPE_WORD.test(type) ? { role: "schema", type } : undefined;
    },
    methodOrUrl(item: string) {
      const method = /^Method: ([A-Z]+)$/.exec(item);
      if (method) {
        const word = toHttpMethod(method[1]!);
        return word ? { method: word } : undefined;
      }
      const path = /^Path: (\S+)$/.exec(item);
      return path ? { url: path[1]! } : undefined;
    },
    // Descriptions keep their own Markdown headings (`# Quickstart`); only anchors mark operations.
    operationEnd: "end-role",
    fieldList: { grammar: scalarFieldGrammar, models },
  };
}
