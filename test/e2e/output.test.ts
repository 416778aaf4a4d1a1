/**
 * `--out` through the built command, in the cases that broke on other people's machines: a
 * device as root, a symlink, a FIFO, a kept file mode, and a folder that forbids new files.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
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
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLI, ensureBuilt, ROOT } from "./build.js";
import { runBuiltCli } from "./run-cli.js";

// Each test starts the built command several times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const IS_ROOT = process.getuid?.() === 0;
const SCHEMA = readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8");
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-e2e-out-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("secpolicy --out", () => {
  it("keeps the mode of a replaced file and leaves no temporary file", () => {
    const out = join(temp, "kept-mode.json");
    writeFileSync(out, "old");
    chmodSync(out, 0o600);
    expect(runBuiltCli(["schema", "report", "--out", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(SCHEMA);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes through a symlink", () => {
    const target = join(temp, "target.json");
    writeFileSync(target, "old");
    const link = join(temp, "link.json");
    symlinkSync(target, link);
    expect(runBuiltCli(["schema", "report", "--out", link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(SCHEMA);
  });

  it("writes - to standard output", () => {
    const result = runBuiltCli(["schema", "report", "--out", "-"]);
    expect(result.stdout).toBe(SCHEMA);
  });

  it("writes into a FIFO", async () => {
    const fifo = join(temp, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString("utf8")));
    const closed = new Promise((done) => reader.on("close", done));
    const writer = spawn(process.execPath, [CLI, "schema", "report", "--out", fifo], { cwd: ROOT });
    const code = await new Promise((done) => writer.on("close", done));
    await closed;
    expect(code).toBe(0);
    expect(read).toBe(SCHEMA);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.runIf(IS_ROOT)("as root, writes into a character device made with mknod instead of replacing it", () => {
    const device = join(temp, "null");
    expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
    expect(runBuiltCli(["schema", "report", "--out", device]).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(runBuiltCli(["init", "--out", device]).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it.runIf(IS_ROOT)("as an ordinary user (nobody), replaces a file of theirs in a folder where they may not create files", (ctx) => {
    // Root may write anywhere, so the command runs as nobody (uid 65534) in a folder owned by root.
    const asNobody = { cwd: ROOT, uid: 65534, gid: 65534, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } } as const;
    const canRun = spawnSync(process.execPath, ["-e", "require('fs').accessSync(process.argv[1], 4)", CLI], asNobody).status === 0;
    if (!canRun) ctx.skip("the checkout is not readable by the user nobody, so the command cannot run as an ordinary user");
    chmodSync(temp, 0o755);
    const locked = join(temp, "locked");
    mkdirSync(locked, { mode: 0o755 });
    const out = join(locked, "report.json");
    writeFileSync(out, "old");
    chownSync(out, 65534, 65534);
    const run = spawnSync(process.execPath, [CLI, "schema", "report", "--out", out], asNobody);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(SCHEMA);
    expect(readdirSync(locked)).toEqual(["report.json"]);
    // And a file they may not write at all gets an error that names it and the cause.
    const foreign = join(locked, "root-only.json");
    writeFileSync(foreign, "old");
    const denied = spawnSync(process.execPath, [CLI, "schema", "report", "--out", foreign], asNobody);
    expect(denied.status).toBe(2);
    expect(denied.stderr).toContain(`Cannot write the output to ${foreign}: permission denied (EACCES)`);
    expect(readFileSync(foreign, "utf8")).toBe("old");
  });

  it.skipIf(IS_ROOT)("(not root: the mknod and other-user cases need root) replaces a file in a folder that forbids new files", () => {
    const locked = join(temp, "locked");
    mkdirSync(locked);
    const out = join(locked, "report.json");
    writeFileSync(out, "old");
    chmodSync(locked, 0o555);
    try {
      expect(runBuiltCli(["schema", "report", "--out", out]).code).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(SCHEMA);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
