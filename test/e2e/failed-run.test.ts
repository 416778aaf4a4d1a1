/**
 * A run stopped by bad input still writes a machine-readable report where it was asked to, so a
 * CI upload step shows the error instead of "file not found"; the exit code stays 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Report } from "../../src/model/report.js";
import { ensureBuilt } from "./build.js";
import { runCli } from "./run-cli.js";

// Each test starts the built command several times; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const BAD = "test/fixtures/hostile/unknown-field.yaml";
let temp = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-e2e-failed-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("a run with invalid input", () => {
  it("writes SARIF with executionSuccessful false and the located errors as notifications", async () => {
    const out = join(temp, "report.sarif");
    const result = await runCli(["check", BAD, "--format", "sarif", "--out", out, "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[unknown-key]");
    const run = JSON.parse(readFileSync(out, "utf8")).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const [first] = run.invocations[0].toolExecutionNotifications;
    expect(first.descriptor.id).toBe("unknown-key");
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe(BAD);
    expect(first.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    // The same position as the message on stderr.
    const region = first.locations[0].physicalLocation.region;
    expect(result.stderr).toContain(`${BAD}:${region.startLine}:${region.startColumn}: error[unknown-key]`);
  });

  it("writes JUnit with an errored test case", async () => {
    const out = join(temp, "report.xml");
    const result = await runCli(["check", BAD, "--format", "junit", "--out", out]);
    expect(result.code).toBe(2);
    const xml = readFileSync(out, "utf8");
    expect(xml).toMatch(/<testsuite name="secpolicy\/input"[^>]* errors="1"/);
    expect(xml).toContain('<error type="unknown-key"');
  });

  it("writes JSON with an errors array that the report schema accepts, to a file or stdout", async () => {
    const out = join(temp, "report.json");
    expect((await runCli(["check", BAD, "--format", "json", "--out", out])).code).toBe(2);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(Report.parse(report).errors?.[0]?.code).toBe("unknown-key");
    expect(report.results).toEqual([]);
    const schema = JSON.parse(readFileSync("schemas/report.schema.json", "utf8"));
    const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const piped = await runCli(["check", BAD, "--format", "json"]);
    expect(piped.code).toBe(2);
    expect(JSON.parse(piped.stdout).errors[0].code).toBe("unknown-key");
  });

  it("names an unreadable profile in the report and still lists every error", async () => {
    const out = join(temp, "profile.json");
    const result = await runCli(["check", BAD, "--profile", "test/fixtures/cli/profile-invalid.yaml", "--format", "json", "--out", out]);
    expect(result.code).toBe(2);
    const report = Report.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(report.profile.id).toBe("test/fixtures/cli/profile-invalid.yaml");
    expect(report.errors?.map((e) => e.file)).toEqual(["test/fixtures/cli/profile-invalid.yaml", BAD]);
  });

  it("writes nothing for the text and markdown formats (the errors are on stderr), unless a report is there to replace", async () => {
    const out = join(temp, "report.md");
    expect((await runCli(["check", BAD, "--format", "markdown", "--out", out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
