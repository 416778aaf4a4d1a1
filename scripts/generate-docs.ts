/**
 * Writes the generated documentation (see scripts/check-docs.ts): docs/checks/<id>.md,
 * docs/checks/README.md, docs/traceability.md and docs/threats.md. Run `npm run gen:docs` after
 * changing a check, its cases, the clauses or the traceability entries; a meta-test fails when
 * the committed files differ. Pages of removed checks are deleted (only generated files).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalogue } from "./check-catalogue.js";
import { GENERATED_MARKER, renderDocs } from "./check-docs.js";

export const DOCS_DIR = fileURLToPath(new URL("../docs/", import.meta.url));

/** Generated pages under docs/checks that the current checks no longer produce. */
export function stalePages(files: ReadonlyMap<string, string>): string[] {
  const dir = join(DOCS_DIR, "checks");
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md") && !files.has(`checks/${name}`))
    .filter((name) => readFileSync(join(dir, name), "utf8").startsWith(GENERATED_MARKER))
    .map((name) => `checks/${name}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const warnings: string[] = [];
  const files = renderDocs(await loadCatalogue(), warnings);
  for (const stale of stalePages(files)) rmSync(join(DOCS_DIR, stale));
  let changed = 0;
  for (const [path, text] of files) {
    const target = join(DOCS_DIR, path);
    let current: string | undefined;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    changed += 1;
  }
  console.log(`docs: ${files.size} files, ${changed} written`);
  if (warnings.length > 0) {
    console.error(`Broken examples (the pages say so; fix the cases and run npm run gen:docs again):\n- ${warnings.join("\n- ")}`);
    process.exitCode = 1;
  }
}
