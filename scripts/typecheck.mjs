#!/usr/bin/env node
/**
 * `npm run typecheck`: one TypeScript program over the whole project (tsconfig.json: src, test,
 * bench, scripts), then the playground (its own DOM lib) — without type-checking src twice.
 *
 * 1. The project is checked as `tsc -p .` would, incrementally (a build-info file under
 *    node_modules/.cache): errors are printed and fail the step. The type tests
 *    (test/types/*.test-d.ts) are part of this program: a failing type assertion fails here.
 * 2. The same program writes the declaration files of the library (the files the package entries
 *    and the playground reach under src/) to .tmp/types (git-ignored). The build
 *    bundles them into dist/*.d.ts (tsup.config.ts) instead of running a second TypeScript
 *    program of its own; a declaration error fails this step.
 * 3. The playground is checked against those declaration files rather than src/, so its program
 *    only checks playground/*.ts.
 *
 * `--declarations` writes the declaration files only when they are missing or older than the
 * sources (without type-checking: `npm run build` on its own uses it).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
/** @type {typeof import("typescript")} */
const ts = require("typescript");

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD_INFO = join(ROOT, "node_modules", ".cache", "tsc", "project.tsbuildinfo");
// Not under node_modules: TypeScript would take files there for a library's and the build would not bundle them.
export const TYPES = join(ROOT, ".tmp", "types");
const STAMP = join(TYPES, ".stamp");
const SRC = join(ROOT, "src") + sep;
/** The package's entries (tsup.config.ts and typedoc.json name the same four). */
export const ENTRIES = ["src/index.ts", "src/vitest/index.ts", "src/node/index.ts", "src/spreadsheet/index.ts"];
/** Where the build finds an entry's declaration file. */
export const declarationOf = (entry) => join(TYPES, entry.replace(/\.ts$/, ".d.ts"));

const formatHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => "\n",
};
const pretty = process.stdout.isTTY === true || (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0");

function report(diagnostics) {
  if (diagnostics.length === 0) return 0;
  const sorted = ts.sortAndDeduplicateDiagnostics(diagnostics);
  process.stdout.write(pretty ? ts.formatDiagnosticsWithColorAndContext(sorted, formatHost) : ts.formatDiagnostics(sorted, formatHost));
  const errors = sorted.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  if (errors > 0) process.stdout.write(`\nFound ${errors} error${errors === 1 ? "" : "s"}.\n`);
  return errors;
}

function parseConfig(path) {
  const config = ts.getParsedCommandLineOfConfigFile(path, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      report([d]);
      process.exit(2);
    },
  });
  if (config === undefined) process.exit(2);
  return config;
}

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
export function declarationsAreFresh() {
  try {
    return statSync(STAMP).mtimeMs > newestInput();
  } catch {
    return false;
  }
}

/** The files under src/ that `starts` reach by their imports (type-only ones included). */
function reachable(program, starts) {
  const seen = new Set();
  const queue = starts.map((s) => join(ROOT, s));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    // The playground is not part of the program: its imports are read from the file.
    const text = program.getSourceFile(file)?.text ?? ts.sys.readFile(file);
    if (text === undefined) throw new Error(`cannot read ${relative(ROOT, file)}`);
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, program.getCompilerOptions(), ts.sys).resolvedModule;
      if (resolved?.resolvedFileName.startsWith(SRC) && !resolved.isExternalLibraryImport) queue.push(resolved.resolvedFileName);
    }
  }
  const files = [...seen].filter((f) => f.startsWith(SRC));
  for (const file of files)
    if (program.getSourceFile(file) === undefined) throw new Error(`${relative(ROOT, file)} is not part of the program`);
  return files;
}

/** Writes the declaration files of the library from `program`; returns the declaration diagnostics. */
function emitDeclarations(program) {
  rmSync(TYPES, { recursive: true, force: true });
  const diagnostics = [];
  for (const file of reachable(program, [...ENTRIES, "playground/main.ts"])) {
    const result = program.emit(program.getSourceFile(file), undefined, undefined, true);
    diagnostics.push(...result.diagnostics);
  }
  if (diagnostics.length === 0) {
    mkdirSync(TYPES, { recursive: true });
    writeFileSync(STAMP, "");
  }
  return diagnostics;
}

/** Options that let the checked program also write declaration files (and nothing else) into TYPES. */
function withDeclarations(options) {
  return { ...options, noEmit: false, declaration: true, emitDeclarationOnly: true, declarationMap: false, outDir: TYPES, rootDir: ROOT };
}

/** Checks the playground with src/ replaced by its declaration files. */
function checkPlayground() {
  const config = parseConfig(join(ROOT, "playground", "tsconfig.json"));
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts, containingSource) =>
    literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSource, literal, opts);
      const result = ts.resolveModuleName(literal.text, containingFile, opts, host, undefined, redirected, mode);
      const resolved = result.resolvedModule;
      if (resolved === undefined || !resolved.resolvedFileName.startsWith(SRC) || resolved.resolvedFileName.endsWith(".d.ts"))
        return result;
      const declaration = join(TYPES, relative(ROOT, resolved.resolvedFileName).replace(/\.ts$/, ".d.ts"));
      return { ...result, resolvedModule: { ...resolved, resolvedFileName: declaration, extension: ts.Extension.Dts } };
    });
  const program = ts.createProgram({ rootNames: config.fileNames, options, host, configFileParsingDiagnostics: config.errors });
  return report(ts.getPreEmitDiagnostics(program));
}

function main(args) {
  const config = parseConfig(join(ROOT, "tsconfig.json"));
  if (args.includes("--declarations")) {
    if (declarationsAreFresh()) return 0;
    // Declarations without the checks: the typecheck step reports type errors.
    const program = ts.createProgram({ rootNames: config.fileNames, options: { ...withDeclarations(config.options), noCheck: true } });
    return report(emitDeclarations(program)) > 0 ? 1 : 0;
  }
  const options = { ...withDeclarations(config.options), incremental: true, tsBuildInfoFile: BUILD_INFO };
  const builder = ts.createIncrementalProgram({
    rootNames: config.fileNames,
    options,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
    projectReferences: config.projectReferences,
  });
  const errors = report([
    ...builder.getConfigFileParsingDiagnostics(),
    ...builder.getOptionsDiagnostics(),
    ...builder.getGlobalDiagnostics(),
    ...builder.getSyntacticDiagnostics(),
    ...builder.getSemanticDiagnostics(),
  ]);
  builder.emitBuildInfo();
  if (errors > 0) return 1;
  if (report(emitDeclarations(builder.getProgram())) > 0) return 1;
  return checkPlayground() > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
