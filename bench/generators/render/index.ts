/**
 * The renderers the generators benchmark knows: name → `render(specFile, outDir)`, which writes
 * the page(s) a docs generator makes from one spec into `outDir` and returns their paths. Each
 * generator adds its module beside this one and one line here.
 */
import * as markdownIt from "./markdown-it.js";
import * as redoc from "./redoc.js";
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
};
