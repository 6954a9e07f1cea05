/**
 * The neutral profile: what the normaliser assumes about an API whose config states no convention.
 * Nothing here is true of one API only; an API that differs says so in its config's `profile`.
 */
import type { ApiProfile, ErrorBodyConvention } from "./types.js";

export interface ResolvedProfile {
  errorBody: ErrorBodyConvention;
  docsLinks: { section: string; operation: string };
}

export const DEFAULT_PROFILE: ResolvedProfile = {
  // An error status with nothing shown for its body gets no content schema: nothing is invented.
  errorBody: "none",
  // One docs page for the whole API, operations found by their anchor on it.
  docsLinks: { section: "{docsUrl}", operation: "{docsUrl}#{anchor}" },
};

/** The placeholders a `docsLinks` pattern may use. */
export const DOCS_LINK_PLACEHOLDERS = ["docsUrl", "section", "anchor"] as const;

/** Every setting of an API's profile, the defaults filling what it does not state. */
export function resolveProfile(profile: ApiProfile | undefined): ResolvedProfile {
  return {
    errorBody: profile?.errorBody ?? DEFAULT_PROFILE.errorBody,
    docsLinks: { ...DEFAULT_PROFILE.docsLinks, ...profile?.docsLinks },
  };
}
