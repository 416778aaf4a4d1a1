/**
 * Imports run one way (issue 12). The layers, lowest first; a file may import its own layer and
 * the layers below it, never one above:
 *
 *   1. src/model, src/policy, src/version.ts, src/project.ts — the data: zod models, the policy's
 *      clauses and flow table, the version and project links (model and policy read each other).
 *   2. src/engine (and src/input, input validation, with the text readers of src/io it uses:
 *      parse, diagnostic, decode, json-locate, locate, yaml-block, forbidden-keys) — evaluation,
 *      waivers, merging; it takes its checks and profile as inputs and imports neither.
 *   3. src/checks — the built-in checks, written against the engine's check API.
 *   4. src/profiles — the built-in profile, which names checks.
 *   5. src/report — the formatters: they read everything about a check from the report
 *      (`report.checks`), never from src/checks; and src/builtin.ts, which wires the built-in
 *      checks and profile into the engine.
 *   6. Everything else (src/io, src/node, src/spreadsheet, src/vitest, src/cli, src/index.ts):
 *      readers, entries and the command line, which may use all of the above. src/io reads
 *      profile files, so it uses src/profiles; the core layers never import it.
 *
 * Tests (`*.test.ts`) and check tables (`*.cases.ts`) are left out: they wire whatever they test.
 * A second test keeps the built package entry free of Node built-ins, so it bundles for a browser.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../e2e/build.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

/** What each core layer may import (by top-level folder or file under src/, without extension). */
const DATA = ["model", "policy", "version", "project"];
const ENGINE = [...DATA, "engine", "input"];
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: DATA,
  policy: DATA,
  version: DATA,
  project: DATA,
  engine: ENGINE,
  input: ENGINE,
  checks: [...ENGINE, "checks"],
  profiles: [...ENGINE, "checks", "profiles"],
  report: [...ENGINE, "report"],
  builtin: [...ENGINE, "checks", "profiles", "builtin"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".cases.ts") ? [path] : [];
  });
}

/** Every module specifier a file names: imports and re-exports (type-only ones too) and dynamic imports. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((i) => i.fileName);
}

/**
 * The text readers of src/io (YAML and JSON with positions, no files): the one YAML reader every
 * input goes through, so they sit with input validation; the rest of src/io reads files.
 */
const TEXT_READERS = [
  "io/parse",
  "io/diagnostic",
  "io/decode",
  "io/json-locate",
  "io/locate",
  "io/yaml-block",
  "io/forbidden-keys",
  "io/json-pieces",
  "io/json-syntax",
];

/** The layer of a path under src/: its top-level folder, or its file name without extension. */
function layerOf(path: string): string {
  const rel = relative(SRC, path)
    .replaceAll("\\", "/")
    .replace(/\.(js|ts)$/, "");
  if (TEXT_READERS.includes(rel)) return "input";
  return (rel.split("/")[0] as string).replace(/\.(js|ts)$/, "");
}

/** The relative imports of every source file, resolved to files under src/. */
function edges(): { from: string; to: string }[] {
  return sourceFiles(SRC).flatMap((file) =>
    specifiers(file)
      .filter((s) => s.startsWith("."))
      .map((s) => ({ from: file, to: resolve(dirname(file), s).replace(/\.js$/, ".ts") })),
  );
}

describe("layers", () => {
  it("are parsed from real imports (the parser sees type-only imports and re-exports)", () => {
    const sample = specifiers(join(SRC, "checks", "define-check.ts"));
    expect(sample).toContain("../engine/check-api.js");
    // The rule would catch the imports the engine and the formatters used to have.
    expect(MAY_IMPORT.engine).not.toContain("checks");
    expect(MAY_IMPORT.report).not.toContain("checks");
  });

  it("never import upwards: model, policy, engine, checks, profiles and report only import their own layer or lower", () => {
    const wrong = edges()
      .filter(({ from, to }) => {
        const allowed = MAY_IMPORT[layerOf(from)];
        return allowed !== undefined && to.startsWith(SRC) && !allowed.includes(layerOf(to));
      })
      .map(({ from, to }) => `${relative(ROOT, from)} imports ${relative(ROOT, to)}`);
    expect(wrong).toEqual([]);
  });

  it("keep src/engine, src/model, src/policy and src/report away from src/checks and src/cli, and the core away from src/report", () => {
    // The issue's own statement of the rule, spelled out apart from the table above.
    const wrong = edges().filter(({ from, to }) => {
      const a = layerOf(from);
      const b = layerOf(to);
      if (["engine", "model", "policy", "report"].includes(a) && ["checks", "cli"].includes(b)) return true;
      return ["engine", "model", "policy"].includes(a) && b === "report";
    });
    expect(wrong.map(({ from, to }) => `${relative(ROOT, from)} → ${relative(ROOT, to)}`)).toEqual([]);
  });

  it("have no import cycle among the formatters (FormatOptions lives in a leaf module)", () => {
    const report = edges().filter(({ from, to }) => layerOf(from) === "report" && layerOf(to) === "report");
    const next = new Map<string, string[]>();
    for (const { from, to } of report) next.set(from, [...(next.get(from) ?? []), to]);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, stack: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...stack.slice(stack.indexOf(file)), file].map((f) => relative(SRC, f)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const to of next.get(file) ?? []) visit(to, [...stack, file]);
      state.set(file, "done");
    };
    for (const file of next.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe("the built package entry", () => {
  beforeAll(() => {
    ensureBuilt();
  }, 240_000);

  /** Node's built-in module names, bare and with the `node:` scheme. */
  const NODE = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

  /** Every module dist/index.js loads, following its own chunks: [file, specifier] pairs. */
  function bundleImports(entry: string): [string, string][] {
    const seen = new Set<string>();
    const found: [string, string][] = [];
    const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
        const spec = match[1] as string;
        found.push([relative(ROOT, file), spec]);
        if (spec.startsWith(".")) walk(resolve(dirname(file), spec));
      }
    };
    walk(entry);
    return found;
  }

  it("dist/index.js imports no Node built-in, directly or through its chunks", () => {
    const entry = join(ROOT, "dist", "index.js");
    expect(existsSync(entry)).toBe(true);
    const imports = bundleImports(entry);
    // It does import things (zod, yaml, its chunks), so the scan is looking at real import statements.
    expect(imports.map(([, spec]) => spec)).toEqual(expect.arrayContaining(["zod"]));
    expect(imports.filter(([, spec]) => NODE.has(spec) || spec.startsWith("node:"))).toEqual([]);
  });
});
