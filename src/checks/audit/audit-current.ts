import { defineIntervalCheck, latestActivity } from "../interval.js";

/**
 * Clause 7 (and 6(9)): audits 「定期的又は必要に応じて」. The policy sets no interval; the latest
 * audit is compared with recommended practice (profile `intervals.auditMonths`).
 */
export default defineIntervalCheck({
  interval: "auditMonths",
  select: (municipality) => [latestActivity("audits", municipality.audits)],
  meta: {
    id: "audit-current",
    area: "audit",
    title: {
      ja: "情報セキュリティ監査を定期的に実施すること",
      en: "Security audits must be carried out periodically",
    },
    clauses: ["7", "6(9)"],
    threats: ["T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ja: "前回の情報セキュリティ監査（{{last}}）から{{months}}か月を超えて経過している（推奨される運用：{{months}}か月ごと）",
        en: "The last security audit was on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "実施した情報セキュリティ監査（audits）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "No security audits are listed (audits) (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "監査計画を立てて情報セキュリティ監査（内部または外部）を実施し、audits に実施日と未対応の指摘数を記録すること",
      en: "Plan and carry out a security audit (internal or external) and record its date and open findings under audits",
    },
  },
});
