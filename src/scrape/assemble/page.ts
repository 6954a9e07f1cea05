import { DocsInputError } from "../../model/errors.js";
import type { AuthEvidence, Diagnostic, DocEventExample, DocOperation, DocPage } from "../../model/types.js";
import { appendAll } from "../common/append.js";
import { authEvidenceFromSample } from "../common/auth-evidence.js";
import type { Block, HeadingBlock } from "./blocks.js";
import { readEventExamples } from "./event-examples.js";
import { readOperation, type OperationHeading } from "./operation.js";
import type { DialectRoles } from "./roles.js";
import { expandLinkedRows, findSchemaSections } from "./schema-sections.js";
import { applyValuesTables } from "./values-tables.js";
import { mergeContinuedTables } from "./continued-tables.js";

/**
 * The assembler's entry: a page's blocks and its dialect's roles → the page title and its
 * operations. An operation runs from its heading to the next heading at its level or above; its
 * section is the nearest level-1 heading above it (a page may hold several sections). One
 * unreadable operation (no URL anywhere, no method anywhere) does not cost the page its others:
 * it is skipped and named in an error diagnostic, which the extraction report carries.
 */

export interface AssembledPage {
  /** The first level-1 heading ("Clients"), else "". */
  title: string;
  operations: DocOperation[];
  eventExamples: DocEventExample[];
  /** Credentials shown by code outside any operation (a getting-started page's samples). */
  authEvidence: AuthEvidence[];
}

interface OperationSpan {
  heading: OperationHeading;
  blocks: Block[];
  /** The text of the nearest level-1 heading above the operation, else "". */
  section: string;
}

function operationHeading(block: HeadingBlock, method: OperationHeading["method"], title: string): OperationHeading {
  return {
    ...(method ? { method } : {}),
    title,
    text: block.text,
    ...(block.id ? { id: block.id } : {}),
    level: block.level,
    line: block.line,
  };
}

/** Operation headings with the blocks that belong to each. */
export function splitOperations(blocks: readonly Block[], roles: DialectRoles): OperationSpan[] {
  const spans: OperationSpan[] = [];
  let current: OperationSpan | undefined;
  let section = "";
  // A heading that ends operations (`# Schemas`) covers the headings under it: they name schemas.
  let endLevel: number | undefined;
  for (const block of blocks) {
    if (block.kind === "heading") {
      if (endLevel !== undefined && block.level > endLevel) continue;
      // A description's own `# Heading` (end-role pages) names no section.
      if (block.level === 1 && (roles.operationEnd !== "end-role" || !current)) section = block.text;
      const role = roles.heading(block.text, block.level, block.id);
      endLevel = role.role === "end" ? block.level : undefined;
      if (role.role === "operation") {
        current = { heading: operationHeading(block, role.method, role.title), blocks: [], section };
        spans.push(current);
        continue;
      }
      const endsByLevel =
        roles.operationEnd !== "end-role" && current !== undefined && block.level <= current.heading.level;
      if (current && (endsByLevel || role.role === "end")) current = undefined;
    }
    current?.blocks.push(block);
  }
  return spans;
}

export function assemblePage(
  blocks: readonly Block[],
  roles: DialectRoles,
  file: string,
  diagnostics: Diagnostic[],
): AssembledPage {
  const h1 = blocks.find((b): b is HeadingBlock => b.kind === "heading" && b.level === 1);
  const title = h1?.text ?? "";
  const operations: DocOperation[] = [];
  // Values tables and schema sections are page-wide: applied to every table before operations are read.
  const merged = mergeContinuedTables(blocks);
  applyValuesTables(merged, file, diagnostics);
  const sections = findSchemaSections(merged);
  // Also without sections: whole-value rows of objects are dissolved into their fields.
  const prepared = merged.map((b) => (b.kind === "table" ? { ...b, table: expandLinkedRows(b.table, sections) } : b));
  const spans = splitOperations(prepared, roles);
  for (const { heading, blocks: own, section } of spans) {
    if (own.length === 0) {
      // A table-of-contents entry, or a capture truncated right after the heading.
      diagnostics.push({
        severity: "warning",
        code: "operation-empty",
        message: `operation "${heading.text}" has nothing under its heading; skipped`,
        source: { file, line: heading.line },
      });
      continue;
    }
    try {
      operations.push(readOperation(heading, own, file, section, diagnostics, roles, sections));
    } catch (error) {
      if (!(error instanceof DocsInputError)) throw error;
      appendAll(
        diagnostics,
        error.diagnostics.map((d) => ({
          ...d,
          code: d.code === "bad-input" ? "operation-skipped" : d.code,
          message: `operation skipped: ${d.message}`,
        })),
      );
    }
  }
  const inOperations = new Set(spans.flatMap((span) => span.blocks));
  const authEvidence = prepared
    .filter((block) => !inOperations.has(block))
    .flatMap((block) =>
      block.kind === "samples"
        ? block.samples.flatMap((s) => authEvidenceFromSample(s.text, { file, line: s.line }))
        : block.kind === "code"
          ? authEvidenceFromSample(block.text, { file, line: block.line })
          : [],
    );
  return { title, operations, eventExamples: readEventExamples(blocks, file, diagnostics), authEvidence };
}

/**
 * The page a reader returns for an assembled page: its title, operations and the page-wide facts
 * the assembler found (event examples, credentials shown outside operations), so that no reader
 * drops one by copying fields by hand. `extra` holds what only the lexer knows (an embedded spec,
 * response headers, a title from front matter).
 */
export function docPageOf(
  assembled: AssembledPage,
  file: string,
  dialect: string,
  diagnostics: Diagnostic[],
  extra: Partial<Omit<DocPage, "file" | "dialect" | "operations" | "diagnostics">> = {},
): DocPage {
  const { title, operations, eventExamples, authEvidence } = assembled;
  return {
    file,
    dialect,
    title,
    operations,
    ...(eventExamples.length ? { eventExamples } : {}),
    ...(authEvidence.length ? { authEvidence } : {}),
    ...extra,
    diagnostics,
  };
}
