/**
 * Bundles the package entry for a browser with esbuild, as a web app's bundler would: no stubs,
 * no polyfills, `platform: "browser"`. Shared by the bundle test and the benchmarks.
 */
import { builtinModules } from "node:module";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

/** Every Node.js built-in module name, with and without the `node:` prefix. */
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** The bundle of an entry, what it imports that stayed outside, and its size. */
export interface BrowserBundle {
  readonly code: string;
  /** Errors esbuild reported (an import of a Node built-in cannot resolve for the browser). */
  readonly errors: readonly string[];
  /** Node built-ins the bundle still imports, however they were reached. */
  readonly nodeImports: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

function nodeImportsOf(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports)
      if (NODE_BUILTINS.has(imported.path) || imported.path.startsWith("node:")) found.add(imported.path);
  }
  return [...found].sort();
}

/**
 * Bundles `entry` (a file, or source text with `contents`) minified for the browser, as an IIFE
 * that assigns the entry's exports to `globalThis[globalName]`.
 */
export async function bundleForBrowser(
  entry: { file: string } | { contents: string; resolveDir: string },
  globalName = "secpolicy",
): Promise<BrowserBundle> {
  try {
    const result = await build({
      ...("file" in entry
        ? { entryPoints: [entry.file] }
        : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: "ts" } }),
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName,
      minify: true,
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    const bytes = Buffer.byteLength(code);
    return { code, errors: [], nodeImports: nodeImportsOf(result.metafile), bytes, gzipBytes: gzipSync(code, { level: 9 }).length };
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors?.map((e) => e.text) ?? [String(error)];
    return { code: "", errors, nodeImports: [], bytes: 0, gzipBytes: 0 };
  }
}
