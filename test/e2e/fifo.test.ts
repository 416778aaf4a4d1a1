/**
 * A named FIFO as the description or profile of `secpolicy check` (issue 17): with no writer the
 * command says on stderr that it is waiting, then reads what a late writer sends. Skipped on
 * Windows, which has no mkfifo.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, ROOT } from "./build.js";

let temp = "";
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-fifo-cli-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * Runs the CLI with a named FIFO as one of its inputs; a writer sends `file` into the FIFO only
 * once the CLI has said on stderr that it is waiting (so the test does not depend on timing).
 */
function withLateWriter(args: string[], fifo: string, file: string) {
  const made = spawnSync("mkfifo", [fifo]);
  expect(made.error, "mkfifo (coreutils) is needed for this test").toBeUndefined();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const cli = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "" } });
    let stdout = "";
    let stderr = "";
    let writing = false;
    cli.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    cli.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      if (!writing && stderr.includes("FIFO")) {
        writing = true;
        spawn("sh", ["-c", 'cat "$1" > "$0"', fifo, join(ROOT, file)], { stdio: "ignore" });
      }
    });
    cli.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describe.skipIf(process.platform === "win32")("secpolicy check and named FIFOs (POSIX only)", () => {
  it("says it is waiting for a writer on the description's FIFO, then checks what arrives", async () => {
    const fifo = join(temp, "description.yaml");
    const result = await withLateWriter(["check", fifo, "--format", "json", "--lang", "en"], fifo, "examples/delivery-spec.yaml");
    expect(result.stderr).toBe(`${fifo}: waiting for a writer on this named pipe (FIFO); press Ctrl-C to stop\n`);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.byOutcome.fail).toBeGreaterThan(0);
  }, 60_000);

  it("does the same for a profile read from a FIFO", async () => {
    const fifo = join(temp, "profile.yaml");
    const result = await withLateWriter(
      ["check", "examples/delivery-spec.yaml", "--profile", fifo, "--format", "json"],
      fifo,
      "test/fixtures/cli/profile.yaml",
    );
    expect(result.stderr).toContain("名前付きパイプ（FIFO）に書き手がいない");
    expect(result.stderr).toContain("waiting for a writer on this named pipe");
    expect(result.stderr).not.toContain("error[");
    expect(JSON.parse(result.stdout).profile.id).toBeTruthy();
  }, 60_000);
});
