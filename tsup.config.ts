import { dirname, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * The ./vitest entry takes its runtime values from the main entry by the package's own name, so
 * both entries share one engine and one list of built-in checks (the engine tells built-in checks
 * from custom ones by identity). Any other import leaving src/vitest would bundle a second copy.
 */
const vitestUsesMainEntry: Plugin = {
  name: "vitest-uses-main-entry",
  setup(build) {
    // vitest's CommonJS entry throws, and the matchers must load under other runners too.
    build.onResolve({ filter: /^vitest($|\/)/ }, (args) => ({
      errors: [{ text: `${args.importer} imports ${args.path} at run time; the ./vitest entry may import it for types only` }],
    }));
    build.onResolve({ filter: /^\.\.\// }, (args) => {
      if (!/[\\/]src[\\/]vitest[\\/]/.test(args.importer)) return undefined;
      if (args.path === "../index.js") return { path: "hitoyoshi-secpolicy", external: true };
      return { errors: [{ text: `${args.importer} imports ${args.path}; import runtime values in src/vitest from "../index.js" only` }] };
    });
  },
};

/**
 * The ./node entry holds the file readers only: anything it needs from the rest of the library
 * (errors, json pointers, profiles, waivers) comes from the main entry by the package's name, so
 * `ProfileFileError` extends the very `SecpolicyError` a program imports from the main entry.
 */

const nodeUsesMainEntry: Plugin = {
  name: "node-uses-main-entry",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!/[\\/]src[\\/](node|io)[\\/]/.test(args.importer)) return undefined;
      const target = resolve(dirname(args.importer), args.path);
      if (/[\\/]src[\\/](node|io)[\\/]/.test(target)) return undefined;
      // Pure text and pointer helpers are bundled where used: the main entry reaches the reader
      // too (parseWaivers reads text with it), and must not import itself by the package's name.
      if (/[\\/]src[\\/]engine[\\/](text|json-pointer)\.[jt]s$/.test(target)) return undefined;
      return { path: "hitoyoshi-secpolicy", external: true };
    });
  },
};

/**
 * Escapes every non-ASCII character (esbuild leaves those in regular expressions) so the loader
 * can read the file as latin1, which is much faster than decoding UTF-8; `\\uXXXX` means the same
 * in strings, templates, regular expressions and identifiers.
 */
const asciiOnly: NonNullable<Options["plugins"]>[number] = {
  name: "ascii-only",
  renderChunk(code) {
    if (!/[^\0-\x7f]/.test(code)) return undefined;
    return { code: code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) };
  },
};

/**
 * zod's namespace carries every language of its error messages (a sixth of the CLI bundle); the
 * command line uses none but English, zod's default, so its bundle gets English only.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: resolve(dirname(args.importer), "../locales/en.js"), namespace: "zod-en" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-en" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/** Where scripts/typecheck.mjs writes the declaration files of src/. */
const TYPES = ".tmp/types";

const shared: Options = {
  target: "node20",
  platform: "node",
  sourcemap: true,
  splitting: false,
  // treeshake stays off: it doubles the source-map comment.
  treeshake: false,
  external: ["vitest"],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", vitest: "src/vitest/index.ts", node: "src/node/index.ts", spreadsheet: "src/spreadsheet/index.ts" },
    format: ["esm", "cjs"],
    // The d.ts step bundles the declaration files the typecheck step wrote from its own program
    // (scripts/typecheck.mjs; `npm run build` alone writes them first when they are missing or
    // stale), instead of running a TypeScript program of its own. TypeScript 6 deprecates
    // options tsup's d.ts step still sets.
    dts: {
      entry: {
        index: `${TYPES}/src/index.d.ts`,
        vitest: `${TYPES}/src/vitest/index.d.ts`,
        node: `${TYPES}/src/node/index.d.ts`,
        spreadsheet: `${TYPES}/src/spreadsheet/index.d.ts`,
      },
      compilerOptions: { ignoreDeprecations: "6.0" },
    },
    clean: true,
    esbuildPlugins: [vitestUsesMainEntry, nodeUsesMainEntry],
  },

  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    // Commands load on demand: `--version` and `--help` do not pay for the engine.
    splitting: true,
    minify: true,
    // Bundling zod and yaml into the command halves its start-up time; it loads no user checks,
    // so its own copy of zod cannot meet another.
    noExternal: ["zod", "yaml"],
    // The bundled yaml still calls require() for node built-ins; give the ES module one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __secpolicyRequire } from "node:module";\nconst require = __secpolicyRequire(import.meta.url);',
    },
  },

  {
    ...shared,
    // The whole command line once more, as one CommonJS file that dist/cli.js runs for the
    // commands through a V8 code cache (src/cli/code-cache.ts); ES modules cannot be compiled
    // from a cache on Node 20. Modules still run only when first imported.
    entry: { "cli-bundle": "src/cli/start.ts" },
    format: ["cjs"],
    minify: true,
    // The ES modules above map the same code to the sources; a second 3.5 MB map is left out of
    // the package.
    sourcemap: false,
    noExternal: ["zod", "yaml"],
    // import.meta.url (the schema command finds the package folder by it) as the bundle's own URL.
    shims: true,
    // Code in a vm.Script cannot import(): other packages load by require (each has a CommonJS build).
    esbuildOptions(options) {
      options.supported = { ...options.supported, "dynamic-import": false };
    },
    esbuildPlugins: [zodEnglishOnly],
    plugins: [asciiOnly],
  },
]);
