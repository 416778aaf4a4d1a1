/** The input cap (issue 18): a 10,000-system inventory fits the default; `--max-input-mib` moves the cap either way. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateInventory } from "../../bench/generate.js";
import { DEFAULT_LIMITS } from "../../src/io/parse.js";
import { ensureBuilt } from "./build.js";
import { runCli } from "./run-cli.js";

vi.setConfig({ testTimeout: 60_000 });

let temp = "";
let inventory = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-limit-"));
  inventory = join(temp, "inventory-1k.json");
  writeFileSync(inventory, JSON.stringify(generateInventory(1000))); // about 2.7 MB
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the input cap", () => {
  it("admits a 10,000-system inventory by default (JSON and YAML sizes measured in docs/benchmarks.md: 27 MB and 23 MB)", async () => {
    expect(DEFAULT_LIMITS.maxBytes).toBeGreaterThanOrEqual(27 * 1000 * 1000 * 1.1);
  });

  it("refuses a file over --max-input-mib with a located, bilingual error", async () => {
    const result = await runCli(["check", inventory, "--max-input-mib", "1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${inventory}: error[file-too-large]`);
    expect(result.stderr).toContain("上限 1 MiB");
    expect(result.stderr).toContain("limit: 1 MiB");
    expect(result.stderr).toContain("--max-input-mib");
  });

  it("reads the same file under a higher cap", async () => {
    const result = await runCli(["check", inventory, "--max-input-mib", "4", "--exit-zero"]);
    expect(result.stderr).not.toContain("file-too-large");
    expect(result.code).toBe(0);
  });

  it.each(["0", "1e3", "lots", "4096"])("refuses --max-input-mib %s as a usage error", async (value) => {
    const result = await runCli(["check", inventory, "--max-input-mib", value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("invalid-option-value");
    expect(result.stderr).toContain("--max-input-mib");
  });
});
