/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and lists the hot spots: self time per function and
 * inclusive (total) time per function, both as a share of all samples, with file:line.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface HotSpot {
  where: string;
  selfShare: number;
  totalShare: number;
}

function label(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith("file://") ? path.relative(root, new URL(url).pathname) : url || "(native)";
  return `${file}:${lineNumber + 1} ${functionName || "(anonymous)"}`;
}

/** For each function whose label matches `parent`, the total time of each direct callee (share of all samples). */
export async function callees(file: string, root: string, parent: RegExp): Promise<Map<string, Map<string, number>>> {
  const profile = JSON.parse(await readFile(file, "utf8")) as { nodes: ProfileNode[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const subtree = (node: ProfileNode): number =>
    (node.hitCount ?? 0) + (node.children ?? []).reduce((n, c) => n + subtree(byId.get(c)!), 0);
  const out = new Map<string, Map<string, number>>();
  for (const node of profile.nodes) {
    const key = label(node, root);
    if (!parent.test(key)) continue;
    const row = out.get(key) ?? new Map<string, number>();
    out.set(key, row);
    row.set("(self)", (row.get("(self)") ?? 0) + (node.hitCount ?? 0) / total);
    for (const c of node.children ?? []) {
      const child = byId.get(c)!;
      const name = label(child, root);
      row.set(name, (row.get(name) ?? 0) + subtree(child) / total);
    }
  }
  return out;
}

export async function hotSpots(file: string, root: string): Promise<HotSpot[]> {
  const profile = JSON.parse(await readFile(file, "utf8")) as { nodes: ProfileNode[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  // Inclusive time counts a function once per stack, even when it recurses.
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    const key = label(node, root);
    let sum = node.hitCount ?? 0;
    self.set(key, (self.get(key) ?? 0) + sum);
    const first = !onStack.has(key);
    if (first) onStack.add(key);
    for (const child of node.children ?? []) sum += walk(byId.get(child)!, onStack);
    if (first) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(profile.nodes[0]!, new Set());
  return [...inclusive.keys()].map((where) => ({
    where,
    selfShare: (self.get(where) ?? 0) / total,
    totalShare: (inclusive.get(where) ?? 0) / total,
  }));
}
