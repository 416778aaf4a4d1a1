/**
 * `critical-data-backed-up` and where the copies are kept: the policy and the guideline ask for
 * backups of integrity-2 and availability-2 data but say nothing of where they are kept, so a
 * description that says its only copy stays in the building fails as recommended practice — at
 * medium, not at the check's high, and labelled practice in the report — while a description
 * that does not say passes.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { asset, assetDescription } from "../support/fixtures-classification.js";

function backupFindings(backup: Record<string, unknown>) {
  const parsed = parseDescription(assetDescription([asset({ availability: "A2" })], { backup }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const report = evaluate(parsed.value, { evaluationDate: "2026-04-01" });
  return { report, results: report.results.filter((f) => f.checkId === "critical-data-backed-up") };
}

describe("off-site backups", () => {
  it("fail at medium, as practice, when the description says the copies stay in the building", () => {
    const { report, results } = backupFindings({ enabled: true, offsite: false });
    expect(results.map((f) => [f.outcome, f.messageId, f.severity])).toEqual([["fail", "notOffsite", "medium"]]);
    const check = report.checks.find((c) => c.id === "critical-data-backed-up");
    expect(check?.severity).toBe("high");
    expect(check?.messages.notOffsite).toMatchObject({ basis: "practice", severity: "medium" });
    expect(results[0]?.message.ja).toContain("推奨される運用");
  });

  it("pass when the description does not say where the copies are kept", () => {
    const { results } = backupFindings({ enabled: true });
    expect(results.map((f) => f.outcome)).toEqual(["pass"]);
  });
});
