import { DocsInputError } from "../../model/errors.js";
import type { Diagnostic, DocPage, DocsReader } from "../../model/types.js";
import { assemblePage, docPageOf } from "../assemble/page.js";
import { boundFieldDepth } from "../common/field-depth.js";
import { normaliseLineEnds } from "../common/text.js";
import { documentOfApi } from "./embedded-spec.js";
import { decodeApiEntry, readFrontMatter } from "./front-matter.js";
import { htmlBlocks } from "./html-blocks.js";
import { parseHtml } from "../common/dom.js";
import { mdxBlocks } from "./mdx-blocks.js";
import { DOCUSAURUS_OPENAPI_ROLES } from "./roles.js";

/**
 * Pages written by docusaurus-plugin-openapi-docs (with its theme, docusaurus-theme-openapi-docs):
 *   - the generated MDX, one `<id>.api.mdx` per operation. Its front matter carries the operation
 *     the page was written from (`api:`), which becomes the page's embedded spec; the visible
 *     content (the heading, the endpoint line, the JSON props of the parameter, body and status
 *     components) is read as well, through the one assembler, so that the normaliser can compare;
 *   - the page `docusaurus build` makes of it: the operation's frame only (title, endpoint,
 *     description, statuses); its schemas are drawn in the browser and it carries no spec, which
 *     the reader says in a warning rather than reading the page as complete.
 */

export const DOCUSAURUS_OPENAPI_DIALECT = "docusaurus-openapi";

/** The plugin's MDX: front matter, then imports of its theme's components. */
function isPluginMdx(text: string): boolean {
  if (!/^\uFEFF?---\r?\n/.test(text)) return false;
  // The front matter's `api:` value (one deflated operation) can run to hundreds of KB on a big
  // API, so the theme's imports are looked for right after the front matter, wherever it ends.
  const close = /\r?\n---\r?\n/g;
  close.lastIndex = 3;
  const end = close.exec(text)?.index ?? 0;
  const body = text.slice(end, end + 64 * 1024);
  return /^import \w+ from "@theme\/(?:ApiExplorer\/MethodEndpoint|ParamsDetails|StatusCodes|ApiLogo)";?$/m.test(body);
}

/**
 * The theme's classes on a built page: the operation page's container, its endpoint line, and the
 * title heading every page of the theme has (the API's introduction page too).
 */
const THEME_CLASS = /class=["']?[^"'>]*\b(?:theme-api-markdown|openapi__method-endpoint|openapi__heading)\b/;

function isBuiltPage(text: string): boolean {
  return (
    /<(?:!doctype\s+html|html|body|div)\b/i.test(text.slice(0, 4096)) &&
    /theme-api-markdown|openapi__method-endpoint|openapi__heading/.test(text) &&
    THEME_CLASS.test(text)
  );
}

function detect(text: string): boolean {
  return isPluginMdx(text) || isBuiltPage(text);
}

function readBuiltPage(text: string, file: string): DocPage {
  const lexed = htmlBlocks(parseHtml(text));
  if (!lexed.found)
    throw DocsInputError.at(
      { file, line: 1 },
      "a page of docusaurus-theme-openapi-docs without a docs article (.theme-api-markdown or .theme-doc-markdown)",
      "no-operations",
    );
  const diagnostics: Diagnostic[] = [];
  if (lexed.endpoints === 0) {
    if (lexed.skeletons.count > 0) {
      throw DocsInputError.at(
        { file, line: lexed.skeletons.line },
        "a page built by docusaurus-theme-openapi-docs with no operation in its HTML (no endpoint line): its content is rendered by JavaScript and it carries no spec; read the plugin's generated .api.mdx pages instead",
        "no-operations",
      );
    }
    // The API's introduction page (title, description, auth schemes): no operation to read; the
    // pipeline holds a page without operations to --allow-empty or `context`.
    const h1 = lexed.blocks.find((b) => b.kind === "heading" && b.level === 1);
    return {
      file,
      dialect: DOCUSAURUS_OPENAPI_DIALECT,
      title: h1?.kind === "heading" ? h1.text : "",
      operations: [],
      diagnostics,
    };
  }
  const assembled = assemblePage(lexed.blocks, DOCUSAURUS_OPENAPI_ROLES, file, diagnostics);
  if (lexed.skeletons.count > 0) {
    diagnostics.push({
      severity: "warning",
      code: "rendered-by-javascript",
      message: `${lexed.skeletons.count} part(s) of this page (parameters, request body, response schemas) are drawn by JavaScript in the browser and are not in its HTML, which carries no spec either: only the method, path, description and statuses are read; the plugin's generated .api.mdx page carries them all`,
      source: { file, line: lexed.skeletons.line },
    });
  }
  return boundFieldDepth(docPageOf(assembled, file, DOCUSAURUS_OPENAPI_DIALECT, diagnostics));
}

export function readDocusaurusOpenApi(text: string, file: string): DocPage {
  const source = normaliseLineEnds(text);
  if (!isPluginMdx(source) && isBuiltPage(source)) return readBuiltPage(source, file);
  const frontMatter = readFrontMatter(source);
  if (!frontMatter)
    throw DocsInputError.at(
      { file, line: 1 },
      "docusaurus-plugin-openapi-docs page without front matter",
      "front-matter-missing",
    );
  const diagnostics: Diagnostic[] = [];
  const blocks = mdxBlocks(source, frontMatter.bodyLine, file, diagnostics);
  const assembled = assemblePage(blocks, DOCUSAURUS_OPENAPI_ROLES, file, diagnostics);
  const api = frontMatter.entries.get("api");
  const embedded = api ? documentOfApi(decodeApiEntry(api.value, file, api.line)) : undefined;
  if (api && !embedded) {
    diagnostics.push({
      severity: "warning",
      code: "embedded-spec-incomplete",
      message: 'front matter "api" names no method and path; no spec taken from it',
      source: { file, line: api.line },
    });
  }
  const isOperationPage = api !== undefined || blocks.some((b) => b.kind === "code" && /^[A-Z]+ \//.test(b.text));
  // A page whose "api" names no path (the plugin's webhook pages: an event the API sends) keeps the
  // warning above and reads as a page without operations, which `extract` refuses unless --allow-empty.
  if (isOperationPage && assembled.operations.length === 0 && !embedded && api === undefined) {
    throw DocsInputError.at(
      { file, line: 1 },
      'a docusaurus-plugin-openapi-docs operation page with no readable operation (no endpoint line, no "api" front matter)',
      "no-operations",
    );
  }
  const page = docPageOf(assembled, file, DOCUSAURUS_OPENAPI_DIALECT, diagnostics, {
    title: frontMatter.entries.get("title")?.value ?? assembled.title,
    ...(embedded
      ? {
          embeddedSpec: {
            document: embedded.document,
            generator: "docusaurus-plugin-openapi-docs",
            source: { file, line: api!.line },
          },
        }
      : {}),
  });
  return boundFieldDepth(page);
}

export const docusaurusOpenApiReader: DocsReader = {
  dialect: DOCUSAURUS_OPENAPI_DIALECT,
  detect: (text) => detect(text),
  read: readDocusaurusOpenApi,
};
