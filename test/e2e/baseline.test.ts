/**
 * Issue 14 item 3 end to end: `--write-baseline` records the current findings, `--baseline`
 * reports only new ones and the exit code counts only those; reordering the file or moving its
 * lines finds nothing new; the same spec under two names has distinct fingerprints.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseDocument, stringify, type YAMLSeq } from "yaml";
import type { Report } from "../../src/model/report.js";
import { ensureBuilt, ROOT } from "./build.js";
import { runCli } from "./run-cli.js";

const INVENTORY = readFileSync(join(ROOT, "examples/inventory.yaml"), "utf8");
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-baseline-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The inventory with the data of the named system sent unencrypted: exactly one failing finding per system. */
function unencrypted(text: string, ...systems: string[]): string {
  const doc = parseDocument(text);
  const list = doc.get("systems") as YAMLSeq;
  for (const id of systems) {
    const index = list.items.findIndex((item) => (item as { get(key: string): unknown }).get("id") === id);
    expect(index, id).toBeGreaterThanOrEqual(0);
    doc.setIn(["systems", index, "dataAssets", 0, "encryptedInTransit"], false);
  }
  return doc.toString();
}

/** Runs `check` in the temporary folder (file names relative to it, as a CI job would). */
async function check(...args: string[]) {
  return await runCli(["check", "--lang", "en", ...args], { cwd: temp });
}

function json(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

const problems = (report: Report) => report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence");

describe("baseline round trip", () => {
  const delivered = () => unencrypted(INVENTORY, "juki");

  it("writes a baseline of the current findings, and a rerun against it finds nothing new (exit 0)", async () => {
    writeFileSync(join(temp, "spec.yaml"), delivered());
    const written = await check("spec.yaml", "--write-baseline", "baseline.json");
    expect(written.stderr).toBe("");
    expect(written.code).toBe(1);
    const baseline = JSON.parse(readFileSync(join(temp, "baseline.json"), "utf8"));
    expect(baseline.findings).toEqual([
      expect.objectContaining({
        checkId: "protected-data-encrypted-in-transit",
        file: "spec.yaml",
        target: "system:juki",
        outcome: "fail",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      }),
    ]);
    // Deterministic: writing again gives the same bytes.
    await check("spec.yaml", "--write-baseline", "again.json");
    expect(readFileSync(join(temp, "again.json"), "utf8")).toBe(readFileSync(join(temp, "baseline.json"), "utf8"));

    const rerun = await check("spec.yaml", "--baseline", "baseline.json");
    expect(rerun.stderr).toBe("");
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/1 known findings of baseline baseline\.json \(the worst: [a-z]+\) are not shown; 0 new, 0 gone/);
    expect(rerun.stdout).not.toContain("protected-data-encrypted-in-transit");
    // Twenty-third review: every format for people says what the baseline hid, and a SARIF log keeps the
    // known finding marked unchanged (left out, code scanning would close its alert as fixed).
    const markdown = await check("spec.yaml", "--baseline", "baseline.json", "--format", "markdown");
    expect(markdown.stdout).toMatch(/1 known findings of baseline baseline\.json/);
    const sarif = JSON.parse((await check("spec.yaml", "--baseline", "baseline.json", "--format", "sarif")).stdout);
    const results = sarif.runs[0].results as { ruleId: string; baselineState?: string }[];
    expect(results.filter((r) => r.ruleId === "protected-data-encrypted-in-transit").map((r) => r.baselineState)).toEqual(["unchanged"]);
  }, 60_000);

  it("reports exactly the one added violation as new, and exits 1", async () => {
    writeFileSync(join(temp, "spec.yaml"), delivered());
    await check("spec.yaml", "--write-baseline", "baseline.json");
    writeFileSync(join(temp, "spec.yaml"), unencrypted(INVENTORY, "juki", "tax"));
    const result = await check("spec.yaml", "--baseline", "baseline.json", "--format", "json");
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(problems(report)).toEqual([
      expect.objectContaining({
        checkId: "protected-data-encrypted-in-transit",
        target: expect.objectContaining({ id: "tax" }),
        baselineState: "new",
      }),
    ]);
    expect(report.baseline).toMatchObject({ file: "baseline.json", new: 1, unchanged: 1, absent: 0 });
    expect(report.summary.byOutcome.fail).toBe(1);
  }, 60_000);

  it("finds nothing new when systems and connections are reordered", async () => {
    writeFileSync(join(temp, "spec.yaml"), delivered());
    await check("spec.yaml", "--write-baseline", "baseline.json");
    // Aliases resolved, every list of systems and connections reversed, the whole file rewritten.
    const data = parse(delivered()) as { systems: unknown[]; connections: unknown[] };
    data.systems.reverse();
    data.connections.reverse();
    writeFileSync(join(temp, "spec.yaml"), stringify(data));
    const result = await check("spec.yaml", "--baseline", "baseline.json", "--format", "json");
    expect(result.code).toBe(0);
    expect(json(result.stdout).baseline).toMatchObject({ file: "baseline.json", new: 0, unchanged: 1, absent: 0 });
  }, 60_000);

  it("finds nothing new when the lines move", async () => {
    writeFileSync(join(temp, "spec.yaml"), delivered());
    const before = problems(json((await check("spec.yaml", "--format", "json", "--write-baseline", "baseline.json")).stdout));
    writeFileSync(join(temp, "spec.yaml"), `${"# a comment added above everything\n\n".repeat(20)}${delivered()}`);
    const result = await check("spec.yaml", "--baseline", "baseline.json", "--format", "json", "--exit-zero");
    const after = json((await check("spec.yaml", "--format", "json", "--exit-zero")).stdout);
    // The finding did move 40 lines down, and kept its fingerprint.
    expect(problems(after)[0]?.location?.line).toBe((before[0]?.location?.line ?? 0) + 40);
    expect(problems(after)[0]?.fingerprint).toBe(before[0]?.fingerprint);
    expect(json(result.stdout).baseline).toMatchObject({ new: 0, unchanged: 1 });
  }, 60_000);

  it("notices a finding that went away (absent) without failing", async () => {
    writeFileSync(join(temp, "spec.yaml"), delivered());
    await check("spec.yaml", "--write-baseline", "baseline.json");
    writeFileSync(join(temp, "spec.yaml"), INVENTORY);
    const result = await check("spec.yaml", "--baseline", "baseline.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 new, 0 unchanged (not shown), 1 gone");
  }, 60_000);
});

describe("fingerprints in the JSON report", () => {
  it("every finding carries one, and the same spec under two file names gets distinct ones", async () => {
    mkdirSync(join(temp, "a"), { recursive: true });
    mkdirSync(join(temp, "b"), { recursive: true });
    writeFileSync(join(temp, "a/spec.yaml"), unencrypted(INVENTORY, "juki"));
    copyFileSync(join(temp, "a/spec.yaml"), join(temp, "b/spec.yaml"));
    // Judged alone (--each-file): joined, two copies of one inventory are one description, whose
    // findings point into the first copy.
    const joined = problems(json((await check("a/spec.yaml", "b/spec.yaml", "--format", "json", "--exit-zero")).stdout));
    expect(joined.map((f) => f.location?.file)).toEqual(["a/spec.yaml"]);
    const report = json((await check("a/spec.yaml", "b/spec.yaml", "--format", "json", "--exit-zero", "--each-file")).stdout);
    const found = problems(report);
    expect(found.map((f) => f.location?.file)).toEqual(["a/spec.yaml", "b/spec.yaml"]);
    expect(found[0]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(found[1]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(found[0]?.fingerprint).not.toBe(found[1]?.fingerprint);

    // A baseline of a/spec.yaml does not cover b/spec.yaml.
    await check("a/spec.yaml", "--write-baseline", "a.json");
    const other = await check("b/spec.yaml", "--baseline", "a.json", "--format", "json");
    expect(other.code).toBe(1);
    expect(json(other.stdout).baseline).toEqual({ file: "a.json", new: 1, unchanged: 0, absent: 1 });
  }, 60_000);

  it("an absolute path inside the working folder fingerprints like the relative one", async () => {
    writeFileSync(join(temp, "spec.yaml"), unencrypted(INVENTORY, "juki"));
    await check("spec.yaml", "--write-baseline", "baseline.json");
    const result = await check(join(temp, "spec.yaml"), "--baseline", "baseline.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 known findings of baseline .*are not shown; 0 new/);
  }, 60_000);
});

describe("bad baselines", () => {
  it("refuses a report passed as a baseline with a located ja/en error (exit 2)", async () => {
    writeFileSync(join(temp, "spec.yaml"), unencrypted(INVENTORY, "juki"));
    writeFileSync(join(temp, "report.json"), (await check("spec.yaml", "--format", "json")).stdout);
    const result = await runCli(["check", "spec.yaml", "--baseline", "report.json"], { cwd: temp });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^report\.json:\d+:\d+: error\[/m);
    expect(result.stderr).toContain("ベースラインのファイルとして読めない");
    expect(result.stderr).toContain("Not a usable baseline file");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("refuses a baseline of another fingerprint version, and a missing or broken file", async () => {
    writeFileSync(join(temp, "spec.yaml"), unencrypted(INVENTORY, "juki"));
    await check("spec.yaml", "--write-baseline", "baseline.json");
    const text = readFileSync(join(temp, "baseline.json"), "utf8");
    writeFileSync(join(temp, "old.json"), text.replace(/"fingerprintVersion": "[^"]+"/, '"fingerprintVersion": "secpolicyFinding/v1"'));
    const old = await check("spec.yaml", "--baseline", "old.json");
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("old.json:5:");
    expect(old.stderr).toContain("error[baseline-fingerprint-version]");

    writeFileSync(join(temp, "broken.json"), text.slice(0, 40));
    const broken = await check("spec.yaml", "--baseline", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.json:\d+:\d+: error\[/m);

    const missing = await check("spec.yaml", "--baseline", "nowhere.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere.json: error[file-not-found]");
  }, 60_000);

  it("never writes the baseline over an input, nor the report over the baseline", async () => {
    writeFileSync(join(temp, "spec.yaml"), unencrypted(INVENTORY, "juki"));
    const result = await check("spec.yaml", "--write-baseline", "spec.yaml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[out-is-input]");
    expect(result.stderr).toContain("--write-baseline");
    expect(readFileSync(join(temp, "spec.yaml"), "utf8")).toBe(unencrypted(INVENTORY, "juki"));
    // Nor the report over the baseline it reads.
    await check("spec.yaml", "--write-baseline", "baseline.json");
    const over = await check("spec.yaml", "--baseline", "baseline.json", "--out", "baseline.json");
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("error[out-is-input]");
    expect(JSON.parse(readFileSync(join(temp, "baseline.json"), "utf8")).tool).toBe("hitoyoshi-secpolicy");
  }, 60_000);
});
