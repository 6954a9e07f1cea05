/**
 * A title for an operation whose page gives it none (a capture of one operation that lost its
 * heading): the first sentence of its description, at most eight words.
 * "Update workspace client. Note: …" → "Update workspace client".
 */
export function titleFromDescription(description: string): string {
  const firstLine = description.split("\n")[0] ?? "";
  const sentence = (/^(.*?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine).replace(/[.!?]+$/, "").trim();
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : sentence;
}
