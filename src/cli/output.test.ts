import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "./context.js";
import { type OutputFs, writeOutput } from "./output.js";

const root = mkdtempSync(join(tmpdir(), "secpolicy-out-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = "";
let n = 0;
beforeEach(() => {
  dir = join(root, String(n++));
  mkdirSync(dir);
});

const IS_ROOT = process.getuid?.() === 0;
const mode = (path: string) => statSync(path).mode & 0o7777;
const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

/** The diagnostic of a CliError the promise rejects with. */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return (error as CliError).diagnostics[0]!;
}

describe("writeOutput: regular files", () => {
  it("creates a new file with the usual mode (0666 less the umask)", async () => {
    const out = join(dir, "report.json");
    await writeOutput(out, "new\n");
    expect(readFileSync(out, "utf8")).toBe("new\n");
    const umask = process.umask();
    expect(mode(out)).toBe(0o666 & ~umask);
    expect(temps(dir)).toEqual([]);
  });

  it("replaces an existing file atomically (a new inode) and keeps its mode", async () => {
    const out = join(dir, "report.sarif");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    const before = statSync(out).ino;
    await writeOutput(out, "new");
    expect(readFileSync(out, "utf8")).toBe("new");
    expect(mode(out)).toBe(0o640);
    expect(statSync(out).ino).not.toBe(before);
    expect(temps(dir)).toEqual([]);
  });

  it("writes a file with other hard links in place, so every link sees the new text", async () => {
    const out = join(dir, "a.txt");
    writeFileSync(out, "old");
    linkSync(out, join(dir, "b.txt"));
    await writeOutput(out, "new");
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe("new");
    expect(statSync(out).nlink).toBe(2);
  });

  it("refuses to replace a file without overwrite, naming it", async () => {
    const out = join(dir, "system.yaml");
    writeFileSync(out, "mine");
    const d = await failure(writeOutput(out, "template", { overwrite: false }));
    expect(d.code).toBe("file-exists");
    expect(d.message.en).toContain(out);
    expect(readFileSync(out, "utf8")).toBe("mine");
  });

  it("writes - to standard output", async () => {
    let written = "";
    await writeOutput("-", "to stdout", { stdout: { write: (t) => (written += t) } });
    expect(written).toBe("to stdout");
    expect(existsSync("-")).toBe(false);
  });
});

describe("writeOutput: links, devices and FIFOs are never replaced", () => {
  it("writes through a symbolic link to its target, keeping the link and the target's mode", async () => {
    mkdirSync(join(dir, "real"));
    const target = join(dir, "real", "report.json");
    writeFileSync(target, "old");
    chmodSync(target, 0o600);
    const link = join(dir, "link.json");
    symlinkSync("real/report.json", link);
    await writeOutput(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(mode(target)).toBe(0o600);
    expect(temps(dir)).toEqual([]);
    expect(temps(join(dir, "real"))).toEqual([]);
  });

  it("creates the target of a dangling link and follows chains of links", async () => {
    symlinkSync("second.json", join(dir, "first.json"));
    symlinkSync("made.json", join(dir, "second.json"));
    await writeOutput(join(dir, "first.json"), "created");
    expect(lstatSync(join(dir, "first.json")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "second.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "made.json"), "utf8")).toBe("created");
  });

  it("reports a loop of links instead of hanging", async () => {
    symlinkSync("b", join(dir, "a"));
    symlinkSync("a", join(dir, "b"));
    const d = await failure(writeOutput(join(dir, "a"), "x"));
    expect(d.message.en).toContain("(ELOOP)");
    expect(d.file).toBe(join(dir, "a"));
  });

  it("writes into a FIFO (mkfifo) without replacing it", async () => {
    const fifo = join(dir, "pipe");
    const made = spawnSync("mkfifo", [fifo]);
    expect(made.error, "mkfifo (coreutils) is needed for this test").toBeUndefined();
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString("utf8")));
    const closed = new Promise((done) => reader.on("close", done));
    await writeOutput(fifo, "through the pipe\n", { overwrite: false });
    await closed;
    expect(read).toBe("through the pipe\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it.runIf(IS_ROOT)("writes into a character device (mknod, as root) without replacing it", async () => {
    const device = join(dir, "null");
    expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
    await writeOutput(device, "discarded", { overwrite: false });
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(statSync(device).rdev).toBe(statSync("/dev/null").rdev);
    expect(temps(dir)).toEqual([]);
  });

  it.skipIf(IS_ROOT)("(skipped as root) a character device test needs root to run mknod; /dev/null is written instead", async () => {
    await writeOutput("/dev/null", "discarded");
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

/** node:fs/promises with one step made to fail, as a full disk or a lost mount would. */
function failingAt(step: "open" | "chmod" | "write" | "sync" | "rename"): OutputFs {
  const boom = () => Object.assign(new Error(`${step} failed`), { code: "ENOSPC" });
  return {
    lstat: fsp.lstat,
    readlink: fsp.readlink,
    unlink: fsp.unlink,
    rename: step === "rename" ? () => Promise.reject(boom()) : fsp.rename,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      if (step === "open") throw boom();
      const handle = await fsp.open(...args);
      if (step === "chmod") handle.chmod = () => Promise.reject(boom());
      if (step === "write") handle.writeFile = () => Promise.reject(boom());
      if (step === "sync") handle.sync = () => Promise.reject(boom());
      return handle;
    }) as typeof fsp.open,
  };
}

describe("writeOutput: failures", () => {
  for (const step of ["open", "chmod", "write", "sync", "rename"] as const) {
    it(`removes the temporary file and keeps the old file when ${step} fails`, async () => {
      const out = join(dir, "report.json");
      writeFileSync(out, "old");
      const d = await failure(writeOutput(out, "new", { fs: failingAt(step) }));
      expect(d.code).toBe("output-unwritable");
      expect(d.file).toBe(out);
      expect(d.message.en).toBe(`Cannot write the output to ${out}: no space left on the device (ENOSPC)`);
      expect(d.message.ja).toBe(`出力先 ${out} に書けない：ディスクの空きがない（ENOSPC）`);
      expect(readFileSync(out, "utf8")).toBe("old");
      expect(readdirSync(dir)).toEqual(["report.json"]);
    });
  }

  it("names a missing folder as the cause", async () => {
    const out = join(dir, "missing", "report.json");
    const d = await failure(writeOutput(out, "x"));
    expect(d.message.en).toBe(`Cannot write the output to ${out}: the folder does not exist (ENOENT)`);
    expect(d.message.ja).toContain("フォルダが存在しない");
  });

  it("refuses a folder as the output", async () => {
    const d = await failure(writeOutput(dir, "x"));
    expect(d.message.en).toContain("it is a folder (EISDIR)");
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(IS_ROOT)("(skipped as root, who may write anywhere) writes in place when the folder forbids new files", async () => {
    const out = join(dir, "report.json");
    writeFileSync(out, "old");
    chmodSync(dir, 0o555);
    try {
      await writeOutput(out, "new");
      expect(readFileSync(out, "utf8")).toBe("new");
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
