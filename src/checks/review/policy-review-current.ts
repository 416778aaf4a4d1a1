import { defineIntervalCheck, intervalPractice } from "../interval.js";

const PRACTICE = intervalPractice("policyReviewMonths", {
  ja: "基本方針 8 は、監査・自己点検の結果や状況の変化で必要になったときに見直すと定める。新たな脅威、システムの更改、ガイドラインの改定を見落とさないよう、定期的な見直しを推奨する",
  en: "Clause 8 calls for review when audit or self-inspection results or changed circumstances require it; a periodic review is recommended so that new threats, system renewals and guideline revisions are not missed",
});

/**
 * Clause 8 and 6(9) call for review when needed (適宜); the policy sets no interval. A periodic
 * review keeps the policy abreast of changes and is recommended practice (profile
 * `intervals.policyReviewMonths`). Review after audit results is policy-reviewed-after-audit.
 */
export default defineIntervalCheck({
  interval: "policyReviewMonths",
  activity: { ja: "情報セキュリティポリシーの見直し", en: "the review of the security policy" },
  select: (municipality) => [{ date: municipality.policyReview?.lastReviewed, path: ["policyReview", "lastReviewed"] }],
  meta: {
    id: "policy-review-current",
    area: "review",
    title: {
      ja: "情報セキュリティポリシーを定期的に見直すこと",
      en: "The security policy must be reviewed periodically",
    },
    clauses: ["8", "6(9)"],
    threats: ["T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "情報セキュリティポリシーの前回の見直し（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The security policy was last reviewed on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "情報セキュリティポリシーを見直した日（policyReview.lastReviewed）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The date the security policy was last reviewed (policyReview.lastReviewed) is not stated (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "新たな脅威、システムの更改、ガイドラインの改定等の状況の変化とリスクを検討してポリシーを見直し、見直した日を記録すること",
      en: "Review the policy against changes and their risks (new threats, system renewals, guideline revisions) and record the review date",
    },
  },
});
