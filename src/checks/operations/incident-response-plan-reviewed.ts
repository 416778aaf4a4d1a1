import { defineIntervalCheck, intervalPractice } from "../interval.js";

const PRACTICE = intervalPractice("incidentPlanReviewMonths", {
  ja: "人事異動や委託先の変更で連絡先と役割が変わると、緊急時対応計画どおりに報告・対応できなくなる。年1回程度の見直しを推奨する",
  en: "When staff moves and vendor changes alter contacts and roles, incidents can no longer be reported and handled as the emergency response plan says; a review about once a year is recommended",
});

/**
 * An emergency response plan goes stale as people, vendors and systems change. The interval is
 * recommended practice (profile `intervals.incidentPlanReviewMonths`), not the policy's words.
 * Where the description says no plan exists, incident-response-plan reports that instead.
 */
export default defineIntervalCheck({
  interval: "incidentPlanReviewMonths",
  activity: { ja: "緊急時対応計画の見直し", en: "the review of the emergency response plan" },
  select: (municipality) => [{ date: municipality.incidentResponsePlan?.lastReviewed, path: ["incidentResponsePlan", "lastReviewed"] }],
  meta: {
    id: "incident-response-plan-reviewed",
    area: "operations",
    title: {
      ja: "緊急時対応計画を定期的に見直すこと",
      en: "The emergency response plan must be reviewed periodically",
    },
    clauses: ["6(7)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (municipality) => municipality.incidentResponsePlan?.exists !== false,
      condition: {
        ja: "緊急時対応計画がないとは記載していない団体（incidentResponsePlan.exists が false でない。計画の有無は別のチェックで判定する）",
        en: "municipalities that do not state they have no emergency response plan (incidentResponsePlan.exists is not false; whether one exists is another check's question)",
      },
    },
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "緊急時対応計画の前回の見直し（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The emergency response plan was last reviewed on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "緊急時対応計画を見直した日（incidentResponsePlan.lastReviewed）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The date the emergency response plan was last reviewed (incidentResponsePlan.lastReviewed) is not stated (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "連絡先・体制・手順を見直し、訓練や実際のインシデントの教訓を反映して、見直した日を記録すること",
      en: "Review contacts, roles and procedures, fold in lessons from drills and incidents, and record the review date",
    },
  },
});
