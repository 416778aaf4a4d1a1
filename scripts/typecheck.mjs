#!/usr/bin/env node
/**
 * `npm run typecheck`: the whole project (tsconfig.json: src, test, bench, scripts) type-checked by
 * TypeScript 7's native compiler, then the playground (its own DOM lib).
 *
 * 1. One run of TypeScript 7's `tsc` (the devDependency `typescript-7`) checks the project, as
 *    `tsc -p .` would, incrementally (its build-info file sits beside the declarations, so removing
 *    them removes it too). The type tests (test/types/*.test-d.ts) are part of this program: a
 *    failing type assertion fails here.
 * 2. The same run writes the declaration files to .tmp/types (git-ignored). The build bundles the
 *    library's into dist/*.d.ts (tsup.config.ts) instead of running a second TypeScript program.
 * 3. The playground is checked by its own tsconfig (DOM lib, no Node types), which also checks
 *    the part of src/ it imports in a browser's setting.
 *
 * TypeScript 6 (`typescript`) stays installed for the tools that use its JavaScript API, which
 * TypeScript 7 does not offer: typedoc, tsup's declaration bundling and the tests that read the
 * tsconfig. Both check with the same rules; 7 does it several times faster.
 *
 * `--declarations` writes the declaration files only when they are missing or older than the
 * sources, without type-checking (`npm run build` on its own uses it; the typecheck step reports
 * type errors).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// Not under node_modules: TypeScript would take files there for a library's and the build would not bundle them.
const TYPES = join(ROOT, ".tmp", "types");
const STAMP = join(TYPES, ".stamp");
const BUILD_INFO = join(TYPES, ".tsbuildinfo");
/** TypeScript 7's command-line compiler (resolved by path: `node_modules/.bin/tsc` may be either version). */
const TSC = join(dirname(createRequire(import.meta.url).resolve("typescript-7/package.json")), "bin", "tsc");

const pretty = process.stdout.isTTY === true || (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0");

/** Runs TypeScript 7 with `args`; its output goes to ours. Returns whether it reported no error. */
function tsc(args) {
  // One thread: on two cores, beside the lint and docs steps, TypeScript 7's parallel checkers
  // spent twice the CPU for no gain in time (measured: 3.2 against 5.9 CPU-s for the project).
  const result = spawnSync(process.execPath, [TSC, ...args, "--singleThreaded", "--pretty", String(pretty)], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.error !== undefined) throw result.error;
  return result.status === 0;
}

/** Options that make the project's run write declaration files (and nothing else) into TYPES. */
const DECLARATIONS = [
  ...["--noEmit", "false", "--declaration", "--emitDeclarationOnly", "--declarationMap", "false"],
  ...["--outDir", TYPES, "--rootDir", ROOT],
];

/** The newest modification time of the inputs of the declaration files. */
function newestInput() {
  let newest = Math.max(statSync(join(ROOT, "tsconfig.json")).mtimeMs, statSync(join(ROOT, "package.json")).mtimeMs);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, "src"));
  return newest;
}

/** Whether the declaration files are there and newer than every source they come from. */
function declarationsAreFresh() {
  try {
    return statSync(STAMP).mtimeMs > newestInput();
  } catch {
    return false;
  }
}

function stamp() {
  mkdirSync(TYPES, { recursive: true });
  writeFileSync(STAMP, "");
}

function main(args) {
  if (args.includes("--declarations")) {
    if (declarationsAreFresh()) return 0;
    if (!tsc(["-p", "tsconfig.json", ...DECLARATIONS, "--noCheck"])) return 1;
    stamp();
    return 0;
  }
  if (!tsc(["-p", "tsconfig.json", ...DECLARATIONS, "--incremental", "--tsBuildInfoFile", BUILD_INFO])) return 1;
  stamp();
  return tsc(["-p", "playground/tsconfig.json", "--incremental", "--tsBuildInfoFile", join(TYPES, ".playground.tsbuildinfo")]) ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
