/**
 * Reads one operation block into a DocOperation. The method is decided from every statement of
 * it (the heading, the cURL line, the other samples); an operation without a heading takes its
 * title from the first sentence of its description. An operation that cannot be read at all
 * (no URL anywhere, no method anywhere) is reported and skipped, never guessed.
 */
import type { DocOperation, MethodEvidence } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import type { TextLine } from "../common/pipe-table.js";
import { blockLine, describeBlock, type OperationBlock } from "./blocks.js";
import { isUrlLine, parseOperationHeading } from "./line-kinds.js";
import { splitOperationParts } from "./operation-parts.js";
import { readParameters } from "./parameters.js";
import { readResponses } from "./responses.js";
import { methodEvidenceFromSampleLines, urlFromSamples } from "./samples.js";
import { appendAll } from "../common/append.js";

/** "Update workspace client. Note: …" → "Update workspace client": the first sentence, kept short. */
export function titleFromDescription(description: string): string {
  const firstLine = description.split("\n")[0] ?? "";
  const sentence = (/^(.*?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine).replace(/[.!?]+$/, "").trim();
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : sentence;
}

/** The URL line: the first line of the head, or a bare URL further down it. */
function findUrl(head: readonly TextLine[]): TextLine | undefined {
  return head.find((line) => isUrlLine(line.text));
}

export function readOperation(block: OperationBlock, section: string, sink: DiagnosticSink): DocOperation | undefined {
  const name = describeBlock(block);
  if (block.lines.length === 0) {
    report(sink, "warning", "operation-empty", `${name} has no content (a table-of-contents entry, or a truncated capture); skipped`, blockLine(block));
    return undefined;
  }
  const parts = splitOperationParts(block.lines);
  let url = findUrl(parts.head);
  if (!url) {
    url = urlFromSamples(parts.samples);
    if (url) report(sink, "warning", "url-from-sample", `${name} has no URL line; took the URL from its cURL sample`, url.line);
  }
  if (!url) {
    report(sink, "error", "operation-without-url", `${name} has no URL line and no cURL sample to take one from; skipped`, blockLine(block));
    return undefined;
  }
  const description = parts.head.filter((line) => line !== url).map((line) => line.text).join("\n");

  const heading = block.heading ? parseOperationHeading(block.heading.text) : undefined;
  const evidence: MethodEvidence[] = [];
  if (heading && block.heading) evidence.push({ from: "heading", method: heading.method, source: { file: sink.file, line: block.heading.line } });
  appendAll(evidence, methodEvidenceFromSampleLines(parts.samples, sink.file));
  if (evidence.length === 0) {
    report(sink, "error", "method-unknown", `${name} states its method nowhere (no heading, no recognisable code sample); skipped`, blockLine(block));
    return undefined;
  }

  let title = heading?.title ?? titleFromDescription(description);
  if (!heading) {
    if (title === "") title = url.text.replace(/^https?:\/\/[^/]+/, "");
    report(sink, "info", "title-from-description", `${name} has no heading; titled it "${title}"`, url.line);
  }

  const { parameters, body } = readParameters(parts.parameters, sink);
  const responses = readResponses(parts.responses, sink);
  if (responses.length === 0) {
    const why = parts.sawResponseMarker ? "its Response part lists no status" : "it has no Response part (truncated capture?)";
    report(sink, "warning", "responses-missing", `${name}: ${why}; read what was there`, blockLine(block));
  }

  const operation: DocOperation = {
    url: url.text,
    title,
    description,
    section,
    methodEvidence: evidence,
    parameters,
    responses,
    source: { file: sink.file, line: blockLine(block) },
  };
  if (body) operation.body = body;
  return operation;
}
