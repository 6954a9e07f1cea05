/** The GitHub REST spec from @octokit/openapi, whole or cut down to a few paths (for smoke runs). */
import { readFile } from "node:fs/promises";
import path from "node:path";

export const GITHUB_SPEC = "node_modules/@octokit/openapi/generated/api.github.com.json";

export async function loadGithubSpec(root: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(root, GITHUB_SPEC), "utf8")) as Record<string, unknown>;
}

/** The first `count` paths and only the components they reach (transitively), so the result stays valid. */
export function cutGithubSpec(spec: Record<string, unknown>, count: number): Record<string, unknown> {
  const paths = Object.fromEntries(Object.entries(spec.paths as Record<string, unknown>).slice(0, count));
  const components = spec.components as Record<string, Record<string, unknown>>;
  const kept: Record<string, Record<string, unknown>> = {};
  const queue: unknown[] = [paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
          const [, , kind, name] = value.split("/");
          const target = components[kind!]?.[name!];
          if (target !== undefined && !(kept[kind!] ??= {})[name!]) {
            kept[kind!]![name!] = target;
            queue.push(target);
          }
        } else queue.push(value);
      }
    }
  }
  const { "x-webhooks": _webhooks, webhooks: _webhooks31, ...rest } = spec;
  return { ...rest, paths, components: { ...kept, securitySchemes: components.securitySchemes } };
}
