/**
 * Realistic descriptions written from the policy (test/fixtures/realistic/, each with a leading
 * comment saying what an auditor expects and why): the false positives of the fidelity review
 * outside the zones (§3) no longer fail, and every abuse of exceptions (N11, N12 and the
 * reliability study's hostile waivers) is refused or reported.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SecpolicyError } from "../../src/input/errors.js";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { Description } from "../../src/model/description.js";
import type { Report } from "../../src/model/report.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { formatText } from "../../src/report/text.js";

const DIR = join(import.meta.dirname, "../fixtures/realistic");
const raw = (file: string): unknown => parse(readFileSync(join(DIR, file), "utf8"));

/** The fixture as the library sees it; the parser's own refusals are returned as issue codes. */
function load(file: string): { description?: Description; refused: string[] } {
  const parsed = parseDescription(raw(file));
  return parsed.ok ? { description: parsed.value, refused: [] } : { refused: parsed.issues.map((i) => `${i.pointer} ${i.code}`) };
}

/** The fixture's waivers judged by evaluate (not the parser): the description without them, the waivers passed separately. */
function evaluateRefusals(file: string): string[] {
  const data = raw(file) as { waivers?: unknown[] };
  const parsed = parseDescription({ ...data, waivers: undefined });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message.en).join("\n"));
  try {
    evaluate(parsed.value, { evaluationDate: "2026-04-01", waivers: data.waivers as never });
  } catch (error) {
    if (error instanceof SecpolicyError) return error.issues.map((i) => `${i.pointer} ${i.code}`);
    throw error;
  }
  return [];
}

const outcomes = (report: Report, checkId: string) =>
  report.results.filter((r) => r.checkId === checkId).map((r) => [r.target.id ?? r.target.path, r.outcome]);

describe("a small town outside the zones (review §3)", () => {
  const { description } = load("outside-zones-small-town.yaml");
  if (description === undefined) throw new Error("the fixture must parse");
  const report = evaluate(description, { evaluationDate: "2026-04-01" });
  const failing = (checkId: string) => report.results.filter((r) => r.checkId === checkId && r.outcome === "fail");

  it("reads 日本国内, 国内, 東京 and 日本法 as Japan and Japanese law", () => {
    expect(outcomes(report, "cloud-data-location")).toEqual([["m365", "pass"]]);
  });

  it("reads the offices of covered bodies as the bodies, and shows a body outside 4(1) as out of scope with a notice", () => {
    expect(failing("system-owner-body-covered")).toEqual([]);
    const fire = report.results.find((r) => r.checkId === "system-owner-body-covered" && r.target.id === "fire");
    expect(fire?.outcome).toBe("not-applicable");
    expect(fire?.message.ja).toContain("適用範囲");
    expect(
      outcomes(report, "system-owner-body-covered")
        .filter(([, o]) => o === "pass")
        .map(([id]) => id),
    ).toEqual(["school", "finance", "assembly", "groupware"]);
  });

  it("lets a town without part-time staff say so, and accepts 97 % training with staff on leave", () => {
    expect(failing("policy-acknowledged")).toEqual([]);
    expect(failing("training-covers-all-staff")).toEqual([]);
    expect(failing("training-completion-rate")).toEqual([]);
  });

  it("does not fail findings inside their remediation plan", () => {
    expect(outcomes(report, "audit-findings-followed-up")).toEqual([["/municipality", "pass"]]);
  });

  it("exempts a cloud-hosted system from line redundancy and reports a single on-site line at low", () => {
    const lines = report.results.filter((r) => r.checkId === "line-redundancy");
    expect(lines.find((r) => r.target.id === "groupware")?.outcome).toBe("not-applicable");
    expect(lines.find((r) => r.target.id === "finance")).toMatchObject({ outcome: "fail", severity: "low", basis: "practice" });
  });

  it("accepts an ISMAP-registered service on standard terms holding C2", () => {
    // cloud-assurance judges C2 on any terms with this profile; the click-through check leaves it to it.
    expect(outcomes(report, "cloud-assurance")).toEqual([["m365", "pass"]]);
    expect(outcomes(report, "click-through-low-confidentiality")).toEqual([["m365", "not-applicable"]]);
  });

  it("still fails the same service when it moves data abroad, naming places by label", () => {
    const abroad = {
      ...description,
      cloudServices: description.cloudServices?.map((s) => ({ ...s, dataLocations: ["国内", "singapore"], governingLaw: "us" })),
    };
    const messages = evaluate(abroad, { evaluationDate: "2026-04-01" })
      .results.filter((r) => r.checkId === "cloud-data-location" && r.outcome === "fail")
      .map((r) => r.message.ja);
    expect(messages).toEqual([
      "外部サービス グループウェア（クラウド）（m365）のデータの保存場所に、許可していない場所が含まれている（記載：singapore。許可している保存場所：日本国内）",
      "外部サービス グループウェア（クラウド）（m365）の契約の準拠法が日本法ではない（記載：us）",
    ]);
  });
});

describe("exceptions that cannot be abused", () => {
  it("N11: an approver 「課長」 is not the 「総務課長」, even where the chief security manager may approve", () => {
    const { description } = load("abuse-approver-kacho.yaml");
    const delegating = {
      ...hitoyoshiProfile,
      exceptions: { ...hitoyoshiProfile.exceptions, approverRoles: ["head" as const, "ciso" as const, "chief-security-manager" as const] },
    };
    for (const options of [{}, { profile: delegating }]) {
      const report = evaluate(description as Description, { evaluationDate: "2026-04-01", ...options });
      expect(report.results.filter((r) => r.checkId === "exceptions-valid" && r.outcome === "fail").map((r) => r.messageId)).toEqual([
        "approverNotAuthorised",
      ]);
    }
  });

  /** The exceptions-valid fails of a fixture and whether the check the exception names still fails. */
  const termVerdict = (file: string) => {
    const { description } = load(file);
    const d = description as Description;
    const report = evaluate(d, { evaluationDate: "2026-04-01" });
    const waived = d.waivers?.[0]?.checkId;
    return {
      exceptions: report.results.filter((r) => r.checkId === "exceptions-valid" && r.outcome === "fail").map((r) => r.messageId),
      stillFails: report.results.some((r) => r.checkId === waived && r.outcome === "fail"),
    };
  };

  it("N12: a five-year waiver of My Number MFA 「予算がないため」 is refused (not applied, and why is reported)", () => {
    expect(load("abuse-mynumber-budget-waiver.yaml").refused).toEqual([]);
    expect(evaluateRefusals("abuse-mynumber-budget-waiver.yaml")).toEqual([]);
    expect(termVerdict("abuse-mynumber-budget-waiver.yaml")).toEqual({
      exceptions: ["noCompensatingControl", "termTooLong"],
      stillFails: true,
    });
  });

  it("an approver hiding a zero-width space is refused by the parser and by evaluate", () => {
    expect(load("abuse-zero-width-approver.yaml").refused).toEqual(["/waivers/0/approvedBy invisible-character"]);
    expect(evaluateRefusals("abuse-zero-width-approver.yaml")).toContain("/waivers/0/approvedBy invisible-character");
  });

  it("a waiver of /systems is refused", () => {
    expect(load("abuse-path-all-systems.yaml").refused).toEqual(["/waivers/0/target/path waiver-target-path"]);
    expect(evaluateRefusals("abuse-path-all-systems.yaml")).toEqual(["/waivers/0/target/path waiver-target-path"]);
  });

  it("a waiver of exceptions-valid is refused", () => {
    expect(load("abuse-waive-exceptions-valid.yaml").refused).toEqual(["/waivers/0/checkId unwaivable-check"]);
  });

  it("expiresOn 9999-12-31 is refused (not applied, and why is reported)", () => {
    expect(evaluateRefusals("abuse-endless-waiver.yaml")).toEqual([]);
    expect(termVerdict("abuse-endless-waiver.yaml")).toEqual({ exceptions: ["termTooLong"], stillFails: true });
  });

  it("the description's own evaluationDate does not silently put an expired waiver back in force", () => {
    const { description } = load("abuse-own-evaluation-date.yaml");
    const d = description as Description;
    const given = evaluate(d, { evaluationDate: "2026-04-01" });
    expect(given.evaluationDateSource).toBe("caller");
    expect(given.results.filter((r) => r.checkId === "internet-via-security-cloud").map((r) => r.outcome)).toEqual(["fail"]);
    const own = evaluate(d);
    expect(own.evaluationDateSource).toBe("description");
    // A notice of the run (the report's heading), not a finding against the municipality.
    expect(formatText(own, { locale: "ja", color: false })).toContain(
      "記述自身の evaluationDate による。例外措置の有効期限もこの日で判定した",
    );
    expect(formatText(given, { locale: "ja", color: false })).not.toContain("記述自身の evaluationDate");
  });
});
