/**
 * Renders a spec with docusaurus-plugin-openapi-docs (pinned in bench/generators/package.json):
 * a throw-away Docusaurus site under bench/generators/.sites/, `docusaurus gen-api-docs` for the
 * MDX (one `<id>.api.mdx` per operation, JSON props inline: `externalJsonProps: false`), and, with
 * `{ build: true }`, `docusaurus build` for the static pages (`build/docs/api/<id>/index.html`).
 * Offline: the CLI runs with the update notifier off; nothing is fetched at render time.
 *
 * Two settings make the build work outside a real site: a `babel.config.js` with `sourceType:
 * "unambiguous"` (the theme ships CommonJS that Docusaurus' Babel would otherwise read as ES
 * modules, leaving webpack with no default exports) and webpack's module concatenation off.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const GENERATORS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCUSAURUS = path.join(GENERATORS, "node_modules/@docusaurus/core/bin/docusaurus.mjs");

function siteConfig(specFile: string, externalJsonProps: boolean): string {
  return `export default {
  title: "API", url: "http://127.0.0.1", baseUrl: "/",
  onBrokenLinks: "ignore", markdown: { hooks: { onBrokenMarkdownLinks: "ignore" } },
  presets: [["classic", { docs: { routeBasePath: "/docs", docItemComponent: "@theme/ApiItem" }, blog: false, pages: false, theme: {} }]],
  plugins: [
    () => ({ name: "no-concatenate-modules", configureWebpack: () => ({ optimization: { concatenateModules: false } }) }),
    ["docusaurus-plugin-openapi-docs", { id: "api", docsPluginId: "classic", config: { api: {
      specPath: ${JSON.stringify(specFile)}, outputDir: "docs/api", externalJsonProps: ${externalJsonProps},
      sidebarOptions: { groupPathsBy: "tag" } } } }],
  ],
  themes: ["docusaurus-theme-openapi-docs"],
};
`;
}

export interface DocusaurusRenderOptions {
  /** Also run `docusaurus build` and return the built operation pages (about 2–4 minutes). */
  build?: boolean;
  /** The plugin's default: props in `<id>.<Component>.json` files beside the MDX. */
  externalJsonProps?: boolean;
}

/** Renders `specFile`; returns the written page files (MDX, then built HTML when asked). */
export async function render(
  specFile: string,
  outDir: string,
  options: DocusaurusRenderOptions = {},
): Promise<string[]> {
  await mkdir(path.join(GENERATORS, ".sites"), { recursive: true });
  const site = await mkdtemp(path.join(GENERATORS, ".sites", "site-"));
  try {
    const env = { ...process.env, NO_UPDATE_NOTIFIER: "1", DOCUSAURUS_NO_UPDATE_NOTIFIER: "1" };
    await writeFile(path.join(site, "package.json"), JSON.stringify({ name: "site", private: true }));
    await writeFile(
      path.join(site, "babel.config.js"),
      'module.exports = { sourceType: "unambiguous", presets: [require.resolve("@docusaurus/core/lib/babel/preset")] };\n',
    );
    await writeFile(
      path.join(site, "docusaurus.config.mjs"),
      siteConfig(path.resolve(specFile), options.externalJsonProps ?? false),
    );
    await mkdir(path.join(site, "docs"), { recursive: true });
    await writeFile(path.join(site, "docs/intro.md"), "---\nid: intro\n---\n# Intro\n");
    const generated = await run(process.execPath, [DOCUSAURUS, "gen-api-docs", "all"], {
      cwd: site,
      env,
      maxBuffer: 64 << 20,
    });
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    const apiDir = path.join(site, "docs/api");
    for (const name of (await readdir(apiDir)).sort()) {
      if (!name.endsWith(".api.mdx") && !(options.externalJsonProps && name.endsWith(".json"))) continue;
      await copyFile(path.join(apiDir, name), path.join(outDir, name));
      written.push(path.join(outDir, name));
    }
    // The plugin logs a page it cannot write (an operation with neither summary nor operationId)
    // and carries on: a spec that gave no page at all is a failed render, with the plugin's words.
    if (!written.some((f) => f.endsWith(".api.mdx"))) {
      throw new Error(
        `docusaurus-plugin-openapi-docs wrote no operation page for ${specFile}:\n${generated.stderr.trim() || generated.stdout.trim()}`,
      );
    }
    if (options.build) {
      await run(process.execPath, [DOCUSAURUS, "build"], { cwd: site, env, maxBuffer: 64 << 20, timeout: 20 * 60_000 });
      const builtDir = path.join(site, "build/docs/api");
      for (const mdx of written.filter((f) => f.endsWith(".api.mdx"))) {
        const id = path.basename(mdx, ".api.mdx");
        const target = path.join(outDir, `${id}.html`);
        await copyFile(path.join(builtDir, id, "index.html"), target);
        written.push(target);
      }
    }
    return written;
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

/** The built static pages only (`docusaurus build`), for the benchmark's HTML variant. */
export async function renderBuilt(specFile: string, outDir: string): Promise<string[]> {
  return (await render(specFile, outDir, { build: true })).filter((file) => file.endsWith(".html"));
}
