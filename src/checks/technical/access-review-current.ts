import { defineIntervalCheck } from "../interval.js";
import { ASKED_BY_ACCOUNTS_CHECK } from "../asked-elsewhere.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "不要なアクセス権が残ると内部不正や不正利用の余地になるため、定期的な棚卸しを推奨する（間隔はプロファイルの intervals.accessReviewMonths）",
    en: "Access rights nobody needs any more leave room for misuse, so a periodic review is recommended (interval: the profile's intervals.accessReviewMonths)",
  },
} as const;

/**
 * Access rights drift as staff change duties; they are reviewed periodically (6(6) アクセス制御).
 * The interval (profile `intervals.accessReviewMonths`) is recommended practice.
 */
export default defineIntervalCheck({
  interval: "accessReviewMonths",
  activity: { ja: "システム {{system}} のアクセス権の見直し", en: "the review of access rights of system {{system}}" },
  select: (system) => [
    { date: system.accounts?.lastAccessReview, path: ["accounts", "lastAccessReview"], subject: system.id, names: { system: system.id } },
  ],
  meta: {
    id: "access-review-current",
    area: "technical",
    title: {
      ja: "アクセス権を定期的に棚卸しすること",
      en: "Access rights must be reviewed periodically",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "practice",
    severity: "medium",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_ACCOUNTS_CHECK,
    },
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "システム {{system}} のアクセス権の最後の棚卸し（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "Access rights of system {{system}} were last reviewed on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "システム {{system}} のアクセス権を最後に棚卸しした日（accounts.lastAccessReview）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "System {{system}} does not state when access rights were last reviewed (accounts.lastAccessReview) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "ID と権限の一覧を所管課と突き合わせ、不要なIDと過剰な権限を削除し、実施日を記録すること",
      en: "Reconcile the list of ids and rights with the owning departments, remove unneeded ids and excess rights, and record the date",
    },
  },
});
