/**
 * JSDoc for generated functions and methods, from what the spec documents about an operation,
 * with comment terminators escaped so docs text can never end the comment early.
 */
import type { JSDocStructure, OptionalKind } from "ts-morph";
import { errorClassNameFor } from "../runtime/errors.js";
import type { SpecOperation, SpecParameter } from "./spec.js";

/** Text that cannot close the comment it is placed in. */
export function escapeCommentText(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `params.name`, or `params["X-Header"]` when the name is not an identifier. */
function paramPath(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `params.${name}` : `params[${JSON.stringify(name)}]`;
}

function paramLine(p: SpecParameter): string {
  return p.description ? `@param ${paramPath(p.name)} - ${oneLine(p.description)}` : `@param ${paramPath(p.name)}`;
}

function bodyLine(body: NonNullable<SpecOperation["body"]>): string {
  return `@param params.body - ${body.description ? oneLine(body.description) : "The request body."}`;
}

function errorLines(errorMessages: Record<string, string[]>): string[] {
  return Object.entries(errorMessages).map(
    ([status, messages]) => `@throws {${errorClassNameFor(status)}} ${status}: ${messages.map(oneLine).join("; ")}`,
  );
}

/** The JSDoc body for one operation: summary, description, params, errors, deprecation, link. */
export function operationDoc(op: SpecOperation): string {
  const prose: string[] = [];
  if (op.summary) prose.push(op.summary.trim());
  if (op.description && op.description.trim() !== op.summary?.trim()) prose.push(op.description.trim());
  if (prose.length === 0) prose.push(`${op.method.toUpperCase()} ${op.path}`);
  const tags = [
    ...op.parameters.map(paramLine),
    ...(op.body ? [bodyLine(op.body)] : []),
    ...errorLines(op.errorMessages),
    ...(op.deprecated ? ["@deprecated"] : []),
    ...(op.externalDocsUrl ? [`@see ${op.externalDocsUrl}`] : []),
  ];
  return escapeCommentText([prose.join("\n\n"), ...(tags.length > 0 ? ["", ...tags] : [])].join("\n"));
}

/**
 * The short JSDoc of a standalone operation function: the summary, a link to the method that
 * carries the full docs, and the deprecation. The full text once per operation keeps the package
 * small (its declarations ship in every install).
 */
export function functionDoc(op: SpecOperation, methodLink: string | undefined): string {
  const summary = oneLine(op.summary ?? op.description?.split("\n")[0] ?? `${op.method.toUpperCase()} ${op.path}`);
  const lines = [
    methodLink
      ? `${/[.!?]$/.test(summary) ? summary : `${summary}.`} Standalone form of {@link ${methodLink}}, which has the full docs.`
      : summary,
    ...(op.deprecated ? ["", "@deprecated"] : []),
  ];
  return escapeCommentText(lines.join("\n"));
}

/** The JSDoc body for a tag's class. */
export function tagDoc(tag: string | undefined, description: string | undefined): string {
  const title = tag === undefined ? "Operations without a tag." : `Operations tagged "${tag}".`;
  return escapeCommentText(description ? `${description.trim()}\n\n${title}` : title);
}

/**
 * The JSDoc structure for a docs body: trailing spaces trimmed, and always the multi-line form
 * (a leading newline tells ts-morph's printer so), whatever the printer's indentation.
 */
export function jsDoc(text: string): OptionalKind<JSDocStructure> {
  const body = text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
  return { description: `\n${body}` };
}
