/**
 * The docs section (OpenAPI tag) of a clients-v1 operation. These pages have no section title,
 * so it is derived: the path's resource segment that the title names ("Update Client (v1)" and
 * `/v1/workspace/:workspaceId/clients/:clientId` → "Clients"), else the segment that owns the
 * last path parameter, else the last fixed segment.
 */

function titleCase(segment: string): string {
  const words = segment
    .replace(/[-_]+/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function singular(word: string): string {
  return word
    .toLowerCase()
    .replace(/(ies)$/, "y")
    .replace(/(ses|xes)$/, (m) => m.slice(0, -2))
    .replace(/s$/, "");
}

export function sectionFromPath(path: string, title: string): string {
  const segments = path
    .replace(/^https?:\/\/[^/]+/, "")
    .split(/[/?#]/)
    .filter((s) => s !== "");
  const isParam = (s: string) => /^(:|\{)/.test(s);
  const fixed = segments.filter((s) => !isParam(s) && !/^v\d+$/i.test(s));
  const titleWords = new Set(
    title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .map(singular),
  );
  const named = [...fixed].reverse().find((s) => titleWords.has(singular(s)));
  if (named) return titleCase(named);
  const owner = segments.findLast((s, i) => !isParam(s) && isParam(segments[i + 1] ?? ""));
  if (owner && !/^v\d+$/i.test(owner)) return titleCase(owner);
  const last = fixed[fixed.length - 1];
  return last ? titleCase(last) : "";
}
