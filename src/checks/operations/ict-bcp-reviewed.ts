import { defineIntervalCheck, intervalPractice } from "../interval.js";

const PRACTICE = intervalPractice("bcpReviewMonths", {
  ja: "システムの更改、人事異動、委託先の変更があると、ICT-BCP の手順や連絡先が実態と合わなくなり、災害や障害の際に使えない。年1回程度の見直しを推奨する",
  en: "System renewals, staff moves and vendor changes make the ICT-BCP's procedures and contacts stale, and a stale plan fails in a disaster or outage; a review about once a year is recommended",
});

/**
 * The ICT-BCP must follow changes in systems, staff and contractors. The interval is recommended
 * practice (profile `intervals.bcpReviewMonths`). Where the description says no ICT-BCP exists,
 * ict-bcp-covers-critical-systems reports that instead.
 */
export default defineIntervalCheck({
  interval: "bcpReviewMonths",
  activity: { ja: "ICT-BCP の見直し", en: "the review of the ICT-BCP" },
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
        ...PRACTICE,
        ja: "ICT-BCP の前回の見直し（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The ICT-BCP was last reviewed on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "ICT-BCP を見直した日（bcp.lastReviewed）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The date the ICT-BCP was last reviewed (bcp.lastReviewed) is not stated (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "システム・体制・委託先の変更と訓練の結果を反映して ICT-BCP を見直し、見直した日を記録すること",
      en: "Review the ICT-BCP against changes in systems, staff and vendors and the results of exercises, and record the review date",
    },
  },
});
