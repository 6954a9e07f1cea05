/**
 * Writes the consumer files of the type-check benchmark: the same calls once through a generated
 * client (`client.<tag>.<method>(params)`) and once through raw openapi-fetch with the same
 * `paths` types (`api.GET(path, { params, body })`). The calls are built from the spec, with literal
 * arguments (so the type checker does the work a real caller's code makes it do), and mapped to the
 * generated methods by reading the generated files.
 */
import { MissingPiece } from "./measure.js";

type Json = Record<string, unknown>;

export interface PlannedCall {
  method: string;
  path: string;
  /** Literal TypeScript text of each part. */
  pathParams: [string, string][];
  queryParams: [string, string][];
  body?: string;
}

function resolve(spec: Json, value: unknown): Json | undefined {
  let node = value as Json | undefined;
  for (let i = 0; i < 10 && node && typeof node.$ref === "string"; i++) {
    const parts = (node.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    node = parts.reduce<unknown>((n, p) => (n as Json | undefined)?.[p], spec) as Json | undefined;
  }
  return node;
}

/** A literal for a primitive schema, or undefined when the schema is not a simple one. */
function literal(spec: Json, schemaRef: unknown): string | undefined {
  const schema = resolve(spec, schemaRef);
  if (!schema) return undefined;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return JSON.stringify(schema.enum[0]);
  if ("const" in schema) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "string") return '"x"';
  if (type === "integer" || type === "number") return "1";
  if (type === "boolean") return "true";
  if (type === "array") {
    const item = literal(spec, schema.items);
    return item === undefined ? undefined : `[${item}]`;
  }
  return undefined;
}

function bodyLiteral(spec: Json, operation: Json): { ok: boolean; text?: string } {
  const requestBody = resolve(spec, operation.requestBody);
  if (!requestBody) return { ok: true };
  const content = requestBody.content as Json | undefined;
  const json = content?.["application/json"] as Json | undefined;
  if (!json) return { ok: false };
  const schema = resolve(spec, json.schema);
  if (!schema || schema.type !== "object" || typeof schema.properties !== "object") return { ok: false };
  const props = schema.properties as Json;
  const required = (schema.required as string[] | undefined) ?? [];
  // Required fields, plus up to three optional ones so that the object literal has some substance.
  const names = [
    ...required,
    ...Object.keys(props)
      .filter((n) => !required.includes(n))
      .slice(0, 3),
  ];
  const parts: string[] = [];
  for (const name of names) {
    const value = literal(spec, props[name]);
    if (value === undefined) {
      if (required.includes(name)) return { ok: false };
      continue;
    }
    parts.push(`${JSON.stringify(name)}: ${value}`);
  }
  return { ok: true, text: `{ ${parts.join(", ")} }` };
}

/** Up to `count` operations whose arguments can be written as literals, spread evenly over the spec. */
export function planCalls(spec: Json, count: number): PlannedCall[] {
  const eligible: PlannedCall[] = [];
  for (const [path, itemRef] of Object.entries((spec.paths as Json) ?? {})) {
    const item = resolve(spec, itemRef) ?? {};
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      // Operation-level parameters override path-level ones of the same name and location.
      const byKey = new Map<string, Json>();
      for (const ref of [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]) {
        const p = resolve(spec, ref);
        if (p) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
      }
      const params = [...byKey.values()];
      const call: PlannedCall = { method, path, pathParams: [], queryParams: [] };
      let ok = true;
      for (const p of params) {
        if (p.in !== "path" && !(p.in === "query")) {
          if (p.required) ok = false;
          continue;
        }
        const value = literal(spec, p.schema);
        if (value === undefined) {
          if (p.required || p.in === "path") ok = false;
          continue;
        }
        if (p.in === "path") call.pathParams.push([p.name as string, value]);
        else if (p.required || call.queryParams.length < 2) call.queryParams.push([p.name as string, value]);
      }
      const body = bodyLiteral(spec, operation);
      if (!ok || !body.ok) continue;
      if (body.text) call.body = body.text;
      eligible.push(call);
    }
  }
  if (eligible.length <= count) return eligible;
  const step = eligible.length / count;
  return Array.from({ length: count }, (_, i) => eligible[Math.floor(i * step)]!);
}

const obj = (pairs: [string, string][]) => `{ ${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")} }`;

export function rawConsumer(calls: readonly PlannedCall[], schemaImport: string): string {
  const lines = [
    'import createClient from "openapi-fetch";',
    `import type { paths } from "${schemaImport}";`,
    "",
    'const api = createClient<paths>({ baseUrl: "https://api.example.test", headers: { Authorization: "Basic eDp5" } });',
    "",
    "export async function main(): Promise<unknown[]> {",
    "  const results: unknown[] = [];",
  ];
  calls.forEach((c, i) => {
    const params: [string, string][] = [];
    if (c.pathParams.length) params.push(["path", obj(c.pathParams)]);
    if (c.queryParams.length) params.push(["query", obj(c.queryParams)]);
    const init = [
      params.length ? `params: { ${params.map(([k, v]) => `${k}: ${v}`).join(", ")} }` : "",
      c.body ? `body: ${c.body}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `  const { data: r${i}, error: e${i} } = await api.${c.method.toUpperCase()}(${JSON.stringify(c.path)}${init ? `, { ${init} }` : ""});`,
    );
    lines.push(`  results.push(r${i}, e${i});`);
  });
  lines.push("  return results;", "}", "");
  return lines.join("\n");
}

export interface GeneratedMethod {
  /** `client.<accessor>.<method>` */
  accessor: string;
  name: string;
}

/**
 * Maps "get /path" to the generated namespace method: the generator's own names (`x-method-name`,
 * else its naming rules), read through the same function the generator uses.
 */
export function mapGeneratedMethods(
  names: ReadonlyMap<string, { namespace: string; method: string }>,
): Map<string, GeneratedMethod> {
  const out = new Map<string, GeneratedMethod>();
  for (const [key, name] of names) {
    const [method, ...path] = key.split(" ");
    out.set(`${method!.toLowerCase()} ${path.join(" ")}`, { accessor: name.namespace, name: name.method });
  }
  if (out.size === 0) throw new MissingPiece("the spec has no operations to name");
  return out;
}

export function generatedConsumer(
  calls: readonly PlannedCall[],
  methods: ReadonlyMap<string, GeneratedMethod>,
  clientClass: string,
  clientImport: string,
): string {
  const lines = [
    `import { ${clientClass} } from "${clientImport}";`,
    "",
    `const client = new ${clientClass}({ apiToken: "x", baseUrl: "https://api.example.test" } as ConstructorParameters<typeof ${clientClass}>[0]);`,
    "",
    "export async function main(): Promise<unknown[]> {",
    "  const results: unknown[] = [];",
  ];
  calls.forEach((c, i) => {
    const m = methods.get(`${c.method} ${c.path}`);
    if (!m) throw new MissingPiece(`no generated method for ${c.method.toUpperCase()} ${c.path}`);
    const parts = [...c.pathParams, ...c.queryParams];
    if (c.body) parts.push(["body", c.body]);
    // `{}` is accepted by every method: one without parameters takes an empty object too.
    const arg = parts.length ? obj(parts) : "{}";
    lines.push(`  const r${i} = await client.${m.accessor}.${m.name}(${arg});`);
    lines.push(`  results.push(r${i});`);
  });
  lines.push("  return results;", "}", "");
  return lines.join("\n");
}
