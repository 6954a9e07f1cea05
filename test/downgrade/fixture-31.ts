/** A hand-built OpenAPI 3.1 document that uses every construct the downgrade rewrites or drops. */
export function richOpenApi31(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: { title: "Rich", version: "1", summary: "3.1 only", license: { name: "MIT", identifier: "MIT" } },
    "x-origin": "docs",
    paths: {
      "/clients/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", exclusiveMinimum: 0 } }],
        get: {
          operationId: "getClient",
          security: [{ mtls: [] }, { token: [] }],
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/Client", description: "The client" } },
              },
            },
          },
        },
        delete: { operationId: "deleteClient" },
      },
      "/shared": { $ref: "#/components/pathItems/Shared" },
    },
    webhooks: { created: { post: { responses: { "200": { description: "ok" } } } } },
    components: {
      schemas: {
        Client: {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          $id: "https://example.test/client",
          type: "object",
          required: ["id"],
          unevaluatedProperties: false,
          properties: {
            id: { type: "integer", minimum: 5, exclusiveMinimum: 1 },
            note: { type: ["string", "null"], examples: ["hi", "there"] },
            nothing: { type: "null" },
            either: { type: ["string", "integer"] },
            kind: { const: "client" },
            pair: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] },
            logo: { type: "string", contentMediaType: "image/png" },
            blob: { type: "string", contentEncoding: "base64" },
            score: { type: "number", exclusiveMaximum: 10, "x-unit": "points" },
            any: true,
            tags: { type: "array" },
          },
          if: { properties: { kind: { const: "a" } } },
          then: { required: ["note"] },
          dependentRequired: { note: ["id"] },
          $defs: { Local: { type: "string" } },
        },
        Uses: { $ref: "#/components/schemas/Client/$defs/Local" },
      },
      pathItems: { Shared: { get: { responses: { "204": { description: "none" } } } } },
      securitySchemes: { mtls: { type: "mutualTLS" }, token: { type: "http", scheme: "bearer" } },
      parameters: {
        Page: { $ref: "#/components/parameters/Base", description: "3.1 sibling" },
        Base: { name: "page", in: "query", schema: { type: "integer" } },
      },
    },
  };
}
