import { defineIntervalCheck, intervalPractice, latestActivity } from "../interval.js";
import { BETA_MODELS } from "../zones/beta-preconditions.js";

const PRACTICE = intervalPractice("auditMonths", {
  ja: "監査を受ける部署から独立した者が毎年度の運用を確かめられるよう、年1回程度の実施を推奨する（基本方針 7 は「定期的又は必要に応じて」とする）",
  en: 'About once a year is recommended so that someone independent of the audited departments checks each year\'s operation (clause 7 says "periodically or as needed")',
});

/**
 * Clause 7 (and 6(9)): audits 「定期的又は必要に応じて」. The policy sets no interval; the latest
 * audit is compared with recommended practice (profile `intervals.auditMonths`). An empty list
 * (`audits: []`) says none was ever carried out: that fails clause 7 itself.
 */
export default defineIntervalCheck({
  interval: "auditMonths",
  activity: { ja: "情報セキュリティ監査", en: "the security audit" },
  select: (municipality, ctx) => [latestActivity("audits", municipality.audits, ctx.evaluationDate)],
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
    // Under β and β', audits unstated or none at all are a precondition of the model that beta-preconditions
    // reports (it asks, or fails, citing clause 7): one finding. This check then says so rather than passing
    // (fortieth review: 「監査を定期的に実施：適合」 for a town never audited), and judges it itself when
    // beta-preconditions does not run. How recent the last audit is stays this check's.
    applicability: {
      judgedElsewhere: {
        field: "audits",
        state: "undated",
        networkModels: [...BETA_MODELS],
        by: "beta-preconditions",
        what: {
          ja: "情報セキュリティ監査の記録がない（audits が空または記載なし）",
          en: "no security audit on record (audits empty or not stated)",
        },
        notice: {
          ja: "情報セキュリティ監査の記録がない（audits が空または記載なし）。βモデル・β'モデルでは、この点は採用の条件として beta-preconditions が基本方針 7 に基づいて判定する",
          en: "No security audit is on record (audits empty or not stated). Under the β and β' models, beta-preconditions judges this as a condition of the model, under clause 7",
        },
      },
    },
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "前回の情報セキュリティ監査（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The last security audit was on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      never: {
        // Clause 7's own words: audits are carried out. None at all is a breach of the policy, not of an interval.
        basis: "policy",
        severity: "high",
        clauses: ["7"],
        ja: "情報セキュリティ監査を一度も実施していない（audits が空、または中止・延期の行だけ）",
        en: "No security audit has ever been carried out (audits is empty, or lists only audits cancelled or postponed)",
      },
      missing: {
        ...PRACTICE,
        ja: "実施した情報セキュリティ監査（audits）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "No security audit is listed (audits) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "監査計画を立てて情報セキュリティ監査（内部監査または外部監査）を実施し、実施日と未対応の指摘の数を記録すること（audits）",
      en: "Plan and carry out a security audit (internal or external) and record its date and the number of open findings (audits)",
    },
  },
});
