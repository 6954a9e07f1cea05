// Lint for the tool's own code (not generated/ nor spec/: the generator owns those, and they are
// checked by type-checking and `build --check`). typescript-eslint's recommended rules without type
// information, so a run takes seconds; the exceptions below say why each rule is off or eased.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["generated/**", "spec/**", "dist/**", "coverage/**", ".tmp/**", "node_modules/**", "test/**/fixtures/**"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "scripts/**/*.{ts,mjs}", "examples/**/*.ts", "bin/**/*.js", "eslint.config.js"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: {
        // Node ≥ 20 and the web platform globals the runtime uses (fetch, AbortSignal, …).
        console: "readonly",
        process: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        AbortController: "readonly",
        AbortSignal: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        setImmediate: "readonly",
        performance: "readonly",
        structuredClone: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        fetch: "readonly",
        Request: "readonly",
        Response: "readonly",
        Headers: "readonly",
        crypto: "readonly",
        queueMicrotask: "readonly",
      },
    },
    rules: {
      // `_`-prefixed names are the convention for a value destructured away on purpose
      // (`const { $ref: _ref, ...rest } = item`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // `{}` is openapi-fetch's own constraint for a `paths` type (`Client<Paths extends {}>`); the
      // runtime's generics must say the same to accept what openapi-typescript emits.
      "@typescript-eslint/no-empty-object-type": "off",
    },
  },
  {
    // Tests poke into parsed JSON documents several levels deep; typing each level would only
    // restate the fixture.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
