/**
 * The type words API docs tables use. Readers keep the type text verbatim (interpretation is the
 * normaliser's job) but warn when a cell holds something that is not a type at all, which usually
 * means a shifted or damaged row. Whether a cell is a type is decided by the one type-cell parser
 * (src/normalise/doc-types.ts), so a reader and the normaliser never disagree about a notation.
 */
export { isKnownTypeText } from "../../normalise/doc-types.js";
