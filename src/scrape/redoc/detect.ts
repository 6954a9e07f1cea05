/**
 * A Redoc page carries its spec in an inline script: Redoc 2 as `__redoc_state` (the state it
 * hydrates from), Redoc 3 as `__redoc_definition`. Either is enough to claim the page; the
 * standalone bundle's `<redoc spec-url>` page has neither and is left to the JavaScript-shell
 * error (`../common/js-shell.ts`).
 */
export const REDOC_STATE = "__redoc_state";
export const REDOC_DEFINITION = "__redoc_definition";

const MARKER = new RegExp(`\\b(?:${REDOC_STATE}|${REDOC_DEFINITION})\\s*=\\s*[{[]`);

export function looksLikeRedoc(text: string): boolean {
  return /<(?:!doctype\s+html|html|body|div|script)\b/i.test(text.slice(0, 65_536)) && MARKER.test(text);
}
