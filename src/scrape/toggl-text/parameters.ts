/**
 * The `Parameters` part of an operation: `Path`, `Query`, `Header` tables become parameters and
 * a `Body` table (with its nested tables) becomes the request body. A second table under the same
 * heading (two `Query` tables happen) is merged into the first, with a diagnostic.
 */
import type { DocBody, DocParameter } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import { readPipeTable, startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { parameterKeyword, type ParameterKeyword } from "./line-kinds.js";
import { readFieldTables } from "./nested-tables.js";
import { parametersFromTable } from "../common/table-rows.js";
import { appendAll } from "../common/append.js";

export interface ParametersPart {
  parameters: DocParameter[];
  body?: DocBody;
}

function addParameters(into: DocParameter[], added: DocParameter[], sink: DiagnosticSink): void {
  for (const parameter of added) {
    const twin = into.find((p) => p.name === parameter.name && p.in === parameter.in);
    if (twin) {
      report(sink, "warning", "duplicate-parameter", `${parameter.in} parameter "${parameter.name}" is documented twice (first at line ${twin.source.line}); kept the first`, parameter.source.line);
      continue;
    }
    into.push(parameter);
  }
}

export function readParameters(lines: readonly TextLine[], sink: DiagnosticSink): ParametersPart {
  const part: ParametersPart = { parameters: [] };
  const seen = new Set<ParameterKeyword>();
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const keyword = parameterKeyword(line.text);
    if (!keyword && startsPipeTable(lines, index)) {
      const table = readPipeTable(lines, index);
      report(sink, "warning", "table-without-heading", `a table with ${table.rows.length} row(s) under Parameters has no Path/Query/Body heading; ignored it (lines ${line.line}-${lines[table.end - 1]!.line})`, line.line);
      index = table.end;
      continue;
    }
    if (!keyword || !startsPipeTable(lines, index + 1)) {
      const what = keyword ? `"${line.text}" is not followed by a table` : `unrecognised line "${line.text}" under Parameters`;
      report(sink, "warning", "unrecognised-line", `${what}; ignored`, line.line);
      index++;
      continue;
    }
    if (seen.has(keyword)) {
      report(sink, "warning", `${keyword}-tables-merged`, `a second "${line.text}" table follows the first; merged them`, line.line);
    }
    seen.add(keyword);
    if (keyword === "body") {
      const { fields, end } = readFieldTables(lines, index + 1, sink);
      if (part.body) appendAll(part.body.fields, fields);
      else part.body = { fields, source: { file: sink.file, line: line.line } };
      index = end;
    } else {
      const table = readPipeTable(lines, index + 1);
      addParameters(part.parameters, parametersFromTable(table, keyword, sink), sink);
      index = table.end;
    }
  }
  return part;
}
