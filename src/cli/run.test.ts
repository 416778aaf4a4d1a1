/** The command line in process: language handling, option rules and where findings are located. */
import { describe, expect, it } from "vitest";
import { run, splitLanguage } from "./run.js";

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: {
      write: (t: string) => {
        stdout += t;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
      },
    },
    env,
    today: () => "2026-04-01",
  });
  return { code, stdout, stderr };
}

const JA = /[ぁ-んァ-ン一-龯]/;

describe("--lang", () => {
  it("is taken from before or after the command, and is removed from the arguments", () => {
    expect(splitLanguage(["--lang", "en", "check", "a.yaml"], {})).toEqual({ lang: "en", chosen: true, rest: ["check", "a.yaml"] });
    expect(splitLanguage(["check", "a.yaml", "--lang=en"], {})).toEqual({ lang: "en", chosen: true, rest: ["check", "a.yaml"] });
    expect(splitLanguage(["check", "--", "--lang", "en"], {})).toEqual({
      lang: "ja",
      chosen: false,
      rest: ["check", "--", "--lang", "en"],
    });
    expect(splitLanguage(["check"], { LANG: "en_US.UTF-8" })).toMatchObject({ lang: "en", chosen: true });
    expect(splitLanguage(["check"], {})).toMatchObject({ lang: "ja", chosen: false });
  });

  it("makes errors monolingual wherever it stands", async () => {
    for (const args of [
      ["--lang", "en", "check", "missing.yaml"],
      ["check", "--lang", "en", "missing.yaml"],
      ["check", "missing.yaml", "--lang=en"],
    ]) {
      const { code, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr).toContain("missing.yaml: error[file-not-found]: No such file");
      expect(stderr, args.join(" ")).not.toMatch(JA);
    }
    const ja = await cli(["check", "missing.yaml", "--lang", "ja"]);
    expect(ja.stderr).toContain("ファイルが見つからない");
    expect(ja.stderr).not.toContain("No such file");
    // Without a choice (no --lang, no LANG) errors stay bilingual.
    const both = await cli(["check", "missing.yaml"]);
    expect(both.stderr).toContain("ファイルが見つからない / No such file");
  }, 30_000);

  it("works with --help before or after the command", async () => {
    const main = await cli(["--lang", "en", "--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("Usage:");
    expect(main.stderr).toBe("");
    const check = await cli(["--lang", "en", "check", "--help"]);
    expect(check.stdout).toContain("Usage: secpolicy check");
    expect((await cli(["check", "--help", "--lang=en"])).stdout).toBe(check.stdout);
  });

  it("alone prints the usage and exits 2 instead of running check", async () => {
    const result = await cli(["--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage:");
    expect(result.stderr).toBe("");
  });

  it("refuses a missing or repeated value", async () => {
    expect((await cli(["check", "a.yaml", "--lang"])).stderr).toContain("error[invalid-option-value]");
    const twice = await cli(["--lang", "en", "check", "--lang", "ja", "a.yaml"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("error[repeated-option]");
  });
});

describe("single-valued options", () => {
  it.each([
    [["check", "a.yaml", "--out", "a.json", "-o", "b.json"], "--out was given 2 times"],
    [["check", "a.yaml", "--profile", "p.yaml", "--profile", "q.yaml"], "--profile was given 2 times"],
    [["check", "a.yaml", "--as-of", "2026-01-01", "--as-of=2026-02-01"], "--as-of was given 2 times"],
    [["init", "--template", "inventory", "--template", "delivery-spec"], "--template was given 2 times"],
    [["schema", "report", "--out", "a", "--out", "b"], "--out was given 2 times"],
  ])("are an error when repeated: %j", async (args, message) => {
    const result = await cli([...args, "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[repeated-option]");
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("takes several formats, but only one of them on standard output", async () => {
    const result = await cli(["check", "a.yaml", "--format", "json", "--format", "sarif", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[stdout-twice]");
    expect(result.stderr).toContain("-f sarif:report.sarif");
  });

  it("points a repeated --out at FORMAT:FILE", async () => {
    const result = await cli(["check", "a.yaml", "-o", "a.json", "-o", "b.json", "--lang", "en"]);
    expect(result.stderr).toContain("-f FORMAT:FILE");
  });

  it("lets flags be repeated (no value is lost)", async () => {
    const result = await cli(["check", "examples/delivery-spec.yaml", "--exit-zero", "--exit-zero", "--format", "json"]);
    expect(result.code).toBe(0);
  }, 30_000);
});

describe("findings about exceptions from --waivers", () => {
  it("point into the waivers file, with the file's own pointer", async () => {
    const args = ["check", "test/fixtures/cli/lgwan-spec.yaml", "--waivers", "test/fixtures/cli/waivers.yaml", "--as-of", "2026-10-15"];
    const result = await cli([...args, "--format", "json"]);
    const report = JSON.parse(result.stdout) as { results: { messageId: string; path: string; location?: unknown }[] };
    const expired = report.results.find((f) => f.messageId === "expired");
    expect(expired?.path).toBe("/waivers/0/expiresOn");
    expect(expired?.location).toEqual({ file: "test/fixtures/cli/waivers.yaml", line: 9, column: 5 });
    // Findings about the description itself still point into it.
    const own = report.results.filter((f) => f.location !== undefined && f.messageId !== "expired" && f.messageId !== "approverUnverified");
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(f.location).toMatchObject({ file: "test/fixtures/cli/lgwan-spec.yaml" });
  }, 30_000);
});
