import { defineIntervalCheck } from "../interval.js";

/**
 * Clause 8 and 6(9) call for review when needed (適宜); the policy sets no interval. A periodic
 * review keeps the policy abreast of changes and is recommended practice (profile
 * `intervals.policyReviewMonths`). Review after audit results is policy-reviewed-after-audit.
 */
export default defineIntervalCheck({
  interval: "policyReviewMonths",
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
        ja: "情報セキュリティポリシーの前回の見直し（{{last}}）から{{months}}か月を超えて経過している（推奨される運用：{{months}}か月ごと）",
        en: "The security policy was last reviewed on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "情報セキュリティポリシーを見直した日（policyReview.lastReviewed）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "The date the security policy was last reviewed (policyReview.lastReviewed) is not stated (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "状況の変化（新たな脅威、システムの更改、ガイドラインの改定）を踏まえてポリシーを見直し、見直した日を記録すること",
      en: "Review the policy against changes (new threats, system renewals, guideline revisions) and record the review date",
    },
  },
});
