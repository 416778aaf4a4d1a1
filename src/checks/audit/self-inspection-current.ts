import { defineIntervalCheck, intervalPractice, latestActivity } from "../interval.js";

const PRACTICE = intervalPractice("selfInspectionMonths", {
  ja: "各課が自らの遵守状況を毎年度確かめ、監査を待たずに改善できるよう、年1回程度の実施を推奨する（基本方針 7 は「定期的又は必要に応じて」とする）",
  en: 'About once a year is recommended so that each department checks its own compliance every year and improves without waiting for an audit (clause 7 says "periodically or as needed")',
});

/**
 * Clause 7 (and 6(9)): self-inspections 「定期的又は必要に応じて」. The latest one is compared with
 * recommended practice (profile `intervals.selfInspectionMonths`). An empty list says none was
 * ever carried out: that fails clause 7 itself.
 */
export default defineIntervalCheck({
  interval: "selfInspectionMonths",
  activity: { ja: "自己点検", en: "the self-inspection" },
  select: (municipality, ctx) => [latestActivity("selfInspections", municipality.selfInspections, ctx.evaluationDate)],
  meta: {
    id: "self-inspection-current",
    area: "audit",
    title: {
      ja: "自己点検を定期的に実施すること",
      en: "Self-inspections must be carried out periodically",
    },
    clauses: ["7", "6(9)"],
    threats: ["T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "前回の自己点検（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The last self-inspection was on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      never: {
        // Clause 7's own words: self-inspections are carried out. None at all breaches the policy itself.
        basis: "policy",
        severity: "high",
        clauses: ["7"],
        ja: "自己点検を一度も実施していない（selfInspections が空、または中止・延期の行だけ）",
        en: "No self-inspection has ever been carried out (selfInspections is empty, or lists only ones cancelled or postponed)",
      },
      missing: {
        ...PRACTICE,
        ja: "実施した自己点検（selfInspections）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "No self-inspection is listed (selfInspections) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "各課で自己点検を実施し、実施日と未対応の指摘の数を記録すること（selfInspections）",
      en: "Have each department carry out a self-inspection and record its date and the number of open findings (selfInspections)",
    },
  },
});
