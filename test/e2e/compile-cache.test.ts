/**
 * The code cache dist/cli.js keeps for its commands on Nodes without a compile cache of their
 * own (src/cli/code-cache.ts): written after a first run, reused as it is, rewritten when V8
 * cannot use it, never read from a file others could have written, off with
 * NODE_DISABLE_COMPILE_CACHE=1, and never a reason for different output.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLI, ROOT } from "./build.js";

const SPEC = ["check", "examples/delivery-spec.yaml"];
/** Node 22.1 and later cache the CLI's modules themselves; the bundle is not used there. */
const nodeHasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "secpolicy-cache-"));
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

/** Every file under the cache folder, by name relative to it. */
function cacheFiles(): string[] {
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs the built binary (the cache is the process's business) with PATH and `env` only. */
function runBuilt(args: readonly string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: "",
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs it with the cache under this test's folder. */
function run(args: readonly string[], env: Record<string, string> = {}) {
  return runBuilt(args, { NODE_COMPILE_CACHE: base, ...env });
}

describe("the CLI bundle", () => {
  it("is chosen for the same commands as the dispatcher runs (src/cli/main.ts and run.ts spell the list out)", () => {
    const list = (file: string, pattern: RegExp) =>
      [...(pattern.exec(readFileSync(join(ROOT, "src", "cli", file), "utf8"))?.[1] ?? "").matchAll(/"([a-z]+)"/g)].map((m) => m[1]);
    const dispatched = list("run.ts", /const COMMANDS = \[([^\]]*)\]/);
    expect(dispatched.length).toBeGreaterThan(5);
    expect(list("main.ts", /const COMMANDS = new Set\(\[([^\]]*)\]\)/)).toEqual(dispatched);
  });

  it("is ASCII only, so the loader may read it as latin1", () => {
    const text = readFileSync(join(ROOT, "dist", "cli-bundle.cjs"), "latin1");
    expect(text.length).toBeGreaterThan(100_000);
    expect(/[^\0-\x7f]/.exec(text)).toBeNull();
  });
});

describe.skipIf(nodeHasCache)("the code cache of the commands (Node without module.enableCompileCache)", () => {
  it("is written by a first run, reused unchanged by the next, and changes nothing in the output", () => {
    const first = run(SPEC);
    expect(first.code).toBe(1);
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    const file = files[0] as string;
    expect(file).toMatch(/\.check\.cache$/);
    const bytes = readFileSync(file);
    const written = statSync(file).mtimeMs;
    expect(bytes.length).toBeGreaterThan(10_000);

    const second = run(SPEC);
    expect(second).toEqual(first);
    // A cache V8 rejects is written anew: an untouched file is one it took.
    expect(cacheFiles()).toEqual([file]);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("ignores a corrupt or half-written cache, gives the same output and writes a good one", () => {
    const clean = run(SPEC);
    const file = cacheFiles()[0] as string;
    const good = readFileSync(file);
    for (const broken of [Buffer.from("not a code cache"), good.subarray(0, good.length >> 1)]) {
      writeFileSync(file, broken);
      expect(run(SPEC)).toEqual(clean);
      const rewritten = readFileSync(file);
      expect(rewritten.equals(broken)).toBe(false);
      expect(rewritten.length).toBeGreaterThan(10_000);
      // The rewritten cache is taken as it is by the next run.
      const time = statSync(file).mtimeMs;
      expect(run(SPEC)).toEqual(clean);
      expect(statSync(file).mtimeMs).toBe(time);
    }
  });

  it("grows a cache written by a run that compiled little (check --help) once a full run needs more, then keeps it", () => {
    expect(run(["check", "--help"]).code).toBe(0);
    const file = cacheFiles()[0] as string;
    const small = readFileSync(file);
    const clean = run(SPEC);
    const grown = readFileSync(file);
    expect(grown.length).toBeGreaterThan(small.length * 1.5);
    const time = statSync(file).mtimeMs;
    expect(run(SPEC)).toEqual(clean);
    expect(run(["check", "--help"]).code).toBe(0);
    expect(statSync(file).mtimeMs).toBe(time);
    expect(readFileSync(file).equals(grown)).toBe(true);
  });

  it.skipIf(process.platform === "win32")("does not read a cache file others may write, and replaces it", () => {
    const clean = run(SPEC);
    const file = cacheFiles()[0] as string;
    writeFileSync(file, "planted by someone else");
    chmodSync(file, 0o666);
    expect(run(SPEC)).toEqual(clean);
    expect(readFileSync(file, "latin1")).not.toBe("planted by someone else");
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it("keeps one cache per command, and none for --version or --help", () => {
    const lang = run(["--lang", "en", ...SPEC]);
    expect(lang.stdout).toContain("delivery-spec.yaml");
    expect(run(["--version"]).code).toBe(0);
    expect(run(["--help"]).code).toBe(0);
    expect(run(["checks"]).code).toBe(0);
    expect(
      cacheFiles()
        .map((f) => f.replace(/^.*\.(\w+)\.cache$/, "$1"))
        .sort(),
    ).toEqual(["check", "checks"]);
  });

  it("keeps a cache for other Node options beside the first, so neither rewrites the other", () => {
    const plain = run(SPEC);
    const [file] = cacheFiles();
    const time = statSync(file as string).mtimeMs;
    // V8 refuses a cache made under other flags (this one changes the young generation).
    const flagged = { NODE_OPTIONS: "--max-semi-space-size=32" };
    expect(run(SPEC, flagged)).toEqual(plain);
    expect(cacheFiles()).toHaveLength(2);
    const other = cacheFiles().find((f) => f !== file) as string;
    const otherTime = statSync(other).mtimeMs;
    expect(run(SPEC)).toEqual(plain);
    expect(run(SPEC, flagged)).toEqual(plain);
    expect(statSync(file as string).mtimeMs).toBe(time);
    expect(statSync(other).mtimeMs).toBe(otherTime);
  });

  it("writes nothing with NODE_DISABLE_COMPILE_CACHE=1, with the same output", () => {
    const cached = run(SPEC);
    rmSync(base, { recursive: true, force: true });
    expect(run(SPEC, { NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(cached);
    expect(existsSync(base)).toBe(false);
  });

  it("runs as usual when the cache folder cannot be created", () => {
    const blocker = join(base, "a-file");
    writeFileSync(blocker, "");
    const clean = runBuilt(SPEC, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(runBuilt(SPEC, { NODE_COMPILE_CACHE: join(blocker, "cache") })).toEqual(clean);
    expect(cacheFiles()).toEqual([blocker]);
  });
});
