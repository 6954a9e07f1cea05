import { readFile } from "node:fs/promises";
import path from "node:path";
import { DocsInputError } from "../model/errors.js";
import type { DocPage, DocsReader } from "../model/types.js";
import { clientsV1Reader } from "./clients-v1/index.js";
import { javascriptShellOf } from "./common/js-shell.js";
import { docusaurusOpenApiReader } from "./docusaurus-openapi/index.js";
import { openapiToMdReader } from "./openapi-to-md/index.js";
import { boundFieldDepth } from "./common/field-depth.js";
import { redocReader } from "./redoc/index.js";
import { scalarHtmlReader } from "./scalar-html/index.js";
import { scalarMarkdownReader } from "./scalar-markdown/index.js";
import { togglHtmlReader } from "./toggl-html/index.js";
import { togglTextReader } from "./toggl-text/index.js";
import { slateTextCaptureReader, widdershinsHtmlReader, widdershinsMarkdownReader } from "./widdershins/index.js";

/**
 * Every docs dialect we read. A new docs site is a new folder here and one line in this list;
 * the order matters only when two readers claim the same page (the first wins).
 */
export const READERS: readonly DocsReader[] = [
  scalarMarkdownReader,
  scalarHtmlReader,
  togglHtmlReader,
  redocReader,
  widdershinsHtmlReader,
  widdershinsMarkdownReader,
  slateTextCaptureReader,
  clientsV1Reader,
  togglTextReader,
  docusaurusOpenApiReader,
  openapiToMdReader,
];

/** The reader for a page, chosen by content; a page no reader recognises is bad input. */
export function pickReader(text: string, file: string, readers: readonly DocsReader[] = READERS): DocsReader {
  const reader = readers.find((r) => r.detect(text, file));
  if (!reader) {
    const shell = javascriptShellOf(text);
    if (shell) {
      throw DocsInputError.at(
        { file, line: 1 },
        `this page's content is rendered by JavaScript (${shell}) and the page embeds no spec: there is nothing to read ` +
          "without running it; give docs2client the spec it loads, or a server-side rendered page",
        "javascript-rendered-page",
      );
    }
    throw DocsInputError.at(
      { file, line: 1 },
      `no reader recognises this page (tried: ${readers.map((r) => r.dialect).join(", ")}); ` +
        "expected an API reference page of one of these styles (Toggl HTML or text capture, clients-v1, widdershins/Slate, " +
        "Redoc, Scalar, docusaurus-plugin-openapi-docs, openapi-to-md)",
      "unknown-dialect",
    );
  }
  return reader;
}

/** Reads one page's text with the reader its content calls for. */
export function readPageText(text: string, file: string): DocPage {
  return boundFieldDepth(pickReader(text, file).read(text, file));
}

/**
 * Reads one page file from disk; a missing or unreadable file is reported with its path. `file` is
 * resolved against `root` but named as given, so that provenance (`x-source`) stays relative.
 */
export async function readPageFile(file: string, root = "."): Promise<DocPage> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    throw DocsInputError.at({ file, line: 0 }, `cannot read page: ${reason}`, "unreadable-file");
  }
  return readPageText(text, file);
}
