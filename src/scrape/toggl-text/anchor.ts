/**
 * The anchor Docusaurus gives a heading, so an operation can link back to its docs. Docusaurus
 * uses github-slugger: lower-case, punctuation removed (hyphens and underscores kept), each space
 * a hyphen, and `-1`, `-2`… appended when a slug repeats on the page
 * ("PUT Update workspace-user" after "PUT Update workspace user" → "put-update-workspace-user-1").
 */

export function slugifyHeading(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Slugs for headings in page order, made unique the way github-slugger does it. */
export function createAnchorAllocator(): (heading: string) => string {
  const occurrences = new Map<string, number>();
  return (heading) => {
    const base = slugifyHeading(heading);
    let slug = base;
    while (occurrences.has(slug)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}
