/**
 * What a run leaves out is said in the report (twenty-third review): checks the caller did not run
 * (--check, --skip-check, skipChecks) and each finding's own severity and basis in the formats a
 * pipeline reads. A 課長 or a code-scanning tool must not read a narrowed run as a clean one.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/builtin.js";
import { builtinChecks } from "../src/checks/index.js";
import { parseDescription } from "../src/input/parse-description.js";
import { formatReport } from "../src/report/index.js";
import { description, mynumberSystem } from "./support/fixtures.js";

const passwordOnly = () => {
  const parsed = parseDescription(
    description([
      mynumberSystem({ terminalGroups: [{ id: "pc", name: "窓口端末", authenticationFactors: ["password"], externalMedia: "blocked" }] }),
    ]),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  return parsed.value;
};

describe("a run that leaves checks out", () => {
  it("names them in the report and in the heading of every format for people and pipelines", () => {
    const skipped = "mynumber-terminal-mfa";
    // The evaluator's date: the description's own would come first as a note of its own.
    const report = evaluate(passwordOnly(), { checks: builtinChecks.filter((c) => c.meta.id !== skipped), evaluationDate: "2026-04-01" });
    expect(report.checksNotRun).toEqual([skipped]);
    expect(report.results.some((f) => f.checkId === skipped)).toBe(false);
    for (const format of ["text", "markdown", "html"] as const)
      expect(formatReport(report, format, { locale: "ja" })).toContain(
        `この実行で評価しなかったチェック（--check・--skip-check・skipChecks）1 件：${skipped}`,
      );
    expect(formatReport(report, "github", { locale: "en" })).toMatch(/^::notice title=secpolicy::1 checks not run/m);
    expect(formatReport(report, "junit", { locale: "en" })).toMatch(
      /<testcase classname="secpolicy\/notes" name="note 1" time="0">\s*<skipped message="1 checks not run/,
    );
    const sarif = JSON.parse(formatReport(report, "sarif", { locale: "en" }));
    expect(JSON.stringify(sarif.runs[0].invocations[0].toolExecutionNotifications)).toContain(skipped);
  });

  it("says nothing when every check ran", () => {
    expect(evaluate(passwordOnly()).checksNotRun).toBeUndefined();
  });
});

describe("a SARIF result", () => {
  it("carries its own severity and basis, which may differ from its rule's", () => {
    const report = evaluate(passwordOnly());
    const sarif = JSON.parse(formatReport(report, "sarif", { locale: "ja" }));
    const mfa = (sarif.runs[0].results as { ruleId: string; message: { text: string }; properties: { basis: string } }[]).find(
      (r) => r.ruleId === "mynumber-terminal-mfa",
    );
    expect(mfa?.message.text).toMatch(/（重大度：重大。根拠：基本方針 6\(3\)①/);
    expect(mfa?.properties.basis).toBe("policy");
  });
});
