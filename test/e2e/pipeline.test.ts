/**
 * The CLI where it runs in pipelines (issue 14): the configuration file, folders and globs,
 * GitHub annotations and several outputs, check selection and thresholds, and empty input. Each
 * test builds a small project in a temporary folder and runs the built binary in it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { CONFIG_FORMATS, SecpolicyConfig } from "../../src/model/config.js";
import { Report } from "../../src/model/report.js";
import { CONFIG_TEMPLATE } from "../../src/cli/templates.js";
import { ensureBuilt, ROOT } from "./build.js";
import { runCli } from "./run-cli.js";

const EXAMPLE = join(ROOT, "examples/delivery-spec.yaml");
const LGWAN_SPEC = join(ROOT, "test/fixtures/cli/lgwan-spec.yaml");
const HIGH_ONLY = join(ROOT, "test/fixtures/cli/high-only.yaml");

let temp = "";
let counter = 0;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-pipeline-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A fresh project folder with the given files (path → text). */
function project(files: Record<string, string>): string {
  const dir = join(temp, `p${++counter}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const read = (path: string) => readFileSync(path, "utf8");
const json = (text: string) => Report.parse(JSON.parse(text));
const filesOf = (report: Report) => [...new Set(report.results.flatMap((f) => (f.location === undefined ? [] : [f.location.file])))];
const problems = (report: Report) =>
  report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived");

describe("configuration file", { timeout: 120_000 }, () => {
  const CONFIG = `inputs: [descriptions/]
waivers: waivers.yaml
outputs:
  - format: json
  - format: sarif
    out: out/report.sarif
  - format: github
    out: out/annotations.txt
failOn: high
requireEvidence: true
lang: en
asOf: "2026-05-01"
results: problems
skipChecks: [screen-lock, log-retention]
`;
  const FLAGS = [
    "descriptions/",
    "--waivers",
    "waivers.yaml",
    "-f",
    "json",
    "--format",
    "sarif:out/report.sarif",
    "-f",
    "github:out/annotations.txt",
    "--fail-on",
    "high",
    "--require-evidence",
    "--lang",
    "en",
    "--as-of",
    "2026-05-01",
    "--results",
    "problems",
    "--skip-check",
    "screen-lock",
    "--skip-check",
    "log-retention",
  ];
  const files = () => ({
    "descriptions/b.yaml": read(EXAMPLE),
    "descriptions/a.yaml": read(HIGH_ONLY),
    "waivers.yaml": "[]\n",
    "out/.keep": "",
  });

  it("gives byte-identical reports to the equivalent flags", async () => {
    const dir = project({ ...files(), "secpolicy.config.yaml": CONFIG });
    const byConfig = await runCli(["check"], { cwd: dir });
    const sarif = read(join(dir, "out/report.sarif"));
    const annotations = read(join(dir, "out/annotations.txt"));
    rmSync(join(dir, "out/report.sarif"));
    rmSync(join(dir, "out/annotations.txt"));
    const byFlags = await runCli(["check", "--no-config", ...FLAGS], { cwd: dir });
    expect(byConfig.stderr).toBe("");
    expect(byConfig.code).toBe(1);
    expect(byFlags).toEqual(byConfig);
    expect(read(join(dir, "out/report.sarif"))).toBe(sarif);
    expect(read(join(dir, "out/annotations.txt"))).toBe(annotations);
    const report = json(byConfig.stdout);
    expect(report.locale).toBe("en");
    expect(report.evaluationDate).toBe("2026-05-01");
    expect(report.results.every((f) => f.outcome !== "pass")).toBe(true);
    expect(report.results.some((f) => f.checkId === "screen-lock" || f.checkId === "log-retention")).toBe(false);
    expect(filesOf(report)).toEqual(["descriptions/a.yaml", "descriptions/b.yaml"]);
    expect(annotations).toMatch(/^::error file=descriptions\/b\.yaml,line=\d+,col=\d+,title=[a-z-]+::/m);
  });

  it("reads the secpolicy key of package.json, and a file named with --config", async () => {
    const dir = project({
      ...files(),
      "package.json": JSON.stringify({ name: "x", secpolicy: { inputs: ["descriptions/"], outputs: [{ format: "json" }] } }),
    });
    const fromPackage = await runCli(["check", "--exit-zero"], { cwd: dir });
    expect(fromPackage.stderr).toBe("");
    expect(filesOf(json(fromPackage.stdout))).toEqual(["descriptions/a.yaml", "descriptions/b.yaml"]);
    writeFileSync(join(dir, "other.json"), JSON.stringify({ inputs: ["descriptions/a.yaml"], outputs: [{ format: "json" }] }));
    const named = await runCli(["check", "-c", "other.json", "--exit-zero"], { cwd: dir });
    expect(filesOf(json(named.stdout))).toEqual(["descriptions/a.yaml"]);
    // A package.json without the key is not a configuration.
    const plain = project({ "package.json": "{}", "a.yaml": read(HIGH_ONLY) });
    expect((await runCli(["check"], { cwd: plain })).stderr).toContain("error[missing-file]");
  });

  it("is found from a sub-folder, its paths relative to its own folder", async () => {
    const dir = project({
      ...files(),
      "secpolicy.config.yml": "inputs: [descriptions/a.yaml]\noutputs: [{ format: json, out: out/r.json }]\n",
    });
    const result = await runCli(["check", "--exit-zero"], { cwd: join(dir, "descriptions") });
    expect(result.stderr).toBe("");
    expect(filesOf(json(read(join(dir, "out/r.json"))))).toEqual(["a.yaml"]);
  });

  it("yields to flags, and is ignored with --no-config", async () => {
    const dir = project({ ...files(), "secpolicy.config.yaml": "inputs: [descriptions/a.yaml]\noutputs: [{ format: json }]\nlang: en\n" });
    expect(json((await runCli(["check", "--lang", "ja", "--exit-zero"], { cwd: dir })).stdout).locale).toBe("ja");
    // The file's lang beats the environment.
    expect(json((await runCli(["check", "--exit-zero"], { cwd: dir, env: { LANG: "ja_JP.UTF-8" } })).stdout).locale).toBe("en");
    expect((await runCli(["check", "-f", "text", "--exit-zero"], { cwd: dir })).stdout).toMatch(/results:/);
    expect(filesOf(json((await runCli(["check", "descriptions/b.yaml", "--exit-zero"], { cwd: dir })).stdout))).toEqual([
      "descriptions/b.yaml",
    ]);
    expect((await runCli(["check", "--no-config"], { cwd: dir })).stderr).toContain("error[missing-file]");
  });

  it("says a missing input comes from the configuration file, and what to do (fifty-first review)", async () => {
    const dir = project({ "secpolicy.config.yaml": "inputs: [descriptions/]\noutputs: [{ format: text }]\n" });
    const result = await runCli(["check", "--lang", "en"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("named in inputs of the configuration file secpolicy.config.yaml, does not exist");
    expect(result.stderr).toContain("change inputs in secpolicy.config.yaml");
    // Named on the command line, the same folder is the command line's mistake, as before.
    expect((await runCli(["check", "descriptions/", "--lang", "en"], { cwd: dir })).stderr).not.toContain("configuration file");
  });

  it("has its requireEvidence and quiet switched off by --no-require-evidence and --no-quiet", async () => {
    // The template describes a compliant system whose evidence is still to be attached: no fail,
    // some needs-evidence. A project that sets requireEvidence and quiet in its file can still
    // run once without them, as a vendor does to see what evidence is missing.
    const template = (await runCli(["init"])).stdout;
    const dir = project({ "spec.yaml": template, "secpolicy.config.yaml": "inputs: [spec.yaml]\nrequireEvidence: true\nquiet: true\n" });
    const outcomes = (stdout: string) => [...new Set(json(stdout).results.map((f) => f.outcome))].sort();
    const configured = await runCli(["check", "-f", "json"], { cwd: dir });
    expect(configured.code).toBe(1);
    // Quiet still lists what fails the run: with requireEvidence, the needs-evidence results
    // (first-contact review: an empty list with exit 1 told the vendor nothing).
    expect(outcomes(configured.stdout)).toEqual(["needs-evidence"]);
    const off = await runCli(["check", "-f", "json", "--no-require-evidence", "--no-quiet"], { cwd: dir });
    expect(off.stderr).toBe("");
    expect(off.code).toBe(0);
    expect(outcomes(off.stdout)).toContain("needs-evidence");
    expect((await runCli(["check", "-f", "json", "--no-require-evidence"], { cwd: dir })).code).toBe(0);
    for (const name of ["require-evidence", "quiet"]) {
      const both = await runCli(["check", `--${name}`, `--no-${name}`, "--lang", "en"], { cwd: dir });
      expect(both.code).toBe(2);
      expect(both.stderr).toContain(`error[conflicting-options]: --${name} and --no-${name} were both given`);
    }
  });

  it("reports a bad configuration at its line in both languages, with a did-you-mean", async () => {
    const dir = project({ ...files(), "secpolicy.config.yaml": "inputs: [descriptions/]\nfailOn: hihg\n" });
    const bad = await runCli(["check"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^secpolicy\.config\.yaml:2:\d+: error\[[a-z-]+\]/m);
    expect(bad.stderr).toMatch(/"high"/);
    const unknown = project({ ...files(), "secpolicy.config.yaml": "inputs: [descriptions/]\nskipChecks: [screen-lok]\nfromat: json\n" });
    const second = await runCli(["check"], { cwd: unknown });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("secpolicy.config.yaml:3:1: error[unknown-key]");
    const checks = project({ ...files(), "secpolicy.config.yaml": "inputs: [descriptions/]\nskipChecks: [screen-lok]\n" });
    const third = await runCli(["check"], { cwd: checks });
    expect(third.stderr).toContain("secpolicy.config.yaml:2:14: error[unknown-check]");
    expect(third.stderr).toContain("screen-lock の誤りではないか / Did you mean screen-lock?");
    expect((await runCli(["check", "--config", "nope.yaml"], { cwd: checks })).stderr).toContain("nope.yaml: error[config-not-found]");
  });

  it("is written by init --template config, passes its model and works as written", async () => {
    const parsed = SecpolicyConfig.safeParse(parseDocument(CONFIG_TEMPLATE).toJS());
    expect(parsed.success).toBe(true);
    const dir = project(files());
    expect((await runCli(["init", "--template", "config", "--out", "secpolicy.config.yaml"], { cwd: dir })).code).toBe(0);
    expect(read(join(dir, "secpolicy.config.yaml"))).toBe(CONFIG_TEMPLATE);
    expect(CONFIG_TEMPLATE.split("\n")[0]).toContain("config.schema.json");
    const result = await runCli(["check"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("descriptions/b.yaml:");
    expect(JSON.parse(read(join(dir, "secpolicy.sarif"))).version).toBe("2.1.0");
    expect((await runCli(["schema", "config"])).stdout).toBe(read(join(ROOT, "schemas/config.schema.json")));
  });
});

describe("folders and globs", { timeout: 120_000 }, () => {
  const files = () => ({
    "specs/z.yaml": read(HIGH_ONLY),
    "specs/a/b.yaml": read(EXAMPLE),
    "specs/a/notes.txt": "not a description",
    "specs/m.json": JSON.stringify(parseDocument(read(LGWAN_SPEC)).toJS()),
    "specs/node_modules/x.yaml": "not: checked\n",
    "specs/.hidden.yaml": "not: checked\n",
  });

  it("checks every description in a folder in sorted order, each finding naming its file", async () => {
    const dir = project(files());
    const result = await runCli(["check", "specs/", "--format", "json", "--exit-zero"], { cwd: dir });
    expect(result.stderr).toBe("");
    const report = json(result.stdout);
    // One description of the three files: results follow the checks, each naming the file it points into.
    expect(filesOf(report).sort()).toEqual(["specs/a/b.yaml", "specs/m.json", "specs/z.yaml"]);
    for (const f of problems(report)) expect(f.location?.file).toMatch(/^specs\//);
    // The same files named one by one, in another order, give the same report.
    const named = await runCli(["check", "specs/a/b.yaml", "specs/m.json", "specs/z.yaml", "--format", "json", "--exit-zero"], {
      cwd: dir,
    });
    expect(named.stdout).toBe(result.stdout);
  });

  it("expands a quoted glob, and checks a file named twice once", async () => {
    const dir = project(files());
    const result = await runCli(["check", "specs/**/*.yaml", "specs/z.yaml", "--format", "json", "--exit-zero"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(filesOf(json(result.stdout)).sort()).toEqual(["specs/a/b.yaml", "specs/z.yaml"]);
  });

  it("reads a file reached twice through symbolic links once", async () => {
    // First-contact review: `current.yaml -> z.yaml` beside it, or a link to a parent folder,
    // doubled every finding of the file.
    const dir = project(files());
    symlinkSync("z.yaml", join(dir, "specs", "current.yaml"));
    symlinkSync("..", join(dir, "specs", "a", "up"));
    const result = await runCli(["check", "specs/", "--format", "json", "--exit-zero"], { cwd: dir });
    expect(result.stderr).toBe("");
    const report = json(result.stdout);
    expect(filesOf(report)).toHaveLength(3);
    const plain = json(
      (await runCli(["check", "specs/a/b.yaml", "specs/m.json", "specs/z.yaml", "--format", "json", "--exit-zero"], { cwd: dir })).stdout,
    );
    expect(report.results).toHaveLength(plain.results.length);
  });

  it("does not read the run's own outputs as descriptions", async () => {
    const dir = project(files());
    const first = await runCli(["check", "specs/", "-f", "json:specs/report.json", "--exit-zero"], { cwd: dir });
    expect(first.stderr).toBe("");
    const again = await runCli(["check", "specs/", "-f", "json:specs/report.json", "--exit-zero"], { cwd: dir });
    expect(again.stderr).toBe("");
    expect(filesOf(json(read(join(dir, "specs/report.json")))).sort()).toEqual(["specs/a/b.yaml", "specs/m.json", "specs/z.yaml"]);
  });

  it("treats a folder or glob that matches nothing as an error, not a pass, in both languages", async () => {
    const dir = project({ ...files(), "empty/readme.txt": "" });
    const none = await runCli(["check", "specs/**/*.yml"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("specs/**/*.yml: error[no-match]");
    expect(none.stderr).toMatch(/一致するファイルがない/);
    expect(none.stderr).toMatch(/No file matches/);
    const empty = await runCli(["check", "empty", "--format", "json", "--lang", "en"], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("empty: error[no-descriptions]");
    // A machine format still gets a report of the failed run.
    expect(json(empty.stdout).errors?.[0]?.code).toBe("no-descriptions");
  });
});

describe("outputs", { timeout: 120_000 }, () => {
  it("writes text to the terminal and SARIF and GitHub annotations to files in one run", async () => {
    const dir = project({ "spec.yaml": read(LGWAN_SPEC) });
    const result = await runCli(["check", "spec.yaml", "-f", "text", "-f", "sarif:out.sarif", "-f", "github:gh.txt", "--lang", "en"], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe((await runCli(["check", "spec.yaml", "--lang", "en"], { cwd: dir })).stdout);
    expect(read(join(dir, "out.sarif"))).toBe((await runCli(["check", "spec.yaml", "-f", "sarif", "--lang", "en"], { cwd: dir })).stdout);
    const github = read(join(dir, "gh.txt"));
    expect(github).toBe((await runCli(["check", "spec.yaml", "--format=github", "--lang", "en"], { cwd: dir })).stdout);
    expect(github).toMatch(/^::error file=spec\.yaml,line=28,col=5,title=lgwan-no-direct-internet::/m);
    // -o names the one format without a file.
    expect((await runCli(["check", "spec.yaml", "-f", "json", "-f", "sarif:b.sarif", "-o", "a.json"], { cwd: dir })).stdout).toBe("");
    expect(json(read(join(dir, "a.json"))).results.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "b.sarif"))).toBe(true);
  });

  it("refuses two outputs on standard output, a file named twice and an output over an input", async () => {
    const dir = project({ "spec.yaml": read(LGWAN_SPEC) });
    expect((await runCli(["check", "spec.yaml", "-f", "json", "-f", "text"], { cwd: dir })).stderr).toContain("error[stdout-twice]");
    expect((await runCli(["check", "spec.yaml", "-f", "json:a", "-f", "sarif:a"], { cwd: dir })).stderr).toContain("error[out-twice]");
    expect((await runCli(["check", "spec.yaml", "-f", "json:spec.yaml"], { cwd: dir })).stderr).toContain("error[out-is-input]");
    expect((await runCli(["check", "spec.yaml", "-f", "jsn"], { cwd: dir })).stderr).toContain("Did you mean json?");
    expect(read(join(dir, "spec.yaml"))).toBe(read(LGWAN_SPEC));
  });

  it("lists the formats", async () => {
    const result = await runCli(["check", "--list-formats", "--lang", "en"]);
    expect(result.code).toBe(0);
    const names = result.stdout
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(names).toEqual([...CONFIG_FORMATS]);
  });
});

describe("check selection and thresholds", { timeout: 120_000 }, () => {
  it("runs only --check, skips --skip-check, and suggests a check for a typo", async () => {
    const dir = project({ "spec.yaml": read(LGWAN_SPEC) });
    const only = json(
      (await runCli(["check", "spec.yaml", "-f", "json", "--check", "lgwan-no-direct-internet", "--exit-zero"], { cwd: dir })).stdout,
    );
    expect(new Set(only.results.map((f) => f.checkId))).toEqual(new Set(["lgwan-no-direct-internet"]));
    const skipped = json(
      (await runCli(["check", "spec.yaml", "-f", "json", "--skip-check", "lgwan-no-direct-internet", "--exit-zero"], { cwd: dir })).stdout,
    );
    expect(skipped.results.some((f) => f.checkId === "lgwan-no-direct-internet")).toBe(false);
    expect(skipped.results.length).toBeGreaterThan(0);
    const typo = await runCli(["check", "spec.yaml", "--check", "lgwan-no-direct-internt"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean lgwan-no-direct-internet?");
  });

  it("--quiet lists failures only, keeping the exit code", async () => {
    const dir = project({ "spec.yaml": read(LGWAN_SPEC) });
    const quiet = await runCli(["check", "spec.yaml", "-q", "-f", "json"], { cwd: dir });
    const loud = await runCli(["check", "spec.yaml", "-f", "json"], { cwd: dir });
    expect(quiet.code).toBe(loud.code);
    const outcomes = new Set(json(quiet.stdout).results.map((f) => f.outcome));
    expect(outcomes).toEqual(new Set(["fail"]));
    expect(json(quiet.stdout).summary).toEqual(json(loud.stdout).summary);
  });

  it("--max-warnings fails the run on more needs-evidence findings than allowed", async () => {
    // high-only.yaml has no failures at low severity once --fail-on critical, but it lacks evidence.
    const dir = project({ "spec.yaml": read(LGWAN_SPEC) });
    const report = json((await runCli(["check", "spec.yaml", "-f", "json", "--exit-zero"], { cwd: dir })).stdout);
    const warnings = report.results.filter((f) => f.outcome === "needs-evidence").length;
    expect(warnings).toBeGreaterThan(0);
    const args = ["check", "spec.yaml", "--skip-check", "lgwan-no-direct-internet", "--fail-on", "critical", "-f", "json"];
    const base = await runCli(args, { cwd: dir });
    const baseWarnings = json(base.stdout).results.filter((f) => f.outcome === "needs-evidence").length;
    const failingCritical = json(base.stdout).results.some((f) => f.outcome === "fail" && f.severity === "critical");
    expect(failingCritical).toBe(base.code === 1);
    if (failingCritical) return;
    expect((await runCli([...args, "--max-warnings", String(baseWarnings)], { cwd: dir })).code).toBe(0);
    expect((await runCli([...args, "--max-warnings", String(baseWarnings - 1)], { cwd: dir })).code).toBe(1);
    expect((await runCli([...args, "--max-warnings", "x"], { cwd: dir })).stderr).toContain("error[invalid-option-value]");
  });
});

describe("empty input is not a pass", { timeout: 120_000 }, () => {
  it("refuses a description without systems, located, in both languages, with a machine report", async () => {
    const dir = project({ "empty.yaml": 'title: nothing\nevaluationDate: "2026-04-01"\nsystems: []\n' });
    const result = await runCli(["check", "empty.yaml", "-f", "sarif"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("empty.yaml:3:1: error[no-systems]");
    expect(result.stderr).toContain("記述に情報システム（systems）が1つもない");
    expect(result.stderr).toContain("The description lists no systems");
    const sarif = JSON.parse(result.stdout) as { runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(sarif.runs[0]?.invocations[0]?.executionSuccessful).toBe(false);
  });

  it("refuses a description whose every system is described elsewhere", async () => {
    // Twenty-ninth review: a vendor copied the guide's stub onto its own system and got 「指摘事項なし」, exit 0.
    const dir = project({
      "stub.yaml":
        'evaluationDate: "2026-04-01"\nsystems:\n  - { id: groupware, name: グループウェア, zone: lgwan, describedElsewhere: true }\n',
    });
    const result = await runCli(["check", "stub.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("stub.yaml:2:1: error[no-systems]");
    expect(result.stderr).toContain("describedElsewhere: true");
  });

  it("judges a spec of lines only: an existing system as a stub and a line into it (thirtieth review)", async () => {
    const dir = project({
      "line.yaml":
        'evaluationDate: "2026-04-01"\nsystems:\n  - { id: gw, name: グループウェア, zone: lgwan, describedElsewhere: true }\nconnections:\n  - { id: vpn, from: { external: vendor-network, service: 保守センター }, to: { system: gw }, transport: internet-vpn }\n',
    });
    const result = await runCli(["check", "line.yaml", "-f", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { results: { checkId: string; outcome: string; severity: string }[] };
    expect(report.results.some((r) => r.outcome === "fail" && r.severity === "critical")).toBe(true);
  });

  it("refuses more systems than the input limit admits, before evaluating them", async () => {
    // First-contact review: 10 MB of bare systems ({"id","name"}) ran the process out of memory
    // (a V8 abort, exit 134). One system per 640 bytes of the limit: 0.01 MiB admits 16.
    const systems = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `システム${i}` }));
    const dir = project({ "many.json": JSON.stringify({ evaluationDate: "2026-04-01", systems }) });
    const result = await runCli(["check", "many.json", "--max-input-mib", "0.01"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("many.json:1:32: error[too-many-systems]");
    expect(result.stderr).toContain("記述のシステム（systems）が 20 件あり、入力の上限（0.01 MiB）で評価できる 16 件を超える");
    expect((await runCli(["check", "many.json", "--max-input-mib", "0.02", "--exit-zero"], { cwd: dir })).code).toBe(0);
  });

  it("refuses a run in which no check applied", async () => {
    const dir = project({ "spec.yaml": read(HIGH_ONLY) });
    // The My Number zone check has nothing to judge in a spec without My Number systems.
    const report = json((await runCli(["check", "spec.yaml", "-f", "json", "--exit-zero"], { cwd: dir })).stdout);
    // Not one that leaves a missing block to another check: run alone, such a check asks for it itself.
    const idle = [...new Set(report.results.map((f) => f.checkId))].find((id) =>
      report.results.filter((f) => f.checkId === id).every((f) => f.outcome === "not-applicable" && f.data?.reason !== "asked-elsewhere"),
    );
    expect(idle).toBeDefined();
    const result = await runCli(["check", "spec.yaml", "--check", idle as string, "--lang", "en"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("spec.yaml: error[nothing-evaluated]");
    expect(result.stderr).toContain("Nothing was evaluated");
  });
});
