import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { HOSTILE_CASES } from "../fixtures/hostile/cases.js";
import { ensureBuilt } from "./build.js";
import { runCli } from "./run-cli.js";

// Each test starts the built command several times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = "test/fixtures/hostile";
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-hostile-"));
  // One byte over 64 MiB, generated rather than committed.
  writeFileSync(join(temp, "too-large.yaml"), Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("secpolicy check on hostile input", () => {
  it.each(HOSTILE_CASES)("$file ($about)", async ({ file, code, at, ja, en, exit }) => {
    const path = file === "too-large.yaml" ? join(temp, file) : `${FIXTURES}/${file}`;
    const result = await runCli(["check", path, "--format", "json"]);
    expect(result.code, result.stderr).toBe(exit);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
    expect(result.stderr).not.toContain("error[internal]");
    if (code === undefined) {
      expect(result.stderr).toBe("");
      return;
    }
    const shownPath = file === "too-large.yaml" ? path : `${FIXTURES}/${file}`;
    const head = at === undefined ? `${shownPath}: error[${code}]: ` : `${shownPath}:${at}: error[${code}]: `;
    expect(result.stderr).toContain(head);
    if (ja !== undefined) expect(result.stderr).toContain(ja);
    if (en !== undefined) expect(result.stderr).toContain(en);
    // The run still writes the JSON report, listing the error instead of results.
    const report = JSON.parse(result.stdout) as { results: unknown[]; errors: { code: string }[] };
    expect(report.results).toEqual([]);
    expect(report.errors.map((e) => e.code)).toContain(code);
  });
});
