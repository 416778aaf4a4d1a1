import { defineIntervalCheck } from "../interval.js";

/**
 * The ICT-BCP must follow changes in systems, staff and contractors. The interval is recommended
 * practice (profile `intervals.bcpReviewMonths`). Where the description says no ICT-BCP exists,
 * ict-bcp-covers-critical-systems reports that instead.
 */
export default defineIntervalCheck({
  interval: "bcpReviewMonths",
  select: (municipality) => [{ date: municipality.bcp?.lastReviewed, path: ["bcp", "lastReviewed"] }],
  meta: {
    id: "ict-bcp-reviewed",
    area: "operations",
    title: {
      ja: "情報システムの業務継続計画（ICT-BCP）を定期的に見直すこと",
      en: "The ICT business continuity plan must be reviewed periodically",
    },
    clauses: ["3(3)", "3(4)", "3(5)"],
    threats: ["T3", "T4", "T5"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (municipality) => municipality.bcp?.exists !== false,
      condition: {
        ja: "ICT-BCP がないとは記載していない団体（bcp.exists が false でない。計画の有無は別のチェックで判定する）",
        en: "municipalities that do not state they have no ICT-BCP (bcp.exists is not false; whether one exists is another check's question)",
      },
    },
    messages: {
      overdue: {
        ja: "ICT-BCP の前回の見直し（{{last}}）から{{months}}か月を超えて経過している（推奨される運用：{{months}}か月ごと）",
        en: "The ICT-BCP was last reviewed on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "ICT-BCP を見直した日（bcp.lastReviewed）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "The date the ICT-BCP was last reviewed (bcp.lastReviewed) is not stated (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "システム・体制・委託先の変更を反映して ICT-BCP を見直し、見直した日を記録すること",
      en: "Review the ICT-BCP against changes in systems, staff and vendors, and record the review date",
    },
  },
});
