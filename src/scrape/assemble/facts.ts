import type { DocOperation } from "../../model/types.js";

/**
 * Facts some pages state about an operation under a label of their own: how it authenticates
 * ("Authentication: Required - JWT token in Authorization header", kept verbatim) and which
 * permissions the caller needs ("Required Permissions: clients.update", a list). The dialect's roles
 * table says which label states which fact; the prose under the label is collected here.
 */
export type OperationFact = "authentication" | "requiredPermissions";

export type OperationFacts = Partial<Record<OperationFact, string[]>>;

/** Adds one paragraph or list of prose under a fact label. */
export function addFact(facts: OperationFacts, fact: OperationFact, texts: readonly string[]): void {
  const values = (facts[fact] ??= []);
  for (const text of texts) {
    // A permission list may be one line of comma-separated names or a bulleted list.
    const parts =
      fact === "requiredPermissions" ? text.split(/,\s*/).map((part) => part.replace(/^[-*•]\s*/, "").trim()) : [text];
    for (const part of parts) if (part !== "") values.push(part);
  }
}

/** The facts as the model's operation fields. */
export function factFields(facts: OperationFacts): Pick<DocOperation, "authentication" | "requiredPermissions"> {
  return {
    ...(facts.authentication?.length ? { authentication: facts.authentication.join("\n") } : {}),
    ...(facts.requiredPermissions?.length ? { requiredPermissions: facts.requiredPermissions } : {}),
  };
}
