/**
 * A generated npm package: one or more APIs' clients (`src/<dir>/`), the runtime they import
 * (`src/runtime/`, copied), and for several APIs a combined class (`src/<class>.ts`: the root API's
 * namespaces at the top, the others mounted as properties sharing one auth, rate limiter and quota
 * state), the root `src/index.ts`, `package.json`, `tsconfig.json` and `README.md`. The package
 * depends on openapi-fetch only.
 */
import { type StatementStructures, StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import { generatedHeader, finishFile } from "./format.js";
import { generateClient, type GenerateOptions } from "./index.js";
import { kebabCase, pascalCase } from "../words/index.js";
import { exportDeclaration, importDeclaration, printStatements, typeOnly, withBlankLineBefore } from "./print.js";
import { renderPackageReadme, type ReadmeApi } from "./readme.js";
import { runtimeFiles } from "./runtime-copy.js";
import type { GeneratedFile } from "./write.js";

/** The runtime's own dependencies, pinned as the generator's package.json pins them (a test keeps them equal). */
export const RUNTIME_DEPENDENCIES = { "openapi-fetch": "0.17.0" } as const;

export interface PackageApiInput {
  document: object;
  apiName: string;
  className: string;
  /** Folder under `src/` ("track"); "" puts a lone API's files directly in `src/`. */
  dir: string;
  /** The combined class's property for this API ("reports"); absent for the root API. */
  mount?: string;
  specPath: string;
}

export interface PackageOptions {
  npmName: string;
  version: string;
  /** The combined class ("Toggl"), when the package has several APIs. */
  clientClass?: string;
  /** The command that regenerates the files, for headers ("npm run generate"). */
  command: string;
  apis: PackageApiInput[];
  /** A TypeScript usage example for the README (imports written as from the package). */
  usageExample?: string;
}

const RUNTIME_DIR = "runtime";

function title(document: object): string {
  const info = (document as { info?: { title?: unknown } }).info;
  return typeof info?.title === "string" ? info.title.replace(/\s+/g, " ").trim() : "an OpenAPI document";
}

function hasWebhooks(document: object): boolean {
  const webhooks = (document as { webhooks?: unknown }).webhooks;
  return typeof webhooks === "object" && webhooks !== null && Object.keys(webhooks).length > 0;
}

function srcPath(dir: string, file: string): string {
  return dir === "" ? `src/${file}` : `src/${dir}/${file}`;
}

async function apiFiles(api: PackageApiInput, options: PackageOptions, reserved: string[]): Promise<GeneratedFile[]> {
  const generateOptions: GenerateOptions = {
    apiName: api.apiName,
    className: api.className,
    runtimeImport: api.dir === "" ? `./${RUNTIME_DIR}/index.js` : `../${RUNTIME_DIR}/index.js`,
    command: options.command,
    specPath: api.specPath,
    ...(api.mount === undefined ? { reservedProperties: reserved } : {}),
  };
  const files = await generateClient(api.document, generateOptions);
  return files.map((file) => ({ ...file, path: srcPath(api.dir, file.path) }));
}

/** openapi-typescript's root types → the suffix of their per-API names (`webhooks` holds the event payloads). */
const SCHEMA_EXPORT_SUFFIX: Record<string, string> = {
  paths: "Paths",
  components: "Components",
  operations: "Operations",
  webhooks: "Events",
};

/** `export type { paths as ReportsPaths, … }`: each API's schema types under names that cannot collide. */
function schemaExports(api: PackageApiInput): StatementStructures {
  const prefix = pascalCase(api.dir) || pascalCase(api.apiName);
  const names = ["paths", "components", "operations", ...(hasWebhooks(api.document) ? ["webhooks"] : [])];
  return exportDeclaration(
    names.map((name) => `${name} as ${prefix}${SCHEMA_EXPORT_SUFFIX[name]}`),
    `./${api.dir}/schema.js`,
    true,
  );
}

function combinedClassModule(root: PackageApiInput, mounted: PackageApiInput[], className: string): string {
  const optionsName = `${className}Options`;
  return printStatements(`${kebabCase(className)}.ts`, [
    importDeclaration([root.className, typeOnly(`${root.className}Options`)], `./${root.dir}/index.js`),
    ...mounted.map((api) => importDeclaration([api.className], `./${api.dir}/index.js`)),
    withBlankLineBefore<TypeAliasDeclarationStructure>({
      kind: StructureKind.TypeAlias,
      docs: [
        `Options for {@link ${className}}: credentials, limits and retries for every API. \`origin\` re-homes all of\n` +
          `them (scheme, host and port; each keeps its path); \`baseUrl\` replaces ${root.className}'s URL only.`,
      ],
      isExported: true,
      name: optionsName,
      type: `${root.className}Options`,
    }),
    {
      kind: StructureKind.Class,
      docs: [
        `One client for ${title(root.document)} (at the root), ` +
          mounted.map((api) => `${title(api.document)} (under \`${api.mount}\`)`).join(", ") +
          `.\nEvery API shares this client's credentials, rate limiter and quota state.`,
      ],
      isExported: true,
      name: className,
      extends: root.className,
      properties: mounted.map((api) => ({
        docs: [`${title(api.document)}.`],
        isReadonly: true,
        name: api.mount!,
        type: api.className,
      })),
      ctors: [
        {
          parameters: [{ name: "options", type: optionsName }],
          statements: [
            "super(options);",
            "// `baseUrl` is the root API's; the others keep theirs (re-homed by `origin`).",
            "const { baseUrl: _rootOnly, ...shared } = options;",
            ...mounted.map((api) => `this.${api.mount} = new ${api.className}(shared, this);`),
          ],
        },
      ],
    },
  ]);
}

function rootIndexModule(root: PackageApiInput, mounted: PackageApiInput[], className: string): string {
  const classExports = (api: PackageApiInput) =>
    exportDeclaration(
      [api.className, `${api.className}Core`, typeOnly(`${api.className}Options`)],
      `./${api.dir}/index.js`,
    );
  return printStatements("index.ts", [
    exportDeclaration([className, typeOnly(`${className}Options`)], `./${kebabCase(className)}.js`),
    ...mounted.map(classExports),
    ...[root, ...mounted].map(schemaExports),
    // The root API's operation functions and types, its classes and the runtime (errors, helpers).
    // The mounted APIs' operation functions and types are at "<package>/<dir>".
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${root.dir}/index.js` },
  ]);
}

function packageJson(options: PackageOptions): string {
  const entry = (dir: string) => ({ types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` });
  const subpaths = options.apis.length > 1 ? options.apis.filter((api) => api.dir !== "") : [];
  const manifest = {
    name: options.npmName,
    version: options.version,
    description: `Typed client for ${options.apis.map((api) => title(api.document)).join(", ")}, generated by docs2client from the API's documentation.`,
    type: "module",
    license: "MIT",
    sideEffects: false,
    engines: { node: ">=20" },
    types: "./dist/index.d.ts",
    exports: {
      ".": entry(""),
      ...Object.fromEntries(subpaths.map((api) => [`./${api.dir}`, entry(`${api.dir}/`)])),
      "./package.json": "./package.json",
    },
    files: ["dist", "README.md"],
    scripts: {
      // JavaScript without comments, declarations with them; tsc does not copy `.d.ts` inputs
      // (schema.d.ts), so they are copied beside the output.
      build:
        "tsc -p tsconfig.json --removeComments --declaration false && tsc -p tsconfig.json --emitDeclarationOnly && node -e \"require('node:fs').cpSync('src','dist',{recursive:true,filter:(f)=>!/\\\\.ts$/.test(f)||/\\\\.d\\\\.ts$/.test(f)})\"",
    },
    dependencies: { ...RUNTIME_DEPENDENCIES },
    devDependencies: { typescript: "5.9.3" },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Compiles src/ to dist/ (JS + declarations); the runtime needs the DOM's fetch types, not Node's. */
function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      declaration: true,
      rootDir: "src",
      outDir: "dist",
      skipLibCheck: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      types: [],
    },
    include: ["src"],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export async function generatePackage(options: PackageOptions): Promise<GeneratedFile[]> {
  const [root, ...others] = options.apis;
  if (root === undefined || root.mount !== undefined)
    throw new Error(`package ${options.npmName}: its first API must be the root API (no mount)`);
  const mounted = others.filter((api) => api.mount !== undefined);
  const mounts = mounted.map((api) => api.mount!);
  const apis = await Promise.all(options.apis.map((api) => apiFiles(api, options, mounts)));
  const packageTitle = options.clientClass ?? root.className;
  const header = generatedHeader(`${packageTitle}: docs2client's runtime`, options.command);
  const files: GeneratedFile[] = [...apis.flat(), ...(await runtimeFiles(header, `src/${RUNTIME_DIR}`))];
  if (options.apis.length > 1) {
    if (options.clientClass === undefined)
      throw new Error(`package ${options.npmName}: several APIs need a clientClass`);
    const codeHeader = generatedHeader(options.apis.map((api) => title(api.document)).join(", "), options.command);
    files.push(
      {
        path: `src/${kebabCase(options.clientClass)}.ts`,
        contents: await finishFile(codeHeader, combinedClassModule(root, mounted, options.clientClass), true),
      },
      {
        path: "src/index.ts",
        contents: await finishFile(codeHeader, rootIndexModule(root, mounted, options.clientClass), true),
      },
    );
  }
  const readmeApis: ReadmeApi[] = options.apis.map((api) => ({
    title: title(api.document),
    className: api.className,
    dir: api.dir,
    ...(api.mount ? { mount: api.mount } : {}),
  }));
  files.push(
    { path: "package.json", contents: packageJson(options) },
    { path: "tsconfig.json", contents: tsconfigJson() },
    {
      path: "README.md",
      contents: renderPackageReadme({
        npmName: options.npmName,
        clientClass: options.clientClass ?? root.className,
        apis: readmeApis,
        command: options.command,
        ...(options.usageExample ? { usageExample: options.usageExample } : {}),
      }),
    },
  );
  return files;
}
