import { defineCheck } from "../define-check.js";
import { ASKED_BY_ACCOUNTS_CHECK } from "../asked-elsewhere.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "異動・退職した者のIDが残ると不正利用の余地になるため、速やかな削除を推奨する（日数はプロファイルの deprovisioningDays）",
    en: "Ids of people who moved or left leave room for misuse, so prompt removal is recommended (days: the profile's deprovisioningDays)",
  },
} as const;

/**
 * Ids of staff who moved or left are removed promptly, before they can be misused (3(1)). The
 * limit (profile `deprovisioningDays`) is recommended practice, not the policy's words.
 */
export default defineCheck({
  meta: {
    id: "prompt-deprovisioning",
    area: "technical",
    title: {
      ja: "異動・退職した職員等のIDは速やかに削除すること",
      en: "Ids of staff who move or leave must be removed promptly",
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
      tooSlow: {
        ...PRACTICE,
        ja: "システム {{system}} では異動・退職からID削除まで最大{{days}}日かかる（推奨される運用：{{limit}}日以内）",
        en: "System {{system}} takes up to {{days}} days to remove the ids of staff who move or leave (recommended practice: within {{limit}} days)",
      },
      daysUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} の異動・退職からID削除までの日数（accounts.deprovisioningDays）の記載がない（推奨される運用：{{limit}}日以内）",
        en: "System {{system}} does not state how many days it takes to remove leavers' ids (accounts.deprovisioningDays) (recommended practice: within {{limit}} days)",
      },
    },
    remediation: {
      ja: "人事異動・退職の情報をシステム管理者へ届ける手順を定め、期限内にIDを削除または無効化すること",
      en: "Route transfers and departures to system administrators and disable or remove the ids within the limit",
    },
  },
  *evaluate(system, ctx) {
    const limit = ctx.profile.deprovisioningDays;
    const days = system.accounts?.deprovisioningDays;
    const path = ["accounts", "deprovisioningDays"];
    if (days === undefined) yield ctx.needsEvidence("daysUnknown", path, { system: system.id, limit });
    else if (days > limit) yield ctx.fail("tooSlow", path, { system: system.id, days, limit });
  },
});
