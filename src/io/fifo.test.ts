/**
 * Named pipes (mkfifo) as inputs (issue 17, "files that are files"): read as streams with the
 * size limit, and a FIFO with no writer says on standard error that it is waiting instead of
 * hanging silently. Skipped on Windows, which has no mkfifo and no POSIX named pipes in the file
 * system.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "./diagnostic.js";
import { DEFAULT_LIMITS } from "./parse.js";
import { FIFO_NOTICE_MS, fifoWaitingNotice, readSource, readSourceSync } from "./read.js";

const YAML = "title: 名前付きパイプ\nsystems: []\n";
let dir = "";
let count = 0;
const children: ChildProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "secpolicy-fifo-"));
});
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function fifo(): string {
  const path = join(dir, `pipe-${count++}.yaml`);
  const made = spawnSync("mkfifo", [path]);
  expect(made.error, "mkfifo (coreutils) is needed for this test").toBeUndefined();
  expect(made.status).toBe(0);
  return path;
}

/** A separate process that opens the FIFO for writing after `delay` seconds and runs `script` into it. */
function writer(path: string, delay: number, script: string): ChildProcess {
  const child = spawn("sh", ["-c", `sleep ${delay}; ${script} > "$0"`, path], { stdio: "ignore" });
  children.push(child);
  return child;
}

describe.skipIf(process.platform === "win32")("named FIFOs (POSIX only: Windows has no mkfifo)", () => {
  it("waits for a writer, says so once, and reads what it writes", async () => {
    const path = fifo();
    const source = join(dir, "source.yaml");
    writeFileSync(source, YAML);
    const waiting: string[] = [];
    // The writer comes only once the reader has said that it is waiting.
    const read = await readSource(path, {
      onWaiting: (file) => {
        waiting.push(file);
        writer(path, 0.2, `cat "${source}"`);
      },
    });
    expect(read.value).toEqual({ title: "名前付きパイプ", systems: [] });
    expect(waiting).toEqual([path]);
  }, 20_000);

  it("reads a FIFO synchronously (profiles) without blocking in open, with the same notice", () => {
    const path = fifo();
    const waiting: string[] = [];
    const started = Date.now();
    const read = readSourceSync(path, {
      onWaiting: (file) => {
        waiting.push(file);
        writer(path, 0.2, `printf '%s' '${YAML}'`);
      },
    });
    expect(read.value).toMatchObject({ title: "名前付きパイプ" });
    expect(waiting).toEqual([path]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FIFO_NOTICE_MS);
  }, 20_000);

  it("refuses an endless FIFO at the size limit, synchronously and not", async () => {
    const limits = { ...DEFAULT_LIMITS, maxBytes: 64 * 1024 };
    for (const sync of [false, true]) {
      const path = fifo();
      writer(path, 0, "yes");
      let error: unknown;
      try {
        if (sync) readSourceSync(path, { limits });
        else await readSource(path, { limits });
      } catch (caught) {
        error = caught;
      }
      expect(error, sync ? "sync" : "async").toBeInstanceOf(InputError);
      expect((error as InputError).diagnostics[0]).toMatchObject({ file: path, code: "file-too-large" });
    }
  }, 20_000);

  it("reports a writer that closes without writing as an empty file", async () => {
    const path = fifo();
    writer(path, 0, "true");
    await expect(readSource(path)).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ code: "empty-file" })] });
  }, 20_000);

  it("words the notice in the chosen language, or both", () => {
    expect(fifoWaitingNotice("a.yaml", "ja")).toBe(
      "a.yaml: 名前付きパイプ（FIFO）に書き手がいないため、書き込まれるのを待っている（中止は Ctrl-C）\n",
    );
    expect(fifoWaitingNotice("a.yaml", "en")).toBe("a.yaml: waiting for a writer on this named pipe (FIFO); press Ctrl-C to stop\n");
    expect(fifoWaitingNotice("a\u001b[2J.yaml")).toContain(" / waiting for a writer");
    expect(fifoWaitingNotice("a\u001b[2J.yaml")).not.toContain("\u001b");
  });
});
