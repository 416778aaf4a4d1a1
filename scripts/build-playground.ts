/**
 * Builds the playground: one self-contained page, docs/playground/index.html, with the library's
 * browser-safe core and the UI bundled by esbuild and inlined, and a Content-Security-Policy that
 * allows only its own script and style (and those of the HTML report it shows) by hash. Open it
 * from disk or serve docs/ with GitHub Pages. `npm run build:playground`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { HTML_SCRIPT, HTML_STYLE } from "../src/report/html-assets.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Builds the page and returns its path and size. */
export async function buildPlayground(outDir = join(ROOT, "docs", "playground")): Promise<{ file: string; bytes: number }> {
  const bundle = await build({
    entryPoints: [join(ROOT, "playground", "main.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    minify: true,
    target: "es2022",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const script = (bundle.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
  const style = readFileSync(join(ROOT, "playground", "style.css"), "utf8");
  const example = JSON.stringify(readFileSync(join(ROOT, "examples", "delivery-spec.yaml"), "utf8")).replace(/</g, "\\u003c");
  const csp = [
    "default-src 'none'",
    // The report in the sandboxed frame inherits this policy, so its script and style are allowed too.
    `script-src ${hash(script)} ${hash(HTML_SCRIPT)}`,
    `style-src ${hash(style)} ${hash(HTML_STYLE)}`,
    "frame-src 'self' about:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const template = readFileSync(join(ROOT, "playground", "index.html"), "utf8");
  const fill = (text: string, marker: string, value: string) => {
    if (!text.includes(marker)) throw new Error(`playground/index.html has no ${marker}`);
    return text.replace(marker, () => value);
  };
  let page = fill(template, `content="default-src 'none'"`, `content="${csp}"`);
  page = fill(page, "<style></style>", `<style>${style}</style>`);
  page = fill(
    page,
    '<script type="application/json" id="example-data"></script>',
    `<script type="application/json" id="example-data">${example}</script>`,
  );
  page = fill(page, "<script></script>", `<script>${script}</script>`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, "index.html");
  writeFileSync(file, page);
  return { file, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildPlayground();
  console.log(`${file}: ${(bytes / 1024).toFixed(0)} KiB`);
}
