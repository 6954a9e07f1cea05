import { describe, expect, it } from "vitest";
import { binaryContent, exportFormats, formatWords } from "../../src/normalise/media-types.js";

describe("exportFormats", () => {
  it.each([
    // [path, success sentence, placeholder description, formats, placeholder]
    [
      "/workspace/{workspace_id}/search/time_entries.pdf",
      "Returns the detailed report in pdf format",
      "",
      ["pdf"],
      undefined,
    ], // detailed_reports.html
    [
      "/workspace/{workspace_id}/weekly/time_entries.csv",
      "Returns the weekly report in csv format",
      "",
      ["csv"],
      undefined,
    ], // weekly_reports.html
    ["/shared/{report_token}/xlsx", "Returns report information in xlsx form", "", ["xlsx"], undefined], // saved_reports.html
    [
      "/workspace/{workspace_id}/summary/time_entries.{extension}",
      "Returns the summary report on the specified format: csv or xlsx",
      "csv,xlsx",
      ["csv", "xlsx"],
      "extension",
    ], // summary_reports.html
    [
      "/workspace/{workspace_id}/profitability/employees.{extension}",
      "A stream with the csv or xlsx for the report being exported",
      "csv,xlsx",
      ["csv", "xlsx"],
      "extension",
    ], // insights.html
  ])("%s", (path, sentence, description, formats, parameter) => {
    const found = exportFormats(path, { sentence, parameterDescriptions: { extension: description } });
    expect(found?.formats).toEqual(formats);
    expect(found?.parameter).toBe(parameter);
    expect(found?.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ["/workspace/{workspace_id}/search/time_entries", "Returns grouped time entries for detailed report"],
    ["/workspace/{workspace_id}/filters/projects", "Returns projects"],
    // a placeholder whose docs name no format is not guessed
    ["/files/{name}.{extension}", "Returns the file"],
    ["/reports/{format}", "Returns the report as csv"],
  ])("near miss %s", (path, sentence) => {
    expect(exportFormats(path, { sentence, parameterDescriptions: {} })).toBeUndefined();
  });

  it("reads format words once each, in order", () => {
    expect(formatWords("CSV or xlsx; csv again, pdfs are not pdf")).toEqual(["csv", "xlsx", "pdf"]);
  });

  it("gives each format its media type with a binary body", () => {
    expect(Object.keys(binaryContent(["pdf", "csv", "xlsx"]))).toEqual([
      "application/pdf",
      "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]);
  });
});
