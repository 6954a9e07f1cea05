/**
 * The `Response` part of an operation: one block per status code, each holding any of a sentence
 * ("Forbidden", "Returns the restored client"), a fields table with its nested tables, and a list
 * of error messages introduced by "Possible error messages:" / "Possible errors:".
 */
import type { DocResponse } from "../../model/types.js";
import { report, type DiagnosticSink } from "../common/diagnostics.js";
import { startsPipeTable, type TextLine } from "../common/pipe-table.js";
import { isMessageListIntro, isStatusLine, messageItem } from "./line-kinds.js";
import { readFieldTables } from "./nested-tables.js";
import { appendAll } from "../common/append.js";

function appendSentence(response: DocResponse, sentence: string): void {
  response.description = response.description === "" ? sentence : `${response.description} ${sentence}`;
}

export function readResponses(lines: readonly TextLine[], sink: DiagnosticSink): DocResponse[] {
  const responses: DocResponse[] = [];
  let current: DocResponse | undefined;
  let inMessageList = false;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (isStatusLine(line.text)) {
      current = { status: line.text.toUpperCase() === "DEFAULT" ? "default" : line.text, description: "", source: { file: sink.file, line: line.line } };
      responses.push(current);
      inMessageList = false;
      index++;
      continue;
    }
    if (!current) {
      report(sink, "warning", "response-without-status", `"${line.text}" appears under Response before any status code; ignored`, line.line);
      index++;
      continue;
    }
    if (startsPipeTable(lines, index)) {
      const { fields, end } = readFieldTables(lines, index, sink);
      if (current.fields) {
        report(sink, "warning", "response-second-table", `status ${current.status} has a second fields table; its rows were added to the first`, line.line);
        appendAll(current.fields, fields);
      } else {
        current.fields = fields;
      }
      inMessageList = false;
      index = end;
      continue;
    }
    if (isMessageListIntro(line.text)) {
      current.messages ??= [];
      inMessageList = true;
      index++;
      continue;
    }
    const item = messageItem(line.text);
    if (item !== undefined && (inMessageList || current.messages)) {
      (current.messages ??= []).push(item);
      index++;
      continue;
    }
    if (item !== undefined) {
      // A bulleted line without the usual lead-in: still a message the status can carry.
      report(sink, "info", "message-without-intro", `bulleted line under status ${current.status} without "Possible errors:"; read as an error message`, line.line);
      (current.messages ??= []).push(item);
      inMessageList = true;
      index++;
      continue;
    }
    inMessageList = false;
    appendSentence(current, line.text);
    index++;
  }
  return responses;
}
