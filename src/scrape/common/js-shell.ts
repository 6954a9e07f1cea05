/**
 * Pages whose content exists only after JavaScript runs: a docs viewer's loader with a spec URL
 * (Redoc's standalone `<redoc spec-url>`, Swagger UI's `SwaggerUIBundle({ url })`, Scalar's
 * `<script id="api-reference" data-url>`, RapiDoc, Stoplight Elements) and no spec in the page.
 * No reader can find operations in them; the page reader says why instead of "no reader
 * recognises this page" (or, worse, reading 0 operations).
 */

const SHELLS: readonly { name: string; pattern: RegExp }[] = [
  { name: "Redoc's standalone bundle (<redoc spec-url=…>)", pattern: /<redoc\b[^>]*>|Redoc\.init\s*\(/i },
  { name: "Swagger UI (SwaggerUIBundle)", pattern: /\bSwaggerUIBundle\s*\(|id=["']swagger-ui["']/ },
  {
    name: "Scalar's API reference loader",
    pattern: /<script[^>]*\bid=["']api-reference["']|Scalar\.createApiReference\s*\(/,
  },
  { name: "RapiDoc (<rapi-doc>)", pattern: /<rapi-doc\b/i },
  { name: "Stoplight Elements (<elements-api>)", pattern: /<elements-api\b/i },
];

/** The viewer that would draw this page in a browser, when the page is only such a shell. */
export function javascriptShellOf(text: string): string | undefined {
  if (!/<(?:!doctype\s+html|html|body|script)\b/i.test(text.slice(0, 65_536))) return undefined;
  return SHELLS.find((shell) => shell.pattern.test(text))?.name;
}
