/**
 * Issue 17, "files that are files": devices, pipes, FIFOs and process substitution are read as
 * streams with the size limit; `extends` stays in the profile's folder; `--out` never overwrites
 * an input and leaves no temporary file behind, even when the process is killed. Pipes, FIFOs and
 * the kill need a process of their own; the rest runs the command in the test's process.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, ROOT } from "../e2e/build.js";
import { runCli } from "../e2e/run-cli.js";

const EXAMPLE = join(ROOT, "examples/inventory.yaml");
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-files-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function bash(script: string, env: Record<string, string> = {}) {
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", NODE: process.execPath, CLI, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("non-regular files", () => {
  it("--profile /dev/zero is refused at the size limit instead of growing to GiBs", async () => {
    const result = await runCli(["check", EXAMPLE, "--profile", "/dev/zero"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/dev/zero: error[file-too-large]");
    expect(result.stderr).not.toContain("error[internal]");
  }, 60_000);

  it("a description from /dev/zero is refused the same way", async () => {
    const result = await runCli(["check", "/dev/zero"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/dev/zero: error[file-too-large]");
  }, 60_000);

  it("check <(cat x.yaml) reads the pipe (was ESPIPE)", () => {
    const result = bash('"$NODE" "$CLI" check <(cat examples/inventory.yaml) --format json');
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.total).toBeGreaterThan(0);
  }, 60_000);

  it("--profile <(cat profile.yaml) and --waivers <(…) read pipes too", () => {
    const result = bash('"$NODE" "$CLI" check examples/inventory.yaml --profile <(cat test/fixtures/cli/profile.yaml) --format json');
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).profile.id).toBeTruthy();
  }, 60_000);

  it("a FIFO is read as a stream", () => {
    const fifo = join(temp, "fifo.yaml");
    execFileSync("mkfifo", [fifo]);
    const result = bash(`(cat examples/inventory.yaml > "${fifo}" &) ; "$NODE" "$CLI" check "${fifo}" --format json`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 60_000);
});

describe("an output a folder scan matches", () => {
  it("is refused when it is a description the run would overwrite, and written over when it is an earlier report (ninth review)", async () => {
    const dir = join(temp, "scan-out");
    mkdirSync(dir, { recursive: true });
    const description = readFileSync(EXAMPLE, "utf8");
    writeFileSync(join(dir, "a.yaml"), description);
    const refused = await runCli(["check", dir, "-o", join(dir, "a.yaml")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("error[out-is-input]");
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe(description);
    // A report left by an earlier run in the same folder is written over.
    const report = join(dir, "report.json");
    expect((await runCli(["check", dir, "-f", `json:${report}`, "--exit-zero"])).code).toBe(0);
    expect((await runCli(["check", dir, "-f", `json:${report}`, "--exit-zero"])).code).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8"))).toHaveProperty("reportVersion");
  }, 60_000);
});

describe("the same system in two files", () => {
  it("in two zones stops the run with the place of the second (ninth review: the clash hid a link to the internet)", async () => {
    const dir = join(temp, "two-zones");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.yaml"), 'evaluationDate: "2026-04-01"\nsystems:\n  - { id: juki, name: 住民記録, zone: mynumber }\n');
    writeFileSync(
      join(dir, "b.yaml"),
      'evaluationDate: "2026-04-01"\nsystems:\n  - { id: juki, name: 住民記録, zone: internet }\nconnections:\n  - { id: c, from: { system: juki }, to: { external: public-internet }, via: [security-cloud] }\n',
    );
    const result = await runCli(["check", join(dir, "a.yaml"), join(dir, "b.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, "b.yaml")}:3:29: error[zone-mismatch]`);
  }, 60_000);
});

describe("extends stays inside the profile's folder", () => {
  it("refuses ../ and absolute paths, and a device, with the located extends", async () => {
    const dir = join(temp, "profiles");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(temp, "outside.yaml"), "extends: hitoyoshi-2026-03\n");
    for (const reference of ["../outside.yaml", join(temp, "outside.yaml"), "/dev/zero", "/etc/passwd"]) {
      writeFileSync(join(dir, "p.yaml"), `# a profile\nextends: ${reference}\n`);
      const result = await runCli(["check", EXAMPLE, "--profile", join(dir, "p.yaml")]);
      expect(result.code, reference).toBe(2);
      expect(result.stderr).toContain(`${join(dir, "p.yaml")}:2:1: error[extends-outside]`);
      expect(result.stderr).toContain("outside the folder of this profile");
    }
  }, 60_000);

  it("locates a base profile that does not exist at the extends line that names it (fifth review)", async () => {
    const dir = join(temp, "missing-base");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "p.yaml"), "# a town\nextends: ./base-town.yaml\n");
    const result = await runCli(["check", EXAMPLE, "--profile", join(dir, "p.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, "p.yaml")}:2:1: error[extends-not-found]`);
    expect(result.stderr).toContain("./base-town.yaml が見つからない");
  }, 60_000);

  it("refuses an output onto a base profile the extends chain reaches (ninth review: it was overwritten)", async () => {
    const dir = join(temp, "out-onto-base");
    mkdirSync(dir, { recursive: true });
    const base = '# the base\nextends: hitoyoshi-2026-03\nid: base-town\nversion: "1.0.0"\n';
    writeFileSync(join(dir, "base.yaml"), base);
    writeFileSync(join(dir, "p.yaml"), 'extends: ./base.yaml\nid: town\nversion: "1.0.0"\n');
    const result = await runCli(["check", EXAMPLE, "--profile", join(dir, "p.yaml"), "-o", join(dir, "base.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[out-is-input]");
    expect(readFileSync(join(dir, "base.yaml"), "utf8")).toBe(base);
  }, 60_000);

  it("refuses a symbolic link inside the folder that points outside", async () => {
    const dir = join(temp, "linked");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(temp, "base.yaml"), "extends: hitoyoshi-2026-03\n");
    symlinkSync(join(temp, "base.yaml"), join(dir, "base.yaml"));
    writeFileSync(join(dir, "p.yaml"), "extends: ./base.yaml\n");
    const result = await runCli(["check", EXAMPLE, "--profile", join(dir, "p.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[extends-outside]");
  }, 60_000);

  it("still follows extends into the same folder and below", async () => {
    const dir = join(temp, "ok");
    mkdirSync(join(dir, "base"), { recursive: true });
    writeFileSync(join(dir, "base", "b.yaml"), "extends: hitoyoshi-2026-03\nid: acme-base\nversion: 1.0.0\n");
    writeFileSync(join(dir, "p.yaml"), "extends: base/b.yaml\nid: acme\nversion: 1.0.0\n");
    const result = await runCli(["check", EXAMPLE, "--profile", join(dir, "p.yaml"), "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).profile.id).toBe("acme");
  }, 60_000);
});

describe("--out", () => {
  it("never overwrites an input, also through a symbolic link or another spelling", async () => {
    const input = join(temp, "in.yaml");
    writeFileSync(input, readFileSync(EXAMPLE));
    symlinkSync(input, join(temp, "link.yaml"));
    // First-contact review: a hard link to the input was overwritten with the report.
    linkSync(input, join(temp, "hard.txt"));
    for (const out of [input, join(temp, "link.yaml"), `${temp}/./in.yaml`, join(temp, "hard.txt")]) {
      const result = await runCli(["check", input, "--out", out]);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toContain("error[out-is-input]");
      expect(readFileSync(input, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));
    }
    const profile = join(temp, "profile.yaml");
    writeFileSync(profile, readFileSync(join(ROOT, "test/fixtures/cli/profile.yaml")));
    const result = await runCli(["check", EXAMPLE, "--profile", profile, "--out", profile]);
    expect(result.stderr).toContain("error[out-is-input]");
  }, 60_000);

  it.runIf(existsSync("/dev/full"))(
    "says in words, with exit code 2, that standard output cannot be written (a full disk)",
    () => {
      // First-contact review: `> /dev/full` gave an uncaught stack trace and exit code 1 (findings).
      const full = openSync("/dev/full", "w");
      try {
        const result = spawnSync(process.execPath, [CLI, "check", EXAMPLE], {
          cwd: ROOT,
          stdio: ["ignore", full, "pipe"],
          encoding: "utf8",
        });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("error[output-unwritable]: 標準出力に書けない：ディスクの空きがない（ENOSPC）");
        expect(result.stderr).not.toContain("    at ");
      } finally {
        closeSync(full);
      }
    },
    60_000,
  );

  it("refuses two outputs that are one file under two spellings, before writing either", async () => {
    const out = join(temp, "twice.json");
    const result = await runCli(["check", EXAMPLE, "-f", `json:${out}`, "-f", `sarif:${temp}/./twice.json`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[out-twice]");
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("removes its temporary file when the process is killed while writing", () => {
    const dir = join(temp, "killed");
    mkdirSync(dir);
    const script = join(temp, "kill-while-writing.mts");
    writeFileSync(
      script,
      [
        `import { writeOutput } from ${JSON.stringify(join(ROOT, "src/cli/output.ts"))};`,
        "function* chunks() { yield 'a'; process.kill(process.pid, 'SIGTERM'); yield 'b'; }",
        `await writeOutput(${JSON.stringify(join(dir, "report.txt"))}, chunks());`,
        "await new Promise((r) => setTimeout(r, 5000));",
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(result.signal, result.stderr).toBe("SIGTERM");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, "report.txt"))).toBe(false);
  }, 60_000);
});
