/**
 * A valid sample value for a JSON Schema (as our specs write them), for contract tests that must
 * send Prism a request it accepts: every property filled, enums respected, formats honoured.
 */
type Schema = Record<string, unknown>;

export function sampleFromSchema(schema: Schema | undefined, root: Schema, depth = 0): unknown {
  if (!schema || depth > 8) return "x";
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Schema)?.[key], root);
    return sampleFromSchema(target as Schema, root, depth + 1);
  }
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null);
  for (const key of ["oneOf", "anyOf", "allOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return sampleFromSchema(options[0] as Schema, root, depth + 1);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null");
  switch (type) {
    case "integer":
      return 1;
    case "number":
      return 1.5;
    case "boolean":
      return true;
    case "array":
      return [sampleFromSchema(schema.items as Schema, root, depth + 1)];
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(properties).map(([name, s]) => [name, sampleFromSchema(s, root, depth + 1)]),
      );
    }
    case "string":
      return (
        {
          "date-time": "2024-01-15T10:00:00Z",
          date: "2024-01-15",
          uri: "https://example.com/x",
          email: "a@example.com",
        }[String(schema.format)] ?? "x"
      );
    default:
      return "x";
  }
}
