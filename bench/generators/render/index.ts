/**
 * The renderers the generators benchmark knows: name → `render(specFile, outDir)`, which writes
 * the page(s) a docs generator makes from one spec into `outDir` and returns their paths. Each
 * generator adds its module beside this one and one line here.
 */
import * as docusaurus from "./docusaurus-openapi-docs.js";
import * as markdownIt from "./markdown-it.js";
import * as openapiToMd from "./openapi-to-md.js";
import * as redoc from "./redoc.js";
import * as scalarCdnHtml from "./scalar-cdn-html.js";
import * as scalarHtml from "./scalar-html.js";
import * as scalarMarkdown from "./scalar-markdown.js";
import * as shins from "./shins.js";
import * as widdershins from "./widdershins.js";

export type Render = (specFile: string, outDir: string) => Promise<string[]>;

export const RENDERERS: Readonly<Record<string, Render>> = {
  widdershins: widdershins.render,
  "widdershins-expand-body": widdershins.renderExpandBody,
  "widdershins-omit-header": widdershins.renderOmitHeader,
  "widdershins-html": markdownIt.render,
  shins: shins.render,
  redoc: redoc.render,
  "redoc-expanded": redoc.renderExpanded,
  redoc3: redoc.renderRedoc3,
  "docusaurus-openapi-docs": (specFile, outDir) => docusaurus.render(specFile, outDir),
  // `docusaurus build` takes minutes per API: give the benchmark a long enough time limit.
  "docusaurus-openapi-docs-html": docusaurus.renderBuilt,
  "openapi-to-md": openapiToMd.render,
  "scalar-markdown": scalarMarkdown.render,
  "scalar-html": scalarHtml.render,
  "scalar-cdn-html": scalarCdnHtml.render,
};
