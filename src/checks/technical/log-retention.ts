import { defineCheck } from "../define-check.js";
import { ASKED_BY_LOGGING_CHECK } from "../asked-elsewhere.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "不正アクセスは発覚までに時間がかかることが多く、調査に足りる期間ログを残すことを推奨する（日数はプロファイルの logRetentionDays）",
    en: "Intrusions often come to light late, so logs are kept long enough to investigate (days: the profile's logRetentionDays)",
  },
} as const;

/**
 * Incidents are often found months later; logs are kept long enough to investigate them. The
 * minimum (profile `logRetentionDays`, 365 by default) is recommended practice.
 */
export default defineCheck({
  meta: {
    id: "log-retention",
    area: "technical",
    title: {
      ja: "ログは調査に足りる期間保存すること",
      en: "Logs must be kept long enough to investigate incidents",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "practice",
    severity: "medium",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_LOGGING_CHECK,
    },
    messages: {
      tooShort: {
        ...PRACTICE,
        ja: "システム {{system}} のログの保存期間{{days}}日は短い（推奨される運用：{{minimum}}日以上）",
        en: "System {{system}} keeps logs for {{days}} days (recommended practice: at least {{minimum}} days)",
      },
      retentionUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} のログの保存日数（logging.retentionDays）の記載がない（推奨される運用：{{minimum}}日以上）",
        en: "System {{system}} does not state how long logs are kept (logging.retentionDays) (recommended practice: at least {{minimum}} days)",
      },
    },
    remediation: {
      ja: "ログを推奨される期間以上保存できるよう、保存先の容量と外部への退避を計画すること",
      en: "Plan storage capacity and off-system archiving so logs are kept at least as long as recommended",
    },
  },
  *evaluate(system, ctx) {
    const minimum = ctx.profile.logRetentionDays;
    const days = system.logging?.retentionDays;
    const path = ["logging", "retentionDays"];
    if (days === undefined) yield ctx.needsEvidence("retentionUnknown", path, { system: system.id, minimum });
    else if (days < minimum) yield ctx.fail("tooShort", path, { system: system.id, days, minimum });
  },
});
