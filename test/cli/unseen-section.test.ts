/**
 * A section the repo has no capture of, written in the Toggl text-capture format (a synthetic
 * page, test/fixtures/synthetic-tags.txt): a paginated bare-array list, a JSON-patch body that is a
 * bare array of objects with an enum in prose, a response with nested array tables, and a DELETE
 * answered by a sentence. Extraction must need no configuration and no Toggl-specific knowledge.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "./helpers.js";

const out = scratchDir("cli-unseen");

type Json = Record<string, any>;

describe("extract on an unseen section", () => {
  it("reads every operation, parameter and field with its documented type", async () => {
    const { code } = await runCli(["extract", "test/fixtures/synthetic-tags.txt", "--out", `${out}/tags.json`]);
    expect(code).toBe(0);
    const spec = JSON.parse(readFileSync(`${out}/tags.json`, "utf8")) as Json;
    expect(spec.info.title).toBe("Tags API");
    expect(spec.servers[0].url).toBe("https://api.track.toggl.com/api/v9");
    const collection = spec.paths["/workspaces/{workspace_id}/tags"];
    expect([
      collection.get.operationId,
      collection.patch.operationId,
      spec.paths["/workspaces/{workspace_id}/tags/{tag_id}"].delete.operationId,
    ]).toEqual(["listTags", "updateTags", "deleteTag"]);
    expect(collection.get.parameters.map((p: Json) => `${p.in}:${p.name}:${p.schema.type}:${p.required}`)).toEqual([
      "path:workspace_id:integer:true",
      "query:page:integer:false",
      "query:per_page:integer:false",
      "query:search:string:false",
    ]);
    const list = collection.get.responses["200"].content["application/json"].schema;
    expect(list).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Tag" } });
    expect(Object.keys(spec.components.schemas.Tag.properties)).toEqual([
      "at",
      "creator_id",
      "deleted_at",
      "id",
      "name",
      "workspace_id",
    ]);

    const body = collection.patch.requestBody.content["application/json"].schema;
    expect(body.type).toBe("array");
    expect(body.items.properties.op).toMatchObject({ type: "string", enum: ["add", "remove", "replace"] });
    // A JSON Patch value documented as bare `object` is any JSON value (a string must be accepted).
    expect(body.items.properties.value.type).toBeUndefined();
    expect(body.items.properties.value["x-inferred-from"]).toHaveProperty("type");
    expect(collection.patch.responses["400"]["x-error-messages"]).toEqual(["Invalid operation", "Tag not found"]);
    const patched =
      spec.components.schemas[
        collection.patch.responses["200"].content["application/json"].schema.$ref.split("/").pop()
      ];
    expect(patched.properties.failure.items.properties).toMatchObject({
      id: { type: "integer" },
      message: { type: "string" },
    });
    expect(patched.properties.success).toMatchObject({ type: "array", items: { type: "integer" } });
    expect(spec.paths["/workspaces/{workspace_id}/tags/{tag_id}"].delete.responses["200"]).toEqual({
      description: "Successful operation.",
    });
  });
});
