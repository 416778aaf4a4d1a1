import { defineIntervalCheck } from "../interval.js";

/**
 * Awareness fades and staff change; the acknowledgement of clause 5 is renewed periodically. The
 * interval is recommended practice (profile `intervals.acknowledgementMonths`), not the policy's words.
 */
export default defineIntervalCheck({
  interval: "acknowledgementMonths",
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
        ja: "ポリシーの最後の周知は {{last}} で、{{months}}か月を超えている（推奨される運用：{{months}}か月ごと）",
        en: "The policy was last acknowledged on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "ポリシーを最後に周知した日（policyAcknowledgement.lastDate）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "The date of the last policy acknowledgement (policyAcknowledgement.lastDate) is not stated (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "年度初め等に全職員等へポリシーを改めて周知し、実施日を記録すること",
      en: "Renew the acknowledgement with all staff (e.g. at the start of each fiscal year) and record the date",
    },
  },
});
