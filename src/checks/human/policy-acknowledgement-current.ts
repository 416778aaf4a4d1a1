import { defineIntervalCheck } from "../interval.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "職員等の入れ替わりとポリシーの改定に合わせて、定期的に周知し直すことを推奨する（間隔はプロファイルの intervals.acknowledgementMonths）",
    en: "Staff change and the policy is revised, so making it known again periodically is recommended (interval: the profile's intervals.acknowledgementMonths)",
  },
} as const;

/**
 * Awareness fades and staff change; the acknowledgement of clause 5 is renewed periodically. The
 * interval is recommended practice (profile `intervals.acknowledgementMonths`), not the policy's words.
 */
export default defineIntervalCheck({
  interval: "acknowledgementMonths",
  activity: { ja: "情報セキュリティポリシーの周知", en: "making the policy known" },
  select: (municipality) => [{ date: municipality.policyAcknowledgement?.lastDate, path: ["policyAcknowledgement", "lastDate"] }],
  meta: {
    id: "policy-acknowledgement-current",
    area: "human",
    title: {
      ja: "ポリシーの周知と遵守の誓約を定期的に行うこと",
      en: "Policy acknowledgement by staff must be renewed periodically",
    },
    clauses: ["5", "6(5)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "前回のポリシーの周知（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The policy was last acknowledged on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "ポリシーを最後に周知した日（policyAcknowledgement.lastDate）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The date of the last policy acknowledgement (policyAcknowledgement.lastDate) is not stated (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "年度初め等に全職員等へポリシーを改めて周知し、実施日を記録すること",
      en: "Renew the acknowledgement with all staff (e.g. at the start of each fiscal year) and record the date",
    },
  },
});
