/**
 * A description without the municipality block (a vendor's delivery spec, or an inventory whose
 * organisation facts live elsewhere) gives the organisation-wide checks nothing to judge. That is
 * legitimate for a delivery spec, but an auditor must see it: leaving the block out cannot make a
 * report cleaner unnoticed (seventeenth review: deleting it took CSIRT, audits, the ICT-BCP and
 * the β preconditions out of a β' town's report without a word).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { mergeReports } from "../../src/engine/merge.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { formatReport } from "../../src/report/index.js";
import { description, lgwanSystem } from "../support/fixtures.js";

const betaPrime = { ...hitoyoshiProfile, networkModel: "beta-prime" as const };

function run(extra: Record<string, unknown>) {
  const parsed = parseDescription(description([lgwanSystem()], extra));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  return evaluate(parsed.value, { profile: betaPrime });
}

describe("a description without the municipality block", () => {
  it("names the organisation-wide checks it could not judge, the β preconditions among them", () => {
    const report = run({});
    expect(report.municipalityNotDescribed).toContain("beta-preconditions");
    expect(report.municipalityNotDescribed).toContain("csirt-established");
    const organisationWide = report.checks.filter((c) => c.target === "municipality").map((c) => c.id);
    expect(report.municipalityNotDescribed).toEqual(organisationWide);
    expect(report.results.filter((r) => r.target.kind === "municipality")).toEqual([]);
  });

  it("says so in the heading of every human format, in Japanese and English", () => {
    const report = run({});
    const count = report.municipalityNotDescribed?.length ?? 0;
    expect(formatReport(report, "text", { locale: "ja" })).toContain(
      `記述に団体の事実（municipality）がないため、団体全体のチェック ${count} 件`,
    );
    expect(formatReport(report, "markdown", { locale: "en" })).toContain(`no municipality block, so ${count} organisation-wide checks`);
    expect(formatReport(report, "html", { locale: "ja" })).toContain("団体全体のチェック");
  });

  it("is not said when the block is there, even with the name alone: the checks then ask for the facts", () => {
    const report = run({ municipality: { name: "あさぎり町" } });
    expect(report.municipalityNotDescribed).toBeUndefined();
    expect(formatReport(report, "text", { locale: "ja" })).not.toContain("団体の事実（municipality）がないため");
    const beta = report.results.filter((r) => r.checkId === "beta-preconditions" && r.outcome === "needs-evidence");
    expect(beta.length).toBeGreaterThan(0);
  });

  it("stays in a merged report only when no description of the run had the block", () => {
    const without = run({});
    const withBlock = run({ municipality: { name: "あさぎり町" } });
    expect(mergeReports([without, withBlock]).municipalityNotDescribed).toBeUndefined();
    expect(mergeReports([without, run({})]).municipalityNotDescribed).toEqual(without.municipalityNotDescribed);
  });
});
