import { describe, expect, it } from "vitest";
import { cursorField, paginationOf } from "../../src/normalise/pagination.js";
import { operation, param, response } from "./model-builders.js";

const searchBody = {
  type: "object",
  properties: { first_id: {}, first_row_number: {}, first_timestamp: {}, page_size: {} },
};

describe("paginationOf", () => {
  it("reads Reports' header cursors and matches each header to its first_<words> body field (detailed_reports.html:31)", () => {
    const op = operation("post", "/workspace/{workspace_id}/search/time_entries", "Search time entries", {
      description:
        "Returns time entries for detailed report according to the given filters. Supports pagination via X-Next-ID and X-Next-Row-Number headers returned in the response. See Overview",
    });
    const found = paginationOf(op, searchBody);
    expect(found?.pagination).toEqual({
      style: "headers",
      in: "body",
      cursors: { "X-Next-ID": "first_id", "X-Next-Row-Number": "first_row_number" },
    });
    expect(found?.headers).toEqual(["X-Next-ID", "X-Next-Row-Number"]);
    expect(found?.evidence).toContain("Supports pagination via X-Next-ID and X-Next-Row-Number headers");
  });

  it("reads Track's page numbers from the query parameters", () => {
    const op = operation("get", "/workspaces/{workspace_id}/tags", "Tags", {
      parameters: [param("workspace_id", "path"), param("page", "query"), param("per_page", "query")],
    });
    expect(paginationOf(op, undefined)?.pagination).toEqual({
      style: "page",
      in: "query",
      pageParam: "page",
      perPageParam: "per_page",
    });
    const onlyPage = operation("get", "/x", "X", { parameters: [param("page", "query")] });
    expect(paginationOf(onlyPage, undefined)?.pagination).toEqual({ style: "page", in: "query", pageParam: "page" });
  });

  it.each([
    // the export of the same report names no headers
    ["Downloads detailed report in pdf format.", searchBody],
    // headers named, but the request has no field to send them back in
    ["Supports pagination via X-Next-ID headers.", { type: "object", properties: { page_size: {} } }],
    ["Returns grouped time entries", searchBody],
  ])("near miss: %s", (description, body) => {
    expect(
      paginationOf(operation("post", "/x", "X", { description, responses: [response("200")] }), body),
    ).toBeUndefined();
  });

  it("turns a header's words after Next into the request field", () => {
    expect(cursorField("X-Next-Row-Number")).toBe("first_row_number");
    expect(cursorField("X-Next-ID")).toBe("first_id");
  });
});
