import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { normaliseLineEnds } from "../common/text.js";
import { parseHtml } from "../common/dom.js";
import { findSpecSource, isScalarReferencePage } from "./configuration.js";
import { visibleOperations } from "./visible.js";

/**
 * A Scalar API reference as an HTML page: the spec its configuration carries becomes
 * `embeddedSpec` (the normaliser takes the API from it), and the operations the page shows without
 * JavaScript (server-side rendered pages show every operation's method and path, the first tag's
 * in full) are its visible content. A page that only points at a spec URL shows and carries
 * nothing: that is an error, never an empty API.
 */

export const SCALAR_HTML_DIALECT = "scalar-html";

function detect(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|script)\b/i.test(text.slice(0, 4096)) && isScalarReferencePage(text);
}

export function readScalarHtml(text: string, file: string): DocPage {
  const normalised = normaliseLineEnds(text);
  const source = findSpecSource(normalised, file);
  if (!source) {
    throw DocsInputError.at(
      { file, line: 1 },
      "a Scalar API reference page whose configuration names no spec (no content, no url)",
      "no-embedded-spec",
    );
  }
  if (source.kind === "url") {
    // Worded like the page reader's refusal of other JavaScript shells (`../common/js-shell.ts`),
    // plus what only this reader knows: where the configuration is and the URL it loads.
    throw DocsInputError.at(
      { file, line: source.line },
      "this page's content is rendered by JavaScript (Scalar's API reference loader) and the page embeds no spec: " +
        `its configuration points at "${source.url}"; give docs2client that spec, or a server-side rendered page`,
      "javascript-rendered-page",
    );
  }
  const diagnostics: Diagnostic[] = [];
  const operations = visibleOperations(parseHtml(normalised), file);
  if (operations.length === 0) {
    diagnostics.push({
      severity: "info",
      code: "nothing-visible",
      message: "the page shows no operation without JavaScript; the API is read from the spec it carries",
      source: { file, line: source.line },
    });
  }
  const info = source.document.info as { title?: unknown } | undefined;
  return {
    file,
    dialect: SCALAR_HTML_DIALECT,
    title: typeof info?.title === "string" ? info.title : "",
    operations,
    embeddedSpec: { document: source.document, generator: "scalar", source: { file, line: source.line } },
    diagnostics,
  };
}

export const scalarHtmlReader: DocsReader = {
  dialect: SCALAR_HTML_DIALECT,
  detect: (text) => detect(text),
  read: readScalarHtml,
};
