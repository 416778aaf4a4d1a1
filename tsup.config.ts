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
]);
