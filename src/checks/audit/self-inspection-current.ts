import { defineIntervalCheck, latestActivity } from "../interval.js";

/**
 * Clause 7 (and 6(9)): self-inspections 「定期的又は必要に応じて」. The latest one is compared with
 * recommended practice (profile `intervals.selfInspectionMonths`).
 */
export default defineIntervalCheck({
  interval: "selfInspectionMonths",
  select: (municipality) => [latestActivity("selfInspections", municipality.selfInspections)],
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
        ja: "前回の自己点検（{{last}}）から{{months}}か月を超えて経過している（推奨される運用：{{months}}か月ごと）",
        en: "The last self-inspection was on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "実施した自己点検（selfInspections）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "No self-inspections are listed (selfInspections) (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "各課で自己点検を実施し、selfInspections に実施日と未対応の指摘数を記録すること",
      en: "Have each department carry out a self-inspection and record its date and open findings under selfInspections",
    },
  },
});
