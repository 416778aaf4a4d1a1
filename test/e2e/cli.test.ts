import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { builtinChecks } from "../../src/checks/index.js";
import { Report } from "../../src/model/report.js";
import { VERSION } from "../../src/version.js";
import { CLI, ensureBuilt } from "./build.js";
import { runBuiltCli, runCli } from "./run-cli.js";

// Each test starts the built command several times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const EXAMPLE = "examples/delivery-spec.yaml";
/** A small spec whose LGWAN tax system reaches the internet directly (line 28). */
const LGWAN_SPEC = "test/fixtures/cli/lgwan-spec.yaml";
const HIGH_ONLY = "test/fixtures/cli/high-only.yaml";
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-e2e-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const json = (text: string) => Report.parse(JSON.parse(text));

describe("the binary", () => {
  it("starts with a shebang so npm can link it as a bin", async () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("prints the version", async () => {
    expect(await runCli(["--version"])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it.each(["", "check", "init", "schema", "checks", "explain"])("prints help for %s in both languages", async (command) => {
    const args = command === "" ? ["--help"] : [command, "--help"];
    const ja = await runCli(args);
    const en = await runCli(args, { env: { LANG: "en_US.UTF-8" } });
    expect(ja.code).toBe(0);
    expect(en.code).toBe(0);
    expect(ja.stdout).toMatch(/使い方/);
    expect(en.stdout).toMatch(/Usage/);
    expect((await runCli([...args, "--lang", "en"])).stdout).toBe(en.stdout);
  });

  it("exits 2 with usage when run without a command", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("secpolicy <コマンド>");
  });

  it("rejects an unknown command with a suggestion", async () => {
    const result = await runCli(["chek", EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[unknown-command]");
    expect(result.stderr).toContain('Unknown command "chek"');
    expect(result.stderr).toContain("Did you mean check?");
  });

  it("rejects unknown options in both languages with a usage hint", async () => {
    const result = await runCli(["check", "--formt", "json", EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[unknown-option]: 不明なオプション --formt / Unknown option --formt");
    expect(result.stderr).toContain("Did you mean --format?");
    expect(result.stderr).toContain("secpolicy check --help");
  });

  it.each([
    ["--output", "--out"],
    ["--evaluation-date", "--as-of"],
  ])("points %s, the name people try first, to %s (fifty-first review)", async (tried, meant) => {
    const result = await runCli(["check", tried, "x", EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Did you mean ${meant}?`);
  });

  it.each([
    [["check", "--format", "yaml", EXAMPLE], "Allowed: text | json | sarif | junit | markdown"],
    [["check", "--fail-on", "hihg", EXAMPLE], "Did you mean high?"],
    [["check", "--as-of", "2026-02-30", EXAMPLE], '--as-of "2026-02-30" is not a date'],
    [["check"], "Name at least one description file"],
    [["check", "-", "-"], "only once"],
    [["check", "--out"], "Invalid value for option"],
  ])("exits 2 on bad usage: %j", async (args, fragment) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fragment);
  });
});

describe("secpolicy check", () => {
  it.each(["text", "json", "sarif", "junit", "markdown"])("writes the %s report and exits 1 for failing findings", async (format) => {
    const result = await runCli(["check", EXAMPLE, "--format", format]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.length).toBeGreaterThan(100);
    expect(result.stdout.endsWith("\n")).toBe(true);
    expect(result.stdout).not.toContain("\u001b[");
    if (format === "json" || format === "sarif") JSON.parse(result.stdout);
    if (format === "junit") expect(result.stdout).toMatch(/^<\?xml/);
    if (format === "text") expect(result.stdout).toContain(`${EXAMPLE}:`);
  });

  it("locates reported findings in the file and leaves passes unlocated", async () => {
    const report = json((await runCli(["check", LGWAN_SPEC, "--format", "json"])).stdout);
    const fail = report.results.find((f) => f.checkId === "lgwan-no-direct-internet");
    expect(fail?.location).toEqual({ file: LGWAN_SPEC, line: 28, column: 5 });
    for (const f of report.results) {
      expect(f.location !== undefined).toBe(f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived");
    }
  });

  it("reads JSON and YAML from stdin", async () => {
    const yaml = readFileSync(EXAMPLE, "utf8");
    const fromYaml = json(runBuiltCli(["check", "-", "--format", "json"], { input: yaml }).stdout);
    const fromFile = json((await runCli(["check", EXAMPLE, "--format", "json"])).stdout);
    expect(fromYaml.summary).toEqual(fromFile.summary);
    expect(fromYaml.results.find((f) => f.outcome === "fail")?.location?.file).toBe("<stdin>");
    // The report names what it read as the user named it: the path given, or <stdin>.
    const title = fromFile.sources?.[0]?.title;
    expect(title).toEqual(expect.any(String));
    expect(fromFile.sources).toEqual([{ file: EXAMPLE, title }]);
    expect(fromYaml.sources).toEqual([{ file: "<stdin>", title }]);
  });

  it("evaluates JSON files and locates their findings", async () => {
    const file = join(temp, "spec.json");
    writeFileSync(file, JSON.stringify(parse(readFileSync(LGWAN_SPEC, "utf8")), null, 2));
    const report = json((await runCli(["check", file, "--format", "json"])).stdout);
    const fail = report.results.find((f) => f.checkId === "lgwan-no-direct-internet");
    expect(fail?.location?.file).toBe(file);
    expect(fail?.location?.line).toBeGreaterThan(1);
  });

  it.each([
    [[HIGH_ONLY], 1],
    [[HIGH_ONLY, "--fail-on", "high"], 1],
    [[HIGH_ONLY, "--fail-on", "critical"], 0],
    [[HIGH_ONLY, "--fail-on", "critical", "--require-evidence"], 1],
    [[EXAMPLE, "--fail-on", "critical"], 1],
    [[EXAMPLE, "--exit-zero"], 0],
    [[EXAMPLE, "--exit-zero", "--require-evidence"], 0],
  ])("exit code for %j is %i", async (args, code) => {
    expect((await runCli(["check", ...args, "--format", "json"])).code).toBe(code);
  });

  it("exits 0 for a description without failures, 1 with --require-evidence", async () => {
    const template = (await runCli(["init"])).stdout;
    expect(runBuiltCli(["check", "-"], { input: template }).code).toBe(0);
    expect(runBuiltCli(["check", "-", "--require-evidence"], { input: template }).code).toBe(1);
  });

  it("with --each-file, merges the reports of several files judged alone into one report", async () => {
    // Joined (the default), the description-wide checks run once for both files: test/e2e/joined-run.test.ts.
    const one = json((await runCli(["check", EXAMPLE, "--format", "json"])).stdout);
    const two = json((await runCli(["check", HIGH_ONLY, "--format", "json"])).stdout);
    const both = json((await runCli(["check", EXAMPLE, HIGH_ONLY, "--format", "json", "--each-file"])).stdout);
    expect(both.results).toHaveLength(one.results.length + two.results.length);
    expect(both.summary.total).toBe(one.summary.total + two.summary.total);
    expect(both.summary.byOutcome.fail).toBe(one.summary.byOutcome.fail + two.summary.byOutcome.fail);
    const files = new Set(both.results.flatMap((f) => (f.location === undefined ? [] : [f.location.file])));
    expect([...files]).toEqual([EXAMPLE, HIGH_ONLY]);
  });

  it("needs --as-of when files disagree on the evaluation date", async () => {
    const other = join(temp, "other-date.yaml");
    writeFileSync(other, readFileSync(HIGH_ONLY, "utf8").replace('evaluationDate: "2026-04-01"', 'evaluationDate: "2026-05-01"'));
    const result = await runCli(["check", EXAMPLE, other]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[evaluation-date-mismatch]");
    const report = json((await runCli(["check", EXAMPLE, other, "--as-of", "2026-06-01", "--format", "json"])).stdout);
    expect(report.evaluationDate).toBe("2026-06-01");
  });

  it("uses today when the description has no evaluation date", async () => {
    const undated = readFileSync(HIGH_ONLY, "utf8").replace(/^evaluationDate:.*\n/m, "");
    const run = runBuiltCli(["check", "-", "--format", "json", "--lang", "en"], { input: undated });
    const report = json(run.stdout);
    expect(report.evaluationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Said, not silent (fifty-fourth review).
    expect(run.stderr).toContain(`so today (${report.evaluationDate}) was used`);
  });

  it("says nothing of today's date when a file could not be read (it may be the one that states the date)", async () => {
    // Sixty-seventh review: the dated file held an invalid date, the other none; the run stopped, yet stderr said today was used.
    const undated = join(temp, "undated.yaml");
    writeFileSync(undated, readFileSync(HIGH_ONLY, "utf8").replace(/^evaluationDate:.*\n/m, ""));
    const broken = join(temp, "broken-date.yaml");
    writeFileSync(
      broken,
      'evaluationDate: "2026-05-20"\nvendors:\n  - { id: v, name: V, contract: { reference: R1, validUntil: 令和7年度末 } }\n',
    );
    const result = await runCli(["check", undated, broken, "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2026-03-31");
    expect(result.stderr).not.toContain("was used");
  });

  it("warns when a description dates itself after today, and not when the evaluator gives that date (fifty-first review)", async () => {
    const future = readFileSync(HIGH_ONLY, "utf8").replace(/^evaluationDate:.*$/m, 'evaluationDate: "2999-01-01"');
    const own = runBuiltCli(["check", "-", "--format", "github", "--lang", "en"], { input: future });
    expect(own.stderr).toContain("2999-01-01 is the description's own evaluationDate and lies after today");
    // The CI format carries the date's source as a notice.
    expect(own.stdout).toContain("::notice title=secpolicy::The evaluation date 2999-01-01 is the description's own evaluationDate");
    const given = runBuiltCli(["check", "-", "--format", "github", "--lang", "en", "--as-of", "2999-01-01"], { input: future });
    expect(given.stderr).not.toContain("after today");
    expect(given.stdout).not.toContain("description's own evaluationDate");
  });

  it("writes the report in English with --lang en or LANG=en_US.UTF-8", async () => {
    expect(json((await runCli(["check", EXAMPLE, "--format", "json", "--lang", "en"])).stdout).locale).toBe("en");
    expect(json((await runCli(["check", EXAMPLE, "--format", "json"], { env: { LANG: "en_US.UTF-8" } })).stdout).locale).toBe("en");
    expect(json((await runCli(["check", EXAMPLE, "--format", "json"], { env: { LANG: "ja_JP.UTF-8" } })).stdout).locale).toBe("ja");
  });

  it("writes --out atomically and byte-identically", async () => {
    const out = join(temp, "report.sarif");
    expect((await runCli(["check", EXAMPLE, "--format", "sarif", "--out", out])).code).toBe(1);
    const first = readFileSync(out);
    expect((await runCli(["check", EXAMPLE, "--format", "sarif", "--out", out])).code).toBe(1);
    expect(readFileSync(out).equals(first)).toBe(true);
    expect(readdirSync(temp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(first.toString("utf8")).toBe((await runCli(["check", EXAMPLE, "--format", "sarif"])).stdout);
  });

  it("replaces an earlier report file for people with the errors of a run that stopped", async () => {
    // First-contact review: a run stopped by invalid input left the previous report.html in place,
    // to be read as this run's.
    const out = join(temp, "stale.html");
    expect((await runCli(["check", EXAMPLE, "-f", `html:${out}`, "--exit-zero"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<!DOCTYPE html>");
    const broken = join(temp, "broken.yaml");
    writeFileSync(broken, "systems:\n  - id: x\n    zone: lgwn\n");
    const stopped = await runCli(["check", broken, "-f", `html:${out}`]);
    expect(stopped.code).toBe(2);
    const page = readFileSync(out, "utf8");
    expect(page).toContain("評価できなかった（入力の誤り）");
    expect(page).toContain("error[invalid-value]");
    expect(page).not.toContain("<script");
  });

  it("leaves no file when the output folder does not exist", async () => {
    const out = join(temp, "missing", "report.json");
    const result = await runCli(["check", EXAMPLE, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[output-unwritable]");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a baseline written over the report's own file (fifty-third review)", async () => {
    const same = join(temp, "same-file.json");
    const result = await runCli(["check", EXAMPLE, "-f", `json:${same}`, "--write-baseline", same]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[out-twice]");
    expect(existsSync(same)).toBe(false);
  });

  it("writes none of several outputs when one cannot be written (fifty-first review)", async () => {
    const written = join(temp, "several-ok.txt");
    const baseline = join(temp, "several-baseline.json");
    const result = await runCli([
      "check",
      EXAMPLE,
      "-f",
      `text:${written}`,
      "-f",
      `sarif:${join(temp, "missing", "r.sarif")}`,
      "--write-baseline",
      baseline,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[output-unwritable]");
    expect(existsSync(written)).toBe(false);
    expect(existsSync(baseline)).toBe(false);
  });

  it("applies a profile file and locates its errors", async () => {
    const report = json((await runCli(["check", EXAMPLE, "--profile", "test/fixtures/cli/profile.yaml", "--format", "json"])).stdout);
    expect(report.profile.id).toBe("test-profile");
    expect(report.results.find((f) => f.checkId === "boundary-ports-restricted")?.severity).toBe("low");
    const bad = await runCli(["check", EXAMPLE, "--profile", "test/fixtures/cli/profile-invalid.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('test/fixtures/cli/profile-invalid.yaml:4:1: error[unknown-key]: 不明な項目 "networkModle"');
  });

  it("applies a waivers file and locates its errors", async () => {
    // The exception is approved by 副市長: applied once the organisation lists 副市長 as the CISO.
    const withRoles = join(temp, "lgwan-with-roles.yaml");
    writeFileSync(
      withRoles,
      `${readFileSync(LGWAN_SPEC, "utf8")}municipality:\n  name: 人吉市\n  roles:\n    - { role: ciso, person: 副市長 }\n`,
    );
    const report = json((await runCli(["check", withRoles, "--waivers", "test/fixtures/cli/waivers.yaml", "--format", "json"])).stdout);
    expect(report.results.find((f) => f.checkId === "lgwan-no-direct-internet")?.outcome).toBe("waived");
    // First-contact review: without the organisation the approver cannot be verified, and the
    // exception waives nothing; exceptions-valid says why. The run fails on the finding.
    const unverified = await runCli(["check", LGWAN_SPEC, "--waivers", "test/fixtures/cli/waivers.yaml", "--format", "json"]);
    expect(unverified.code).toBe(1);
    const results = json(unverified.stdout).results;
    expect(results.find((f) => f.checkId === "lgwan-no-direct-internet")?.outcome).toBe("fail");
    expect(results.filter((f) => f.checkId === "exceptions-valid").map((f) => f.messageId)).toContain("approverUnverified");
    const bad = await runCli(["check", LGWAN_SPEC, "--waivers", "test/fixtures/cli/waivers-invalid.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("test/fixtures/cli/waivers-invalid.yaml:7:3: error[waiver-expires-before-approval]");
  });

  it("reports every unreadable file, not just the first", async () => {
    const result = await runCli(["check", "test/fixtures/hostile/duplicate-key.yaml", "test/fixtures/hostile/unknown-field.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[duplicate-key]");
    expect(result.stderr).toContain("error[unknown-key]");
  });
});

describe("secpolicy init", () => {
  it.each(["delivery-spec", "inventory"])("prints a %s template that passes validation as written", async (template) => {
    const text = (await runCli(["init", "--template", template])).stdout;
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.+description\.schema\.json$/);
    expect(text).toMatch(/[ぁ-んァ-ン]/);
    const result = runBuiltCli(["check", "-", "--format", "json"], { input: text });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("writes --out and refuses to overwrite without --force", async () => {
    const out = join(temp, "system.yaml");
    expect((await runCli(["init", "--out", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe((await runCli(["init"])).stdout);
    const again = await runCli(["init", "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("error[file-exists]");
    expect((await runCli(["init", "--out", out, "--force", "--template", "inventory"])).code).toBe(0);
  });
});

describe("secpolicy schema", () => {
  it.each(["description", "profile", "report"])("prints the published %s schema", async (name) => {
    const result = await runCli(["schema", name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(`schemas/${name}.schema.json`, "utf8"));
  });

  it("prints the description schema by default and rejects unknown names", async () => {
    expect((await runCli(["schema"])).stdout).toBe(readFileSync("schemas/description.schema.json", "utf8"));
    const bad = await runCli(["schema", "profil"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Did you mean profile?");
    // The name is an argument, not an option: it is named as the usage line names it.
    expect(bad.stderr).toContain('<name> に "profil" は使えない');
    expect(bad.stderr).not.toContain("--name");
  });
});

describe("secpolicy checks and explain", () => {
  it("lists every built-in check in text, json and markdown", async () => {
    const text = (await runCli(["checks"])).stdout;
    const list = JSON.parse((await runCli(["checks", "--format", "json"])).stdout) as { id: string }[];
    const markdown = (await runCli(["checks", "--format", "markdown"])).stdout;
    expect(list.map((c) => c.id)).toEqual(builtinChecks.map((c) => c.meta.id));
    for (const check of builtinChecks) {
      expect(text).toContain(check.meta.id);
      expect(markdown).toContain(`\`${check.meta.id}\``);
    }
  });

  it("explains a check with its clause text, basis, messages and remediation", async () => {
    const result = await runCli(["explain", "mynumber-terminal-mfa"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("6(3)①");
    expect(result.stdout).toContain("多要素認証の導入");
    expect(result.stdout).toMatch(/根拠: (基本方針|ガイドライン|推奨される運用)（(policy|guideline|practice)/);
    const en = await runCli(["explain", "mynumber-terminal-mfa", "--lang", "en"]);
    expect(en.stdout).toContain("Remediation:");
    expect(JSON.parse((await runCli(["explain", "mynumber-terminal-mfa", "--format", "json"])).stdout).id).toBe("mynumber-terminal-mfa");
  });

  it("suggests the closest id for an unknown check", async () => {
    const result = await runCli(["explain", "mynumber-terminal-mfaa"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "mynumber-terminal-mfa"?');
  });
});
