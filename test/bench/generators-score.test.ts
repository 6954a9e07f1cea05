import { describe, expect, it } from "vitest";
import { addScores, fieldsOf, pathKey, percent, scoreSpecs, typeSignature } from "../../bench/generators/score.js";

/** The original: two operations, a $ref'd recursive schema, an enum, a nested array of objects. */
const original = {
  openapi: "3.0.3",
  servers: [{ url: "https://api.example.com/v2" }],
  paths: {
    "/pets/{petId}": {
      parameters: [{ name: "petId", in: "path", required: true, schema: { type: "integer" } }],
      get: {
        parameters: [
          { name: "fields", in: "query", schema: { type: "array", items: { type: "string", enum: ["a", "b"] } } },
          { $ref: "#/components/parameters/Trace" },
        ],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
          },
          "404": { description: "not found" },
        },
      },
    },
    "/pets": {
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: {
                allOf: [
                  { $ref: "#/components/schemas/Pet" },
                  { type: "object", required: ["tag"], properties: { tag: { type: "string" } } },
                ],
              },
            },
          },
        },
        responses: { "201": { description: "created" } },
      },
    },
  },
  components: {
    parameters: { Trace: { name: "X-Trace", in: "header", required: true, schema: { type: "string" } } },
    schemas: {
      Pet: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string" },
          status: { type: "string", enum: ["sold", "available"] },
          owners: {
            type: "array",
            items: { type: "object", properties: { id: { type: "integer", format: "int64" } } },
          },
          parent: { $ref: "#/components/schemas/Pet" },
        },
      },
    },
  },
};

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe("scoreSpecs", () => {
  it("scores a spec against itself as complete, nothing invented", () => {
    const score = scoreSpecs(original, original);
    expect(score.operations).toEqual({ expected: 2, found: 2, invented: 0 });
    // petId, fields, x-trace
    expect(score.parameters).toMatchObject({
      expected: 3,
      found: 3,
      rightType: 3,
      requiredRight: 3,
      enumExpected: 1,
      enumRight: 1,
      invented: 0,
    });
    // name, status, owners, owners[].id, parent (recursion stops), tag
    expect(score.requestFields).toMatchObject({
      expected: 6,
      found: 6,
      rightType: 6,
      requiredRight: 6,
      enumExpected: 1,
      enumRight: 1,
      invented: 0,
    });
    expect(score.responseFields).toMatchObject({ expected: 5, found: 5, invented: 0 });
    expect(score.responses).toEqual({ expected: 3, found: 3, invented: 0 });
    expect(score.problems).toEqual([]);
  });

  it("counts what an extraction lost, got wrong and invented", () => {
    const extracted = clone(original) as any;
    // Served under the base path, as a page showing full URLs would give it; other placeholder name.
    extracted.servers = [{ url: "https://api.example.com" }];
    extracted.paths = {
      "/v2/pets/{id}": extracted.paths["/pets/{petId}"],
      "/v2/pets": extracted.paths["/pets"],
      "/v2/extra": { get: { responses: {} } },
    };
    const pet = extracted.components.schemas.Pet;
    pet.properties.status.enum = ["sold"]; // enum differs
    pet.properties.owners.items.properties.id.type = "string"; // wrong type
    pet.required = []; // name no longer required
    pet.properties.colour = { type: "string" }; // invented
    delete pet.properties.parent; // lost
    extracted.paths["/v2/pets/{id}"].get.parameters = [{ name: "fields", in: "query", schema: { type: "string" } }];
    const score = scoreSpecs(original, extracted);
    expect(score.operations).toEqual({ expected: 2, found: 2, invented: 1 });
    expect(score.parameters).toMatchObject({
      expected: 3,
      found: 2,
      rightType: 1,
      requiredRight: 2,
      enumExpected: 1,
      enumRight: 0,
      invented: 0,
    });
    expect(score.requestFields).toMatchObject({
      expected: 6,
      found: 5,
      rightType: 4,
      requiredRight: 4,
      enumExpected: 1,
      enumRight: 0,
      invented: 1,
    });
    expect(score.responseFields).toMatchObject({ expected: 5, found: 4, rightType: 3, invented: 1 });
    expect(score.problems).toContain("GET /pets/{petId}: missing parameter header:x-trace");
    expect(score.problems).toContain("GET /v2/extra: invented operation");
  });

  it("does not count as invented a field one level further into a recursive schema", () => {
    const extracted = clone(original) as any;
    // A page that shows the parent's own fields once more (widdershins expands inline one level further).
    extracted.components.schemas.Pet.properties.parent = {
      type: "object",
      properties: { name: { type: "string" }, colour: { type: "string" } },
    };
    const score = scoreSpecs(original, extracted);
    expect(score.requestFields.invented).toBe(1); // parent.colour: not in Pet at any depth
    expect(score.problems).toContain("POST /pets: invented body field parent.colour");
  });

  it("adds scores and prints percentages that never round a miss up", () => {
    const one = scoreSpecs(original, original);
    const total = addScores([one, one]);
    expect(total.operations.expected).toBe(4);
    expect(total.parameters.found).toBe(6);
    expect(percent(999, 1000)).toBe("99.9 %");
    expect(percent(9999, 10000)).toBe("99.9 %");
    expect(percent(3, 3)).toBe("100.0 %");
    expect(percent(0, 0)).toBe("—");
  });
});

describe("the walks", () => {
  it.each([
    [{ type: "string" }, "string"],
    [{ type: ["integer", "null"] }, "integer"],
    [{ type: "array", items: { type: "array", items: { type: "number" } } }, "array<array<number>>"],
    [{ properties: { a: {} } }, "object"],
    [{ enum: [1, 2] }, "integer"],
    [{ oneOf: [{ type: "string" }, { type: "integer" }] }, "any"],
    [{ allOf: [{ $ref: "#/components/schemas/Pet" }] }, "object"],
  ])("typeSignature(%j) = %s", (schema, sig) => {
    expect(typeSignature(original, schema)).toBe(sig);
  });

  it("names fields by path, a root array's from []", () => {
    const fields = fieldsOf(original, { type: "array", items: { $ref: "#/components/schemas/Pet" } });
    expect([...fields.keys()]).toEqual(["[].name", "[].status", "[].owners", "[].owners[].id", "[].parent"]);
  });

  it("blanks placeholders in path keys", () => {
    expect(pathKey("/a/{id}/b/")).toBe("/a/{}/b");
    expect(pathKey("/a/:id")).toBe("/a/{}");
    expect(pathKey("/")).toBe("/");
    expect(pathKey("/2014-06-05/events#x-amz-Client-Context")).toBe("/2014-06-05/events#x-amz-Client-Context");
  });
});
