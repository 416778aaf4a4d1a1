/** One answer to "does this result fail the run?": the function itself, and each place that asks it. */
import { describe, expect, it } from "vitest";
import { defineCheck } from "../src/checks/define-check.js";
import { checkCompliance, evaluate } from "../src/builtin.js";
import { failsRun } from "../src/engine/fails-run.js";
import { parseDescription } from "../src/input/parse-description.js";
import { type Finding, OUTCOMES, SEVERITIES } from "../src/model/finding.js";
import { formatJunit } from "../src/report/junit.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, lgwanSystem } from "./support/fixtures.js";

describe("failsRun", () => {
  it("fails on error always, on fail at or above failOn, on needs-evidence only with requireEvidence", () => {
    const rows: string[] = [];
    for (const outcome of OUTCOMES)
      for (const severity of SEVERITIES)
        for (const failOn of [undefined, "high"] as const)
          for (const requireEvidence of [false, true])
            if (failsRun({ outcome, severity }, { ...(failOn === undefined ? {} : { failOn }), requireEvidence }))
              rows.push(`${outcome}/${severity}/${failOn ?? "-"}/${requireEvidence}`);
    const expected: string[] = [];
    for (const severity of SEVERITIES) {
      const high = severity === "critical" || severity === "high";
      for (const failOn of [undefined, "high"])
        for (const requireEvidence of [false, true]) {
          expected.push(`error/${severity}/${failOn ?? "-"}/${requireEvidence}`);
          if (failOn === undefined || high) {
            expected.push(`fail/${severity}/${failOn ?? "-"}/${requireEvidence}`);
            if (requireEvidence) expected.push(`needs-evidence/${severity}/${failOn ?? "-"}/${requireEvidence}`);
          }
        }
    }
    expect(rows.sort()).toEqual(expected.sort());
  });

  it("defaults to every severity and no evidence requirement", () => {
    expect(failsRun({ outcome: "fail", severity: "low" })).toBe(true);
    expect(failsRun({ outcome: "needs-evidence", severity: "critical" })).toBe(false);
    expect(failsRun({ outcome: "waived", severity: "critical" })).toBe(false);
  });
});

describe("every gate asks failsRun", () => {
  const throwing = defineCheck({
    meta: { ...departmentNamed.meta, id: "acme/throws", messages: departmentNamed.meta.messages },
    *evaluate() {
      yield* [];
      throw new Error("broken");
    },
  });
  const parsed = parseDescription(description([lgwanSystem({ department: "総務課" })]));
  if (!parsed.ok) throw new Error("fixture");

  it("assertCompliant and the matchers fail on a check that could not judge, as the CLI's exit code does (regression: they passed)", () => {
    const result = checkCompliance(parsed.value, { checks: [throwing] });
    expect(result.ok).toBe(false);
    expect(result.failing.map((f) => [f.checkId, f.outcome])).toEqual([["acme/throws", "error"]]);
  });

  it("checkCompliance's failing list is exactly the results failsRun picks", () => {
    const report = evaluate(parsed.value);
    for (const threshold of [{}, { requireEvidence: true }, { failOn: "critical" as const, requireEvidence: true }]) {
      const result = checkCompliance(report, threshold);
      expect(result.failing).toEqual(report.results.filter((f) => failsRun(f, threshold)));
    }
  });

  it("JUnit makes a failure of exactly the results that fail a run with requireEvidence, and skips waived and not-applicable", () => {
    const report = evaluate(parsed.value);
    const xml = formatJunit(report, { locale: "en", color: false });
    const failures = [...xml.matchAll(/<testcase classname="([^"]+)" name="[^"]*" time="0">\s*<failure/g)].map((m) => m[1]);
    const worst = new Map<string, Finding[]>();
    for (const f of report.results) worst.set(`${f.checkId} ${f.target.path}`, [...(worst.get(`${f.checkId} ${f.target.path}`) ?? []), f]);
    const failingCases = [...worst.values()]
      .filter((fs) => fs.some((f) => failsRun(f, { requireEvidence: true })))
      .map((fs) => fs[0]?.checkId);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.sort()).toEqual(failingCases.sort());
    expect(xml).toContain("<skipped");
  });
});
