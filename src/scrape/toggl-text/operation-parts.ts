/**
 * Cuts an operation block into its parts: the head (URL, description), the code samples, the
 * `Parameters` tables and the `Response` blocks. The markers may be missing from a damaged
 * capture, so each part also starts at the first line that can only belong to it: a sample tab
 * name or the first line of a sample, a `Path`/`Query`/`Body` line over a table, a status code.
 */
import { startsPipeTable, type TextLine } from "../common/pipe-table.js";
import {
  isParametersMarker,
  isResponseMarker,
  isSampleStart,
  isSampleTabName,
  isStatusLine,
  parameterKeyword,
} from "./line-kinds.js";

export interface OperationParts {
  head: TextLine[];
  samples: TextLine[];
  parameters: TextLine[];
  responses: TextLine[];
  sawResponseMarker: boolean;
}

type Part = "head" | "samples" | "parameters" | "responses";

function nextPart(lines: readonly TextLine[], index: number, part: Part): Part {
  const text = lines[index]!.text;
  if (part === "responses") return part;
  if (isStatusLine(text) && part !== "head") return "responses";
  if (part === "parameters") return part;
  if (parameterKeyword(text) && startsPipeTable(lines, index + 1)) return "parameters";
  if (part === "head" && (isSampleTabName(text) || isSampleStart(text))) return "samples";
  return part;
}

export function splitOperationParts(lines: readonly TextLine[]): OperationParts {
  const parts: OperationParts = { head: [], samples: [], parameters: [], responses: [], sawResponseMarker: false };
  let part: Part = "head";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isParametersMarker(line.text) && part !== "responses") {
      part = "parameters";
      continue;
    }
    if (isResponseMarker(line.text)) {
      part = "responses";
      parts.sawResponseMarker = true;
      continue;
    }
    part = nextPart(lines, index, part);
    // Tab names say which samples follow; they are not sample text.
    if (part === "samples" && isSampleTabName(line.text)) continue;
    parts[part].push(line);
  }
  return parts;
}
