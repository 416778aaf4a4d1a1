/**
 * The type tests (`*.test-d.ts`) are compile-time assertions with no runtime part: `npm run
 * typecheck` checks them, because its program (tsconfig.json) includes them — vitest does not run
 * them a second time (vitest.config.ts). This keeps that true when files move or the tsconfig
 * changes.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");

function typeTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".test-d.ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe("type tests", () => {
  it("exist, and every one is in the program npm run typecheck checks", () => {
    const files = [...typeTests(join(ROOT, "src")), ...typeTests(join(ROOT, "test"))].sort();
    expect(files.length).toBeGreaterThan(0);
    const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = new Set(parsed.fileNames.map((f) => relative(ROOT, f)));
    for (const file of files) expect(program.has(file), file).toBe(true);
  });
});
