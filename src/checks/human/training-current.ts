import { defineIntervalCheck } from "../interval.js";
import { BETA_MODELS } from "../zones/beta-preconditions.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "研修は「十分な教育」（6(5)）を続けるためのもので、基本方針は間隔を定めない。年1回程度の実施を推奨する（間隔はプロファイルの intervals.trainingMonths）",
    en: 'Training keeps up the "sufficient education" of 6(5); the policy sets no interval, and about once a year is recommended (interval: the profile\'s intervals.trainingMonths)',
  },
} as const;

/**
 * Clause 6(5) asks for sufficient education and awareness; training is held within an interval
 * that is recommended practice (profile `intervals.trainingMonths`).
 */
export default defineIntervalCheck({
  interval: "trainingMonths",
  activity: { ja: "情報セキュリティ研修", en: "security training" },
  // Under β and β', current training is a precondition of the model: beta-preconditions asks for an unstated date
  // and fails an overdue one against the same interval (one finding). A date after the evaluation date stays here.
  select: (municipality, ctx) => {
    const date = municipality.training?.lastDate;
    const beta = (BETA_MODELS as readonly string[]).includes(ctx.profile.networkModel);
    return beta && (date === undefined || date <= ctx.evaluationDate) ? [] : [{ date, path: ["training", "lastDate"] }];
  },
  meta: {
    id: "training-current",
    area: "human",
    title: {
      ja: "情報セキュリティ研修を定期的に実施すること",
      en: "Security training must be held periodically",
    },
    clauses: ["6(5)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "前回の情報セキュリティ研修（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "Security training was last held on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "最後に研修を実施した日（training.lastDate）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The date of the last security training (training.lastDate) is not stated (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "全職員等を対象とする情報セキュリティ研修を計画的に実施し、実施日を記録すること",
      en: "Plan and hold security training for all staff and record when it took place",
    },
  },
});
