/**
 * The package entry is browser-safe: esbuild bundles `src/index.ts` for `platform: "browser"`
 * with no stubs, the bundle imports no Node.js built-in, and `parseDescription` + `evaluate` run
 * inside it in a bare JavaScript realm (no `require`, no `process`; only web globals such as `TextEncoder`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type BrowserBundle, bundleForBrowser } from "./core-bundle.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("the package entry bundled for a browser", () => {
  let bundle: BrowserBundle;
  beforeAll(async () => {
    bundle = await bundleForBrowser({ file: join(ROOT, "src/index.ts") });
  }, 60_000);

  it("bundles with no error and imports no Node built-in", () => {
    expect(bundle.errors).toEqual([]);
    expect(bundle.nodeImports).toEqual([]);
    expect(bundle.code).not.toMatch(/require\(["']node:/);
    console.log(`core bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip`);
  });

  it("runs parseDescription and evaluate in a realm without Node globals", () => {
    const description = parse(readFileSync(join(ROOT, "examples/delivery-spec.yaml"), "utf8"));
    // Only web-platform globals every browser has; the same bundle runs in Chromium in page.test.ts.
    const sandbox: Record<string, unknown> = { input: JSON.stringify(description), TextEncoder, TextDecoder };
    const script = `${bundle.code}
      ;(() => {
        if (typeof require !== "undefined" || typeof process !== "undefined") throw new Error("not a bare realm");
        const parsed = secpolicy.parseDescription(JSON.parse(input));
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        const report = secpolicy.evaluate(parsed.value, { evaluationDate: "2026-04-01" });
        const bad = secpolicy.parseDescription({ systems: [{ id: "x", name: "X", zone: "nowhere" }] });
        return { ok: true, total: report.summary.total, byOutcome: report.summary.byOutcome, badOk: bad.ok, badPointer: bad.ok ? "" : bad.issues[0].pointer,
                 sarif: JSON.parse(secpolicy.formatReport(report, "sarif", { locale: "ja", color: false })).version };
      })()`;
    const result = runInNewContext(script, sandbox, { timeout: 30_000 }) as {
      ok: boolean;
      total: number;
      byOutcome: Record<string, number>;
      badOk: boolean;
      badPointer: string;
      sarif: string;
    };
    expect(result.ok).toBe(true);
    expect(result.total).toBeGreaterThan(50);
    expect((result.byOutcome.fail ?? 0) + (result.byOutcome["needs-evidence"] ?? 0)).toBeGreaterThan(0);
    expect(result.badOk).toBe(false);
    expect(result.badPointer).toBe("/systems/0/zone");
    expect(result.sarif).toBe("2.1.0");
  });

  it("the check catches an entry that imports a Node built-in, directly or through a re-export", async () => {
    const direct = await bundleForBrowser({ contents: `export { readFileSync } from "node:fs";`, resolveDir: ROOT });
    expect(direct.errors.join("\n")).toMatch(/node:fs/);
    const reexported = await bundleForBrowser({
      contents: `export * from "./src/index.ts"; export { loadProfileFile } from "./src/io/profile-file.ts";`,
      resolveDir: ROOT,
    });
    expect(reexported.errors.join("\n")).toMatch(/node:(fs|path)/);
  });
});
