/**
 * Every entry the package publishes loads on its own, as ESM and as CommonJS, from the built
 * files, by the package's own name, in a plain Node process (as a user's program would load it).
 * A bundling mistake — an entry importing a name the main entry does not export — shows here.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./build.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; exports: Record<string, unknown> };
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === "object" && target !== null && "import" in target)
  .map(([key]) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/** Loads every entry in one child process and prints how many names each exports. */
function load(kind: "esm" | "cjs"): Record<string, number> {
  const script =
    kind === "esm"
      ? `const out = {}; for (const e of ${JSON.stringify(entries)}) out[e] = Object.keys(await import(e)).length; console.log(JSON.stringify(out));`
      : // The ./vitest entry needs vitest, which refuses to load under require(); it is loaded as ESM above.
        `const out = {}; for (const e of ${JSON.stringify(entries.filter((e) => !e.endsWith("/vitest")))}) out[e] = Object.keys(require(e)).length; console.log(JSON.stringify(out));`;
  const args = kind === "esm" ? ["--input-type=module", "-e", script] : ["-e", script];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" })) as Record<string, number>;
}

describe("published entries", () => {
  it("are the code entries of package.json", () => {
    expect(entries).toContain(pkg.name);
    expect(entries).toContain(`${pkg.name}/node`);
  });

  it("each load as ESM with their exports", () => {
    const counts = load("esm");
    for (const entry of entries) expect(counts[entry], entry).toBeGreaterThan(0);
  });

  it("each load as CommonJS with their exports", () => {
    const counts = load("cjs");
    for (const entry of entries.filter((e) => !e.endsWith("/vitest"))) expect(counts[entry], entry).toBeGreaterThan(0);
  });
});
